package org.prossima.solver.placement;

import java.util.HashMap;
import java.util.Map;

/**
 * The room an assignment leaves: the people at each opportunity and with each tutor, so that a candidate left out
 * can be told how many of their eligible opportunities still have a seat with a tutor free.
 */
final class RoomLeft {

    private final PlacementProblem problem;
    private final EligibilityGraph eligibility;
    private final int[] taken;
    private final Map<String, Integer> tutorTaken = new HashMap<>();
    private final Map<String, Integer> tutorCapacity = new HashMap<>();

    /** @param assignment candidate id → opportunity id, over the opportunities indexed by {@code opportunityIndex} */
    RoomLeft(PlacementProblem problem, EligibilityGraph eligibility, Map<String, Integer> opportunityIndex,
            Map<String, String> assignment) {
        this.problem = problem;
        this.eligibility = eligibility;
        this.taken = new int[problem.opportunities().size()];
        problem.tutors().forEach(t -> tutorCapacity.put(t.id(), t.maxPeople()));
        assignment.values().forEach(id -> {
            int o = opportunityIndex.get(id);
            taken[o]++;
            String tutor = problem.opportunities().get(o).tutorId();
            if (tutor != null) {
                tutorTaken.merge(tutor, 1, Integer::sum);
            }
        });
    }

    /** How many opportunities candidate {@code c} is eligible for still have a seat, and their tutor room. */
    int eligibleWithRoom(int c) {
        int withRoom = 0;
        for (int o : eligibility.opportunitiesOf(c)) {
            OpportunitySpec opportunity = problem.opportunities().get(o);
            boolean seat = taken[o] < opportunity.seats();
            boolean tutor = opportunity.tutorId() == null
                    || tutorTaken.getOrDefault(opportunity.tutorId(), 0) < tutorCapacity.get(opportunity.tutorId());
            if (seat && tutor) {
                withRoom++;
            }
        }
        return withRoom;
    }
}
