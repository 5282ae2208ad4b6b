package org.prossima.bench.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prossima.bench.matching.TinyPlacement.candidate;
import static org.prossima.bench.matching.TinyPlacement.opportunity;
import static org.prossima.bench.matching.TinyPlacement.problem;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.prossima.bench.matching.MatchingCheck.Pair;
import org.prossima.solver.placement.BudgetSpec;
import org.prossima.solver.placement.CandidateSpec;
import org.prossima.solver.placement.CompatibilityTable;
import org.prossima.solver.placement.EligibilityGraph;
import org.prossima.solver.placement.Mobility;
import org.prossima.solver.placement.PlacementEvaluation;
import org.prossima.solver.placement.PlacementEvaluator;
import org.prossima.solver.placement.PlacementObjective;
import org.prossima.solver.placement.PlacementProblem;
import org.prossima.solver.placement.PlacementVariant;
import org.prossima.solver.placement.TutorSpec;

class MatchingCheckTest {

    private static final PlacementVariant FLOW = PlacementVariant.FLOW;

    @Test
    void acceptsAFeasiblePlanAndRecomputesItsObjectiveByHand() {
        var problem = problem(List.of(candidate("a", "X"), candidate("b", "X")),
                List.of(opportunity("o1", 1)), List.of(), List.of(), FLOW);

        MatchingVerdict verdict = MatchingCheck.check(problem, List.of(new Pair("a", "o1"), new Pair("b", null)));

        assertThat(verdict.problems()).isEmpty();
        assertThat(verdict.placed()).isEqualTo(1);
        assertThat(verdict.placedWeight()).isEqualTo(42);
        // − 30 min + 10 (forklift) + 15 (cleaning preferred) − 400 / 10
        assertThat(verdict.pairSoft()).isEqualTo(-30 + 10 + 15 - 40);
        assertThat(verdict.objective()).isEqualTo(4_200_000_000L - 45);
        assertThat(verdict.objective()).isEqualTo(solverObjective(problem, Map.of("a", "o1")));
    }

    @Test
    void rejectsASeatOverbooked() {
        var problem = problem(List.of(candidate("a", "X"), candidate("b", "X")),
                List.of(opportunity("o1", 1)), List.of(), List.of(), FLOW);

        MatchingVerdict verdict = MatchingCheck.check(problem, List.of(new Pair("a", "o1"), new Pair("b", "o1")));

        assertThat(verdict.feasible()).isFalse();
        assertThat(verdict.problems()).containsExactly("opportunity o1: 2 people in 1 seats");
    }

    @Test
    void rejectsACommuteOverTheLimitWithMinutesRoundedUp() {
        // 1801 s by transit is 31 min, one over the candidate's 30; by car (901 s, 16 min) it is fine
        var car = withMobility(candidate("c", "X"), Mobility.OWN_CAR);
        var problem = problem(List.of(candidate("a", "X"), car), List.of(opportunity("o2", 2, 2, null)), List.of(),
                List.of(), FLOW);

        MatchingVerdict verdict = MatchingCheck.check(problem, List.of(new Pair("a", "o2"), new Pair("c", "o2")));

        assertThat(verdict.problems()).containsExactly(
                "candidate a in o2: commute 31 min by TRANSIT, the candidate's maximum is 30");
        assertThat(verdict.pairSoft()).isEqualTo((-31 + 10 + 15 - 40) + (-16 + 10 + 15 - 40));
    }

    @Test
    void rejectsATutorOverCapacity() {
        var problem = problem(List.of(candidate("a", "X"), candidate("b", "X")),
                List.of(opportunity("o1", 1, 1, "t"), opportunity("o3", 1, 1, "t")), List.of(new TutorSpec("t", 1)),
                List.of(), FLOW);

        assertThat(MatchingCheck.check(problem, List.of(new Pair("a", "o1"), new Pair("b", "o3"))).problems())
                .containsExactly("tutor t: follows 2 people, at most 1");
    }

