package org.prossima.solver.placement;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.random.RandomGenerator;

import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import ai.timefold.solver.core.impl.score.director.InnerScoreDirector;
import ai.timefold.solver.core.impl.score.director.ScoreDirector;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningVariableMetaModel;
import ai.timefold.solver.core.preview.api.move.Move;

/**
 * Ejection chains: a random candidate (most often one left out) takes one of their choices; if it is full, an
 * occupant gives up the seat and either leaves or takes one of their own choices, which may in turn be full, up to
 * {@value #MAX_DEPTH} seats deep. A small randomised depth-first search over {@value #BRANCHING} choices per step
 * keeps the chain that adds the most to the objective ({@link Candidate#value}); Timefold then scores it exactly
 * (budgets, equity and tutors included) and its acceptor decides. Timefold's change and swap moves cannot do this in
 * one step: taking a full seat alone breaks a hard constraint and is never accepted. These chains are the augmenting
 * paths of the matching, found locally; they let the solver approach the flow optimum without it.
 */
public final class EjectionMoveIteratorFactory
        implements MoveIteratorFactory<PlacementSolution, Move<PlacementSolution>> {

    static final int MAX_DEPTH = 3;
    static final int BRANCHING = 4;
    /** Share of moves that start from a candidate left out (the rest start from anyone movable). */
    private static final double FROM_LEFT_OUT = 0.7;

    private PlacementSolution preparedFor;
    private PlanningVariableMetaModel<PlacementSolution, Placement, Opportunity> variable;
    private List<Placement> movable;
    /** Where each movable placement was at the last step, to find what changed since. */
    private Opportunity[] seen;
    private LeftOut leftOut;
    private List<List<Placement>> occupants;
    private java.util.Map<Tutor, Integer> tutorTaken;
    private java.util.Map<String, Long> budgetLeft;

    @Override
    public long getSize(ScoreDirector<PlacementSolution> scoreDirector) {
        long size = 0;
        for (Placement placement : scoreDirector.getWorkingSolution().getPlacements()) {
            size += placement.getChoices().size();
        }
        return size;
    }

    @Override
    public Iterator<Move<PlacementSolution>> createOriginalMoveIterator(
            ScoreDirector<PlacementSolution> scoreDirector) {
        throw new UnsupportedOperationException("ejection moves are only selected at random");
    }

    @Override
    public Iterator<Move<PlacementSolution>> createRandomMoveIterator(ScoreDirector<PlacementSolution> scoreDirector,
            RandomGenerator random) {
        PlacementSolution solution = scoreDirector.getWorkingSolution();
        if (solution != preparedFor) {
            prepare(solution, variable(scoreDirector));
        } else {
            catchUp();
        }
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !movable.isEmpty();
            }

            @Override
            public Move<PlacementSolution> next() {
                if (movable.isEmpty()) {
                    throw new NoSuchElementException();
                }
                return generate(random);
            }
        };
    }

    /** Builds the occupant lists, tutor counts and budgets left of {@code solution}. */
    void prepare(PlacementSolution solution,
            PlanningVariableMetaModel<PlacementSolution, Placement, Opportunity> variable) {
        this.preparedFor = solution;
        this.variable = variable;
        this.movable = solution.getPlacements().stream()
                .filter(p -> !p.isPinned() && !p.getChoices().isEmpty()).toList();
        this.seen = new Opportunity[movable.size()];
        this.leftOut = new LeftOut(movable.size());
        this.occupants = new ArrayList<>(solution.getOpportunities().size());
        for (int i = 0; i < solution.getOpportunities().size(); i++) {
            occupants.add(new ArrayList<>(2));
        }
        this.tutorTaken = new java.util.HashMap<>();
        this.budgetLeft = new java.util.HashMap<>();
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

    /**
     * Brings the lists up to date with the working solution: one comparison per movable placement, work only for
     * those that moved since the last step. Between steps the solution changes only by the accepted move.
     */
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
            java.util.Arrays.fill(position, -1);
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

    /** The best chain found from a random start; never null while anything is movable. */
    Move<PlacementSolution> generate(RandomGenerator random) {
        Placement start = leftOut.size > 0 && random.nextDouble() < FROM_LEFT_OUT
                ? movable.get(leftOut.items[random.nextInt(leftOut.size)])
                : movable.get(random.nextInt(movable.size()));
        var search = new Search(random);
        search.extend(start, start.getOpportunity() == null ? 0 : -start.getCandidate().value(start.getOpportunity()),
                0);
        if (search.bestPlacements == null) {
            // Nowhere to go (every choice already tried): leaving is a move too, it frees a seat.
            return ReassignMove.of(variable, start, null);
        }
        return new ReassignMove(variable, search.bestPlacements, search.bestOpportunities);
    }

    /** One randomised depth-first search for the best chain. */
    private final class Search {

        final RandomGenerator random;
        final List<Placement> chainPlacements = new ArrayList<>(MAX_DEPTH * 2);
        final List<Opportunity> chainOpportunities = new ArrayList<>(MAX_DEPTH * 2);
        List<Placement> bestPlacements;
        List<Opportunity> bestOpportunities;
        long bestGain = Long.MIN_VALUE;

        Search(RandomGenerator random) {
            this.random = random;
        }

        /** {@code x} (already off their seat, its value taken off {@code gain}) looks for a seat. */
        void extend(Placement x, long gain, int depth) {
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
                List<Placement> inO = occupants.get(o.index());
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
        boolean withinTutorsAndBudgets() {
            for (int i = 0; i < chainPlacements.size(); i++) {
                Opportunity to = chainOpportunities.get(i);
                Tutor tutor = to == null ? null : to.tutor();
                if (tutor != null && tutorTaken.getOrDefault(tutor, 0) + tutorChange(tutor) > tutor.maxPeople()) {
                    return false;
                }
                String consortium = chainPlacements.get(i).getCandidate().consortium();
                Long left = budgetLeft.get(consortium);
                if (left != null && left < costChange(consortium)) {
                    return false;
                }
            }
            return true;
        }

        int tutorChange(Tutor tutor) {
            int change = 0;
            for (int i = 0; i < chainPlacements.size(); i++) {
                Opportunity from = chainPlacements.get(i).getOpportunity();
                Opportunity to = chainOpportunities.get(i);
                change += (to != null && to.tutor() == tutor ? 1 : 0) - (from != null && from.tutor() == tutor ? 1 : 0);
            }
            return change;
        }

        long costChange(String consortium) {
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
        int leaving(Opportunity o) {
            int count = 0;
            for (Placement p : chainPlacements) {
                if (p.getOpportunity() == o) {
                    count++;
                }
            }
            return count;
        }

        void record(long gain) {
            if (gain > bestGain && withinTutorsAndBudgets()) {
                bestGain = gain;
                bestPlacements = List.copyOf(chainPlacements);
                bestOpportunities = new ArrayList<>(chainOpportunities);
            }
        }
    }

    @SuppressWarnings("unchecked")
    static PlanningVariableMetaModel<PlacementSolution, Placement, Opportunity> variable(
            ScoreDirector<PlacementSolution> scoreDirector) {
        var inner = (InnerScoreDirector<PlacementSolution, ?>) scoreDirector;
        return (PlanningVariableMetaModel<PlacementSolution, Placement, Opportunity>) inner.getSolutionDescriptor()
                .getMetaModel().genuineEntity(Placement.class).variable("opportunity", Opportunity.class);
    }
}
