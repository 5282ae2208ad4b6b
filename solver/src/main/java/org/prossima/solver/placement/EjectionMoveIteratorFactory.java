package org.prossima.solver.placement;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.random.RandomGenerator;

import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import ai.timefold.solver.core.impl.score.director.InnerScoreDirector;
import ai.timefold.solver.core.impl.score.director.ScoreDirector;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningVariableMetaModel;
import ai.timefold.solver.core.preview.api.move.Move;

/**
 * Ejection chains, Timefold's side of them: a random candidate (most often one left out) takes one of their
 * choices; if it is full, an occupant gives up the seat and either leaves or takes one of their own choices, which
 * may in turn be full ({@link EjectionChainSearch}, over the seats kept by {@link Occupancy}). Timefold then scores
 * the chain exactly (budgets, equity and tutors included) and its acceptor decides. Timefold's change and swap moves
 * cannot do this in one step: taking a full seat alone breaks a hard constraint and is never accepted. These chains
 * are the augmenting paths of the matching, found locally; they let the solver approach the flow optimum without it.
 */
public final class EjectionMoveIteratorFactory
        implements MoveIteratorFactory<PlacementSolution, Move<PlacementSolution>> {

    /** Share of moves that start from a candidate left out (the rest start from anyone movable). */
    private static final double FROM_LEFT_OUT = 0.7;

    private PlacementSolution preparedFor;
    private PlanningVariableMetaModel<PlacementSolution, Placement, Opportunity> variable;
    private Occupancy occupancy;

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
            occupancy.catchUp();
        }
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !occupancy.nothingMovable();
            }

            @Override
            public Move<PlacementSolution> next() {
                if (occupancy.nothingMovable()) {
                    throw new NoSuchElementException();
                }
                return generate(random);
            }
        };
    }

    /** Takes in {@code solution}: who sits where, the tutors' people and the budgets left. */
    void prepare(PlacementSolution solution,
            PlanningVariableMetaModel<PlacementSolution, Placement, Opportunity> variable) {
        this.preparedFor = solution;
        this.variable = variable;
        this.occupancy = new Occupancy(solution);
    }

    /** Takes in the working solution's changes since the last step (only the accepted move). */
    void catchUp() {
        occupancy.catchUp();
    }

    /** The best chain found from a random start; never null while anything is movable. */
    ReassignMove generate(RandomGenerator random) {
        Placement start = occupancy.randomStart(random, FROM_LEFT_OUT);
        ReassignMove best = new EjectionChainSearch(occupancy, random).best(start, variable);
        // Nowhere to go (every choice already tried): leaving is a move too, it frees a seat.
        return best != null ? best : ReassignMove.of(variable, start, null);
    }

    /** The planning variable the moves change; Timefold CE reaches its meta-model only through the inner director. */
    static PlanningVariableMetaModel<PlacementSolution, Placement, Opportunity> variable(
            ScoreDirector<PlacementSolution> scoreDirector) {
        var inner = (InnerScoreDirector<PlacementSolution, ?>) scoreDirector;
        return inner.getSolutionDescriptor().getMetaModel().genuineEntity(Placement.class)
                .basicVariable("opportunity", Opportunity.class);
    }
}