    @Test
    void rejectsEveryBrokenPairCondition() {
        CandidateSpec base = candidate("a", "X");
        var unskilled = new CandidateSpec("a", "X", 0, Set.of("forklift"), Set.of("ro"), base.mobility(), 30, 10,
                EnumSet.of(DayOfWeek.MONDAY), base.earliestStart().plusMonths(2), base.programme(), 3, 6,
                Set.of("chemicals"), Set.of(), Set.of("host-o1"), null, Set.of("o1"));
        var problem = problem(List.of(unskilled), List.of(opportunity("o1", 1)), List.of(), List.of(), FLOW);

        assertThat(MatchingCheck.check(problem, List.of(new Pair("a", "o1"))).problems()).containsExactly(
                "candidate a in o1: the coordinator rejected this pair",
                "candidate a in o1: lacks the required skill cleaning",
                "candidate a in o1: does not work in the required language it",
                "candidate a in o1: 20 hours a week, the candidate has 10",
                "candidate a in o1: runs on TUESDAY, when the candidate is not available",
                "candidate a in o1: the candidate can start on 2027-03-04, after the start window closes on 2027-02-04",
                "candidate a in o1: involves chemicals, one of the candidate's limitations",
                "candidate a in o1: host host-o1 is one the candidate must avoid");
        assertThat(MatchingCheck.eligiblePairs(problem)).isZero();
    }

    @Test
    void rejectsACandidatePlacedTwiceAnUnknownOpportunityAndAPinMoved() {
        var pinned = candidate("p", "X").withDecisions("o1", List.of());
        var problem = problem(List.of(candidate("a", "X"), pinned),
                List.of(opportunity("o1", 1), opportunity("o3", 1)), List.of(), List.of(), FLOW);

        assertThat(MatchingCheck.check(problem, List.of(new Pair("a", "o1"), new Pair("a", "o3"),
                new Pair("p", "o9"))).problems()).containsExactly(
                "candidate a placed twice: o1 and o3",
                "candidate p placed in an unknown opportunity o9",
                "candidate p was accepted for o1 but is placed in null");
    }

    @Test
    void budgetsBindInTheFullVariantOnly() {
        var problem = problem(List.of(candidate("a", "X"), candidate("b", "X")),
                List.of(opportunity("o1", 1), opportunity("o3", 1)), List.of(), List.of(new BudgetSpec("X", 700)),
                FLOW);
        List<Pair> both = List.of(new Pair("a", "o1"), new Pair("b", "o3"));

        assertThat(MatchingCheck.check(problem, both).problems()).isEmpty();
        assertThat(MatchingCheck.check(problem.withVariant(PlacementVariant.FULL), both).problems())
                .containsExactly("consortium X: 800 € a month, budget 700 €");
    }

    @Test
    void equityOfTheFullVariantMatchesTheSolversEvaluator() {
        // X places both its candidates, Y none of its two: loads 1,000,000 and 0, √(2 × 500,000²) / 100 = 7071.07
        var problem = problem(List.of(candidate("a", "X"), candidate("b", "X"), candidate("c", "Y"),
                candidate("d", "Y")), List.of(opportunity("o1", 1), opportunity("o3", 1)), List.of(), List.of(),
                PlacementVariant.FULL);
        Map<String, String> assignment = Map.of("a", "o1", "b", "o3");

        MatchingVerdict verdict = MatchingCheck.check(problem, MatchingCheck.pairs(assignment));

        assertThat(verdict.equity()).isEqualTo(7071);
        assertThat(verdict.objective()).isEqualTo(solverObjective(problem, assignment));
    }

    @Test
    void countsTheEligiblePairsAsTheSolversGraphDoes() {
        var problem = problem(List.of(candidate("a", "X"), withMobility(candidate("c", "X"), Mobility.OWN_CAR)),
                List.of(opportunity("o1", 1), opportunity("o2", 2)), List.of(), List.of(), FLOW);

        // a reaches o1 only (31 min to o2), c both
        assertThat(MatchingCheck.eligiblePairs(problem)).isEqualTo(3)
                .isEqualTo(new EligibilityGraph(new CompatibilityTable(problem))
                        .edgeCount());
    }

    /** The objective by the solver's own evaluator, to hold the independent figures against. */
    private static long solverObjective(PlacementProblem problem, Map<String, String> assignment) {
        PlacementEvaluation evaluation = new PlacementEvaluator(problem, new CompatibilityTable(problem))
                .evaluate(new LinkedHashMap<>(assignment));
        long totalWeight = problem.candidates().stream().mapToLong(CandidateSpec::weight).sum();
        return PlacementObjective.of(totalWeight, evaluation.mediumScore(), evaluation.softScore());
    }

    private static CandidateSpec withMobility(CandidateSpec c, Mobility mobility) {
        return new CandidateSpec(c.id(), c.consortium(), c.place(), c.skills(), c.languages(), mobility,
                c.maxCommuteMinutes(), c.weeklyHours(), c.days(), c.earliestStart(), c.programme(), c.priority(),
                c.monthsWaiting(), c.limitations(), c.preferredSectors(), c.hostsToAvoid(),
                c.acceptedOpportunityId(), c.rejectedOpportunityIds());
    }
}
