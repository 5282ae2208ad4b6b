package org.prossima.bench.vrptw;

import java.time.Duration;
import java.util.List;

/** A solver under benchmark: a Solomon instance and a wall-clock budget in, routes out. */
public interface VrptwSolver {

    /** The name in results.csv and in the solution files' names, e.g. {@code jsprit}. */
    String name();

    /**
     * Solves within {@code timeLimit}.
     *
     * @return customer numbers (as in the instance file) per vehicle, in visiting order; a customer the solver left
     *         out is simply missing, so that the independent check reports it
     */
    List<List<Integer>> solve(SolomonInstance instance, Duration timeLimit);
}
