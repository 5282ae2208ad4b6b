package org.prossima.solver.placement;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningVariableMetaModel;

/**
 * One randomised depth-first search for the best ejection chain from a start: the placement takes one of
 * {@value #BRANCHING} of its choices; if the seat is full, an occupant gives it up and either leaves or looks for a
 * seat of its own, up to {@value #MAX_DEPTH} seats deep. The chain that adds the most to the objective
 * ({@link Candidate#value}) while keeping every tutor and budget it touches within bounds is kept.
 */
final class EjectionChainSearch {

    static final int MAX_DEPTH = 3;
    static final int BRANCHING = 4;

    private final Occupancy occupancy;
    private final RandomGenerator random;
    private final List<Placement> chainPlacements = new ArrayList<>(MAX_DEPTH * 2);
    private final List<Opportunity> chainOpportunities = new ArrayList<>(MAX_DEPTH * 2);
    private List<Placement> bestPlacements;
    private List<Opportunity> bestOpportunities;
    private long bestGain = Long.MIN_VALUE;

    EjectionChainSearch(Occupancy occupancy, RandomGenerator random) {
        this.occupancy = occupancy;
        this.random = random;
    }

    /** The best chain from {@code start}, or null when none keeps within tutors and budgets. */
    ReassignMove best(Placement start, PlanningVariableMetaModel<PlacementSolution, Placement, Opportunity> variable) {
        extend(start, start.getOpportunity() == null ? 0 : -start.getCandidate().value(start.getOpportunity()), 0);
        return bestPlacements == null ? null : new ReassignMove(variable, bestPlacements, bestOpportunities);
    }

    /** {@code x} (already off their seat, its value taken off {@code gain}) looks for a seat. */
    private void extend(Placement x, long gain, int depth) {
        List<Opportunity> choices = x.getChoices();
        int tries = Math.min(BRANCHING, choices.size());
        int offset = random.nextInt(choices.size());
        for (int t = 0; t < tries; t++) {
            Opportunity o = choices.get((offset + t * 7919) % choices.size());
            if (o == x.getOpportunity() || chainOpportunities.contains(o)) {
                continue;
            }
            long withX = gain + x.getCandidate().value(o);
            chainPlacements.add(x);
            chainOpportunities.add(o);
            List<Placement> inO = occupancy.occupants(o);
            int seatsTaken = inO.size() - leaving(o);
            if (seatsTaken < o.seats()) {
                record(withX);
            } else {
                for (Placement p : inO) {
                    if (p.isPinned() || chainPlacements.contains(p)) {
                        continue;
                    }
                    long withoutP = withX - p.getCandidate().value(o);
                    chainPlacements.add(p);
                    chainOpportunities.add(null);
                    record(withoutP);
                    chainPlacements.removeLast();
                    chainOpportunities.removeLast();
                    if (depth + 1 < MAX_DEPTH) {
                        extend(p, withoutP, depth + 1);
                    }
                }
            }
            chainPlacements.removeLast();
            chainOpportunities.removeLast();
        }
    }

    /** Whether the chain keeps every tutor it touches within capacity and every consortium within budget. */
    private boolean withinTutorsAndBudgets() {
        for (int i = 0; i < chainPlacements.size(); i++) {
            Opportunity to = chainOpportunities.get(i);
            Tutor tutor = to == null ? null : to.tutor();
            if (tutor != null && occupancy.followedBy(tutor) + tutorChange(tutor) > tutor.maxPeople()) {
                return false;
            }
            String consortium = chainPlacements.get(i).getCandidate().consortium();
            Long left = occupancy.budgetLeft(consortium);
            if (left != null && left < costChange(consortium)) {
                return false;
            }
        }
        return true;
    }

    private int tutorChange(Tutor tutor) {
        int change = 0;
        for (int i = 0; i < chainPlacements.size(); i++) {
            Opportunity from = chainPlacements.get(i).getOpportunity();
            Opportunity to = chainOpportunities.get(i);
            change += (to != null && to.tutor() == tutor ? 1 : 0) - (from != null && from.tutor() == tutor ? 1 : 0);
        }
        return change;
    }

    private long costChange(String consortium) {
        long change = 0;
        for (int i = 0; i < chainPlacements.size(); i++) {
            Placement p = chainPlacements.get(i);
            if (p.getCandidate().consortium().equals(consortium)) {
                Opportunity from = p.getOpportunity();
                Opportunity to = chainOpportunities.get(i);
                change += (to == null ? 0 : to.monthlyCostEuros()) - (from == null ? 0 : from.monthlyCostEuros());
            }
        }
        return change;
    }

    /** Placements of the chain that leave {@code o} (their old seat) for another one or for nothing. */
    private int leaving(Opportunity o) {
        int count = 0;
        for (Placement p : chainPlacements) {
            if (p.getOpportunity() == o) {
                count++;
            }
        }
        return count;
    }

    private void record(long gain) {
        if (gain > bestGain && withinTutorsAndBudgets()) {
            bestGain = gain;
            bestPlacements = List.copyOf(chainPlacements);
            bestOpportunities = new ArrayList<>(chainOpportunities);
        }
    }
}
