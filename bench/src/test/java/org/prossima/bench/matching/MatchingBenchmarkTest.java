package org.prossima.bench.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.prossima.solver.placement.CandidateSpec;
import org.prossima.solver.placement.OpportunitySpec;
import org.prossima.solver.placement.PlacementProblem;
import org.prossima.solver.placement.PlacementSolver;
import org.prossima.solver.placement.PlacementVariant;

class MatchingBenchmarkTest {

    private static final MatchingInstance INSTANCE = MatchingInstance.generate(7, 60, 20);
    private static final PlacementProblem FLOW = INSTANCE.problem().withVariant(PlacementVariant.FLOW);

    @Test
    void theFlowOptimumPassesTheIndependentCheck() {
        MatchingBenchmark.Reference reference = MatchingBenchmark.reference(FLOW);

        assertThat(reference.disagreements()).isEmpty();
        assertThat(reference.edges()).isEqualTo(reference.eligiblePairs()).isPositive();
        assertThat(reference.optimum().assignment()).isNotEmpty();
    }

    @Test
    void theCheckRejectsTheOptimumWithASeatOverbooked() {
        Map<String, String> optimum = MatchingBenchmark.reference(FLOW).optimum().assignment();
        Map<String, Integer> taken = new HashMap<>();
        optimum.values().forEach(o -> taken.merge(o, 1, Integer::sum));
        OpportunitySpec full = FLOW.opportunities().stream()
                .filter(o -> taken.getOrDefault(o.id(), 0) == o.seats() && o.seats() > 0).findFirst().orElseThrow();
        CandidateSpec left = FLOW.candidates().stream().filter(c -> !optimum.containsKey(c.id())).findFirst()
                .orElseThrow();
        Map<String, String> broken = new LinkedHashMap<>(optimum);
        broken.put(left.id(), full.id());

        MatchingVerdict verdict = MatchingCheck.check(FLOW, MatchingCheck.pairs(broken));

        assertThat(verdict.feasible()).isFalse();
        assertThat(verdict.problems()).contains("opportunity " + full.id() + ": " + (full.seats() + 1)
                + " people in " + full.seats() + " seats");
    }

    @Test
    void theCheckRejectsTheOptimumWithACommuteOverTheLimit() {
        Map<String, String> optimum = MatchingBenchmark.reference(FLOW).optimum().assignment();
        CandidateSpec moved = null;
        OpportunitySpec far = null;
        for (CandidateSpec c : FLOW.candidates()) {
            for (OpportunitySpec o : FLOW.opportunities()) {
                if (optimum.containsKey(c.id()) && MatchingCheck.commuteMinutes(FLOW, c, o) > c.maxCommuteMinutes()) {
                    moved = c;
                    far = o;
                }
            }
        }
        assertThat(far).isNotNull();
        Map<String, String> broken = new LinkedHashMap<>(optimum);
        broken.put(moved.id(), far.id());

        List<String> problems = MatchingCheck.check(FLOW, MatchingCheck.pairs(broken)).problems();

        String expected = "candidate " + moved.id() + " in " + far.id() + ": commute "
                + MatchingCheck.commuteMinutes(FLOW, moved, far) + " min by ";
        assertThat(problems).anyMatch(p -> p.startsWith(expected));
    }

    @Test
    void aPlanTheCheckRejectsIsReportedAsADisagreement() {
        var benchmark = new MatchingBenchmark(Duration.ofSeconds(1));
        MatchingBenchmark.Reference reference = MatchingBenchmark.reference(FLOW);
        MatchingRun run = benchmark.solve(FLOW, PlacementSolver.Start.SEEDED, reference);
        assertThat(run.checked()).as(run.disagreements().toString()).isTrue();
        assertThat(run.gapPercent()).isZero();

        // the same plan with one more person in a full opportunity: the solver's plan no longer matches the check
        List<MatchingCheck.Pair> pairs = new ArrayList<>(MatchingCheck.pairs(run.assignment()));
        String extra = FLOW.candidates().stream().map(CandidateSpec::id)
                .filter(id -> !run.assignment().containsKey(id)).findFirst().orElseThrow();
        pairs.add(new MatchingCheck.Pair(extra, run.assignment().values().iterator().next()));
        MatchingVerdict broken = MatchingCheck.check(FLOW, pairs);

        assertThat(MatchingBenchmark.disagreements(FLOW, run.plan(), broken, reference.optimum().objective()))
                .anyMatch(d -> d.startsWith("the solver calls the plan feasible, the check finds"))
                .anyMatch(d -> d.startsWith("the plan says " + run.plan().placed() + " placed, the check counts"))
                .anyMatch(d -> d.startsWith("the plan's objective is"));
    }
}
