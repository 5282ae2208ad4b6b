package org.prossima.solver.foodrecovery;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Supplier;

import ai.timefold.solver.core.impl.score.director.InnerScoreDirector;
import ai.timefold.solver.core.impl.score.director.ScoreDirector;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningListVariableMetaModel;
import ai.timefold.solver.core.preview.api.move.Move;

/** What our move iterator factories share: the list variable, and an endless iterator of generated moves. */
final class RandomMoves {

    private RandomMoves() {
    }

    /** The routes' list variable ({@code Vehicle.stops}), as Timefold's move API addresses it. */
    static PlanningListVariableMetaModel<FoodRecoverySolution, Vehicle, Stop> listVariable(
            ScoreDirector<FoodRecoverySolution> scoreDirector) {
        var inner = (InnerScoreDirector<FoodRecoverySolution, ?>) scoreDirector;
        return inner.getSolutionDescriptor().getMetaModel().genuineEntity(Vehicle.class)
                .listVariable("stops", Stop.class);
    }

    /** Moves from {@code generator} until it returns null (no move possible). */
    static Iterator<Move<FoodRecoverySolution>> iterator(Supplier<? extends Move<FoodRecoverySolution>> generator) {
        return new Iterator<>() {
            private Move<FoodRecoverySolution> next;

            @Override
            public boolean hasNext() {
                if (next == null) {
                    next = generator.get();
                }
                return next != null;
            }

            @Override
            public Move<FoodRecoverySolution> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                var move = next;
                next = null;
                return move;
            }
        };
    }
}
