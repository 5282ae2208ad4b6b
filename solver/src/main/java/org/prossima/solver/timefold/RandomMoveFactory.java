package org.prossima.solver.timefold;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import ai.timefold.solver.core.impl.score.director.InnerScoreDirector;
import ai.timefold.solver.core.impl.score.director.ScoreDirector;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningListVariableMetaModel;
import ai.timefold.solver.core.preview.api.move.Move;

/**
 * Our own neighbourhoods as Timefold move selectors, with Timefold's internals kept here. Community Edition plugs
 * custom moves in through {@link MoveIteratorFactory}, which lives in Timefold's {@code impl} packages (no
 * compatibility promise), and addresses a list variable through a meta-model that only the score director's inner
 * type hands out; a Timefold upgrade that changes either is fixed in this class alone.
 * <p>
 * A subclass plans moves on one list variable ({@code entity.variable}, holding {@code value}s): it is told about each
 * new working solution once ({@link #prepare}, e.g. to build neighbour lists), says how many moves it can make
 * ({@link #size}) and makes one random move at a time ({@link #next}). Its moves are only selected at random. It needs
 * a public no-argument constructor (Timefold instantiates it by class), and one instance serves one solver.
 *
 * @param <S> the planning solution
 * @param <E> the entity holding the list variable
 * @param <V> the list's values
 */
public abstract class RandomMoveFactory<S, E, V> implements MoveIteratorFactory<S, Move<S>> {

    private final Class<E> entityClass;
    private final String variableName;
    private final Class<V> valueClass;
    private S preparedFor;

    protected RandomMoveFactory(Class<E> entityClass, String variableName, Class<V> valueClass) {
        this.entityClass = entityClass;
        this.variableName = variableName;
        this.valueClass = valueClass;
    }

    /**
     * A new working solution (a solve starts): read what stays fixed while it is solved. Also called by tests with
     * a solution of their own.
     */
    protected abstract void prepare(S solution, PlanningListVariableMetaModel<S, E, V> variable);

    /** How many different moves there are, roughly: Timefold weighs selectors by it. */
    protected abstract long size(S solution);

    /** A random move on the working solution as it is now, or null when no move is possible. */
    protected abstract Move<S> next(S solution, RandomGenerator random);

    @Override
    public final long getSize(ScoreDirector<S> scoreDirector) {
        return size(prepared(scoreDirector));
    }

    @Override
    public final Iterator<Move<S>> createOriginalMoveIterator(ScoreDirector<S> scoreDirector) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " makes random moves only: leave the "
                + "selector's selectionOrder unset (RANDOM)");
    }

    @Override
    public final Iterator<Move<S>> createRandomMoveIterator(ScoreDirector<S> scoreDirector, RandomGenerator random) {
        S solution = prepared(scoreDirector);
        return endless(() -> next(solution, random));
    }

    private S prepared(ScoreDirector<S> scoreDirector) {
        S solution = scoreDirector.getWorkingSolution();
        if (preparedFor != solution) {
            prepare(solution, listVariable(scoreDirector));
            preparedFor = solution;
        }
        return solution;
    }

    private PlanningListVariableMetaModel<S, E, V> listVariable(ScoreDirector<S> scoreDirector) {
        var inner = (InnerScoreDirector<S, ?>) scoreDirector;
        return inner.getSolutionDescriptor().getMetaModel().genuineEntity(entityClass)
                .listVariable(variableName, valueClass);
    }

    /** Moves from {@code generator} until it returns null (no move possible). */
    static <S> Iterator<Move<S>> endless(Supplier<? extends Move<S>> generator) {
        return new Iterator<>() {
            private Move<S> next;

            @Override
            public boolean hasNext() {
                if (next == null) {
                    next = generator.get();
                }
                return next != null;
            }

            @Override
            public Move<S> next() {
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
