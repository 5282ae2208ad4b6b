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
 * Ejection moves: a random candidate takes a random opportunity among their choices; when it is full, a random
 * occupant gives up the seat and moves on to the seat the candidate leaves, to another of their choices with a free
 * seat, or out. Timefold's change and swap moves cannot do this in one step: the seat limit is hard, so taking a
 * full opportunity alone never gets accepted. This is what lets the solver reach the flow optimum without it.
 */
public final class EjectionMoveIteratorFactory
        implements MoveIteratorFactory<PlacementSolution, Move<PlacementSolution>> {

    /** Tries for a displaced occupant's new seat before they are left out. */
    private static final int RESEAT_TRIES = 4;
    /**
     * The occupant lists are rebuilt every this many steps, not every step: a full rebuild costs as much as
     * thousands of moves. In between, a listed occupant who has left is skipped when read; one who has arrived
     * is missed, which can only make a move try a seat that is taken (the hard score then rejects it).
     */
    private static final int REBUILD_EVERY_STEPS = 64;

    private PlacementSolution preparedFor;
    private int stepsSinceRebuild;
    private PlanningVariableMetaModel<PlacementSolution, Placement, Opportunity> variable;
    private List<Placement> movable;
    private List<List<Placement>> occupants;

    private void rebuild(PlacementSolution solution,
            PlanningVariableMetaModel<PlacementSolution, Placement, Opportunity> variable) {
        this.preparedFor = solution;
        this.stepsSinceRebuild = 0;
        this.variable = variable;
        this.movable = solution.getPlacements().stream()
                .filter(p -> !p.isPinned() && !p.getChoices().isEmpty()).toList();
        this.occupants = new ArrayList<>(solution.getOpportunities().size());
        for (int i = 0; i < solution.getOpportunities().size(); i++) {
            occupants.add(new ArrayList<>(2));
        }
        for (Placement placement : solution.getPlacements()) {
            if (placement.getOpportunity() != null) {
                occupants.get(placement.getOpportunity().index()).add(placement);
            }
        }
    }

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
        if (solution != preparedFor || ++stepsSinceRebuild >= REBUILD_EVERY_STEPS) {
            rebuild(solution, variable(scoreDirector));
        }
        var variable = this.variable;
        var movable = this.movable;
        var occupants = this.occupants;
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
                return generate(variable, movable, occupants, random);
            }
        };
    }

    private static Move<PlacementSolution> generate(
            PlanningVariableMetaModel<PlacementSolution, Placement, Opportunity> variable, List<Placement> movable,
            List<List<Placement>> occupants, RandomGenerator random) {
        Placement candidate = movable.get(random.nextInt(movable.size()));
        List<Opportunity> choices = candidate.getChoices();
        Opportunity target = choices.get(random.nextInt(choices.size()));
        if (target == candidate.getOpportunity()) {
            // Leaving is a move too: it frees a seat (and money) for someone else.
            return new EjectionMove(variable, candidate, null, null, null);
        }
        List<Placement> inTarget = occupants.get(target.index());
        inTarget.removeIf(p -> p.getOpportunity() != target);
        if (inTarget.size() < target.seats()) {
            return new EjectionMove(variable, candidate, target, null, null);
        }
        Placement displaced = inTarget.get(random.nextInt(inTarget.size()));
        if (displaced.isPinned()) {
            return new EjectionMove(variable, candidate, target, null, null);
        }
        Opportunity freed = candidate.getOpportunity();
        Opportunity displacedTo = null;
        if (freed != null && displaced.getChoices().contains(freed) && random.nextBoolean()) {
            displacedTo = freed;
        } else {
            List<Opportunity> their = displaced.getChoices();
            for (int t = 0; t < RESEAT_TRIES; t++) {
                Opportunity option = their.get(random.nextInt(their.size()));
                if (option != target && (option == freed
                        || occupants.get(option.index()).size() < option.seats())) {
                    displacedTo = option;
                    break;
                }
            }
        }
        return new EjectionMove(variable, candidate, target, displaced, displacedTo);
    }

    @SuppressWarnings("unchecked")
    static PlanningVariableMetaModel<PlacementSolution, Placement, Opportunity> variable(
            ScoreDirector<PlacementSolution> scoreDirector) {
        var inner = (InnerScoreDirector<PlacementSolution, ?>) scoreDirector;
        return (PlanningVariableMetaModel<PlacementSolution, Placement, Opportunity>) inner.getSolutionDescriptor()
                .getMetaModel().genuineEntity(Placement.class).variable("opportunity", Opportunity.class);
    }
}
