package org.prossima.solver.placement;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The plan a careful office would make without an optimiser, as the baseline the steering board compares plans
 * with: first come, first served (the longest-waiting candidate first, ties in the order given), each taking the
 * nearest eligible opportunity (shortest commute) that still has a seat, a tutor with room and, in the full model,
 * budget left in the candidate's consortium. Placements a coordinator already accepted stay, and take their seats
 * first. Every rule of the model holds; nothing is weighed or balanced.
 */
public final class GreedyBaseline {

    private GreedyBaseline() {
    }

    /** Candidate id → opportunity id of those placed, in the order they were placed. */
    public static Map<String, String> plan(PlacementProblem problem) {
        CompatibilityTable table = new CompatibilityTable(problem);
        List<CandidateSpec> candidates = problem.candidates();
        List<OpportunitySpec> opportunities = problem.opportunities();
        Map<String, Integer> tutorRoom = new HashMap<>();
        problem.tutors().forEach(t -> tutorRoom.put(t.id(), t.maxPeople()));
        Map<String, Long> budgetLeft = new HashMap<>();
        if (problem.variant() == PlacementVariant.FULL) {
            problem.budgets().forEach(b -> budgetLeft.put(b.consortium(), b.monthlyEuros()));
        }
        int[] seatsLeft = opportunities.stream().mapToInt(OpportunitySpec::seats).toArray();
        Map<String, String> assignment = new LinkedHashMap<>();
        int[] order = IntStream.range(0, candidates.size()).boxed()
                .sorted(Comparator.comparingInt((Integer i) -> -candidates.get(i).monthsWaiting()))
                .mapToInt(Integer::intValue).toArray();
        Map<String, Integer> opportunityIndex = new HashMap<>();
        for (int o = 0; o < opportunities.size(); o++) {
            opportunityIndex.put(opportunities.get(o).id(), o);
        }
        for (int c : order) {
            Integer accepted = opportunityIndex.get(candidates.get(c).acceptedOpportunityId());
            if (accepted != null && seatsLeft[accepted] > 0) {
                take(candidates.get(c), accepted, opportunities, seatsLeft, tutorRoom, budgetLeft, assignment);
            }
        }
        for (int c : order) {
            CandidateSpec candidate = candidates.get(c);
            if (assignment.containsKey(candidate.id())) {
                continue;
            }
            Long money = budgetLeft.get(candidate.consortium());
            int best = -1;
            int bestMinutes = Integer.MAX_VALUE;
            for (int o = 0; o < opportunities.size(); o++) {
                OpportunitySpec opportunity = opportunities.get(o);
                if (seatsLeft[o] == 0 || !table.eligible(c, o)
                        || opportunity.tutorId() != null && tutorRoom.getOrDefault(opportunity.tutorId(), 0) == 0
                        || money != null && money < opportunity.monthlyCostEuros()) {
                    continue;
                }
                int minutes = table.commuteMinutes(c, o);
                if (minutes < bestMinutes) {
                    bestMinutes = minutes;
                    best = o;
                }
            }
            if (best >= 0) {
                take(candidate, best, opportunities, seatsLeft, tutorRoom, budgetLeft, assignment);
            }
        }
        return assignment;
    }

    private static void take(CandidateSpec candidate, int opportunity, List<OpportunitySpec> opportunities,
            int[] seatsLeft, Map<String, Integer> tutorRoom, Map<String, Long> budgetLeft,
            Map<String, String> assignment) {
        OpportunitySpec chosen = opportunities.get(opportunity);
        seatsLeft[opportunity]--;
        if (chosen.tutorId() != null) {
            tutorRoom.merge(chosen.tutorId(), -1, Integer::sum);
        }
        budgetLeft.computeIfPresent(candidate.consortium(), (k, left) -> left - chosen.monthlyCostEuros());
        assignment.put(candidate.id(), chosen.id());
    }
}
