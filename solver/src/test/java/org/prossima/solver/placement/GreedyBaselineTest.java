package org.prossima.solver.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.prossima.solver.placement.demo.AslTowns;
import org.prossima.solver.placement.demo.RosterGenerator;

/** The board's baseline plan on a generated roster: every rule of the model holds, first come first served. */
class GreedyBaselineTest {

    private final PlacementProblem problem = new RosterGenerator(AslTowns.load(), LocalDate.of(2027, 1, 4))
            .generate(11, 300, 90).problem(PlacementVariant.FULL);

    @Test
    void placesPeopleWithinSeatsTutorsBudgetsAndEveryPairCondition() {
        Map<String, String> plan = GreedyBaseline.plan(problem);
        assertThat(plan).isNotEmpty();
        CompatibilityTable table = new CompatibilityTable(problem);
        Map<String, Integer> candidateIndex = index(problem.candidates().stream().map(CandidateSpec::id)
                .collect(Collectors.toList()));
        Map<String, Integer> opportunityIndex = index(problem.opportunities().stream().map(OpportunitySpec::id)
                .collect(Collectors.toList()));
        Map<String, OpportunitySpec> opportunities = problem.opportunities().stream()
                .collect(Collectors.toMap(OpportunitySpec::id, Function.identity()));
        Map<String, CandidateSpec> candidates = problem.candidates().stream()
                .collect(Collectors.toMap(CandidateSpec::id, Function.identity()));
        Map<String, Integer> seatsTaken = new HashMap<>();
        Map<String, Integer> tutorTaken = new HashMap<>();
        Map<String, Long> spent = new HashMap<>();
        plan.forEach((candidate, opportunity) -> {
            assertThat(table.eligible(candidateIndex.get(candidate), opportunityIndex.get(opportunity))).isTrue();
            seatsTaken.merge(opportunity, 1, Integer::sum);
            OpportunitySpec o = opportunities.get(opportunity);
            if (o.tutorId() != null) {
                tutorTaken.merge(o.tutorId(), 1, Integer::sum);
            }
            spent.merge(candidates.get(candidate).consortium(), (long) o.monthlyCostEuros(), Long::sum);
        });
        seatsTaken.forEach((o, n) -> assertThat(n).isLessThanOrEqualTo(opportunities.get(o).seats()));
        problem.tutors().forEach(t -> assertThat(tutorTaken.getOrDefault(t.id(), 0)).isLessThanOrEqualTo(t.maxPeople()));
        problem.budgets().forEach(b -> assertThat(spent.getOrDefault(b.consortium(), 0L)).isLessThanOrEqualTo(
                b.monthlyEuros()));
    }

    @Test
    void theLongestWaitingChooseFirst() {
        Map<String, String> plan = GreedyBaseline.plan(problem);
        Map<String, CandidateSpec> candidates = problem.candidates().stream()
                .collect(Collectors.toMap(CandidateSpec::id, Function.identity()));
        int previous = Integer.MAX_VALUE;
        for (String candidate : plan.keySet()) {
            int waiting = candidates.get(candidate).monthsWaiting();
            assertThat(waiting).isLessThanOrEqualTo(previous);
            previous = waiting;
        }
    }

    private static Map<String, Integer> index(java.util.List<String> ids) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            index.put(ids.get(i), i);
        }
        return index;
    }
}
