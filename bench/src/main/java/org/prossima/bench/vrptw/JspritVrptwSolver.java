package org.prossima.bench.vrptw;

import java.time.Duration;
import java.util.List;

import com.graphhopper.jsprit.core.algorithm.VehicleRoutingAlgorithm;
import com.graphhopper.jsprit.core.algorithm.box.Jsprit;
import com.graphhopper.jsprit.core.algorithm.listener.VehicleRoutingAlgorithmListeners.Priority;
import com.graphhopper.jsprit.core.algorithm.termination.TimeTermination;
import com.graphhopper.jsprit.core.util.Solutions;

/**
 * jsprit's default algorithm ({@link Jsprit#createAlgorithm}), single-threaded as by default, stopped by time
 * only: the iteration limit is lifted and a {@link TimeTermination} of the budget ends the search. The termination
 * measures from the algorithm's start, so it is registered as a listener too, with high priority so that its clock
 * starts before jsprit builds its initial solution and the budget covers construction and search alike.
 */
public final class JspritVrptwSolver implements VrptwSolver {

    public static final String NAME = "jsprit";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<List<Integer>> solve(SolomonInstance instance, Duration timeLimit) {
        VehicleRoutingAlgorithm algorithm = Jsprit.createAlgorithm(JspritModel.toProblem(instance));
        algorithm.setMaxIterations(Integer.MAX_VALUE);
        var termination = new TimeTermination(timeLimit.toMillis());
        algorithm.setPrematureAlgorithmTermination(termination);
        algorithm.getAlgorithmListeners().addListener(termination, Priority.HIGH);
        return JspritModel.routes(Solutions.bestOf(algorithm.searchSolutions()));
    }
}
