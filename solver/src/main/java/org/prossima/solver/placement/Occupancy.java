package org.prossima.solver.placement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Who sits where in the working solution, as the ejection chains need it: the occupants of each opportunity, the
 * people each tutor follows, each consortium's budget left, and which movable placements are left out. Built once
 * per solution, then brought up to date step by step ({@link #catchUp}): between steps the solution changes only by
 * the accepted move, so one comparison per movable placement finds what changed.
 */
final class Occupancy {

    private final List<Placement> movable;
    /** Where each movable placement was at the last step. */
    private final Opportunity[] seen;
    private final LeftOut leftOut;
    private final List<List<Placement>> occupants;
    private final Map<Tutor, Integer> tutorTaken = new HashMap<>();
    private final Map<String, Long> budgetLeft = new HashMap<>();

    Occupancy(PlacementSolution solution) {
        this.movable = solution.getPlacements().stream()
                .filter(p -> !p.isPinned() && !p.getChoices().isEmpty()).toList();
        this.seen = new Opportunity[movable.size()];
        this.leftOut = new LeftOut(movable.size());
        this.occupants = new ArrayList<>(solution.getOpportunities().size());
        for (int i = 0; i < solution.getOpportunities().size(); i++) {
            occupants.add(new ArrayList<>(2));
        }
        solution.getBudgets().forEach(b -> budgetLeft.put(b.consortium(), b.monthlyEuros()));
        for (Placement placement : solution.getPlacements()) {
            if (placement.isPinned() || placement.getChoices().isEmpty()) {
                arrive(placement, placement.getOpportunity());
            }
        }
        for (int i = 0; i < movable.size(); i++) {
            seen[i] = movable.get(i).getOpportunity();
            arrive(movable.get(i), seen[i]);
            if (seen[i] == null) {
                leftOut.add(i);
            }
        }
    }

    /** Takes in the changes since the last step. */
    void catchUp() {
        for (int i = 0; i < seen.length; i++) {
            Placement placement = movable.get(i);
            Opportunity now = placement.getOpportunity();
            Opportunity before = seen[i];
            if (now != before) {
                leave(placement, before);
                arrive(placement, now);
                seen[i] = now;
                if (now == null) {
                    leftOut.add(i);
                } else if (before == null) {
                    leftOut.remove(i);
                }
            }
        }
    }

    boolean nothingMovable() {
        return movable.isEmpty();
    }

    /** A movable placement: with probability {@code fromLeftOut} one left out (when any is), else any. */
    Placement randomStart(RandomGenerator random, double fromLeftOut) {
        return leftOut.size > 0 && random.nextDouble() < fromLeftOut
                ? movable.get(leftOut.items[random.nextInt(leftOut.size)])
                : movable.get(random.nextInt(movable.size()));
    }

    List<Placement> occupants(Opportunity opportunity) {
        return occupants.get(opportunity.index());
    }

    int followedBy(Tutor tutor) {
        return tutorTaken.getOrDefault(tutor, 0);
    }

    /** The consortium's budget left this month, or null when it has no budget. */
    Long budgetLeft(String consortium) {
        return budgetLeft.get(consortium);
    }

    private void arrive(Placement placement, Opportunity opportunity) {
        if (opportunity == null) {
            return;
        }
        occupants.get(opportunity.index()).add(placement);
        if (opportunity.tutor() != null) {
            tutorTaken.merge(opportunity.tutor(), 1, Integer::sum);
        }
        budgetLeft.computeIfPresent(placement.getCandidate().consortium(),
                (k, left) -> left - opportunity.monthlyCostEuros());
    }

    private void leave(Placement placement, Opportunity opportunity) {
        if (opportunity == null) {
            return;
        }
        occupants.get(opportunity.index()).remove(placement);
        if (opportunity.tutor() != null) {
            tutorTaken.merge(opportunity.tutor(), -1, Integer::sum);
        }
        budgetLeft.computeIfPresent(placement.getCandidate().consortium(),
                (k, left) -> left + opportunity.monthlyCostEuros());
    }

    /** Indexes of the movable placements left out, with O(1) add, remove and random pick. */
    private static final class LeftOut {
        final int[] items;
        final int[] position;
        int size;

        LeftOut(int capacity) {
            items = new int[capacity];
            position = new int[capacity];
            Arrays.fill(position, -1);
        }

        void add(int i) {
            if (position[i] < 0) {
                items[size] = i;
                position[i] = size++;
            }
        }

        void remove(int i) {
            int at = position[i];
            if (at >= 0) {
                int last = items[--size];
                items[at] = last;
                position[last] = at;
                position[i] = -1;
            }
        }
    }
}
