package org.prossima.solver.timefold;

import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.impl.solver.DefaultSolver;

/**
 * How hard a solver worked: the moves it evaluated (each scored incrementally) and how many per second. Timefold
 * exposes them on its default solver, an {@code impl} type; this is the one place that reads them.
 *
 * @param count     moves evaluated, or -1 when unknown or when nothing was solved
 * @param perSecond moves evaluated per second, or -1 likewise
 */
public record MoveEvaluations(long count, long perSecond) {

    /** Nothing was solved (e.g. nothing to decide): no solver ran. */
    public static final MoveEvaluations NONE = new MoveEvaluations(-1, -1);

    /** The figures of a solver after its solve; {@link #NONE} for a solver that does not keep them. */
    public static MoveEvaluations of(Solver<?> solver) {
        if (solver instanceof DefaultSolver<?> defaultSolver) {
            return new MoveEvaluations(defaultSolver.getMoveEvaluationCount(), defaultSolver.getMoveEvaluationSpeed());
        }
        return NONE;
    }

    /** Whether a solver ran. */
    public boolean solved() {
        return count >= 0;
    }
}
