package org.prossima.bench.vrptw;

import java.time.Duration;
import java.util.List;

import org.prossima.solver.foodrecovery.FoodRecoveryPlan;
import org.prossima.solver.foodrecovery.FoodRecoverySolver;
import org.prossima.solver.foodrecovery.RoutePlan;
import org.prossima.solver.foodrecovery.StopPlan;

/** Our food-recovery model on Timefold, through {@link SolomonModel}. */
public final class ProssimaVrptwSolver implements VrptwSolver {

    public static final String NAME = "prossima";

    private final FoodRecoverySolver solver = new FoodRecoverySolver();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<List<Integer>> solve(SolomonInstance instance, Duration timeLimit) {
        var solved = solver.solveMeasured(SolomonModel.toProblem(instance), timeLimit, plan -> {
        });
        // The score calculation's speed, on stderr so that stdout stays the CSV rows.
        System.err.printf("%s %s: %d moves evaluated, %d per second%n", NAME, instance.name(),
                solved.moveEvaluationCount(), solved.moveEvaluationsPerSecond());
        return customerRoutes(solved.plan());
    }

    /** Pickup ids are the customer numbers (see {@link SolomonModel}); unassigned pickups are in no route. */
    static List<List<Integer>> customerRoutes(FoodRecoveryPlan plan) {
        return plan.routes().stream()
                .map(RoutePlan::stops)
                .map(stops -> stops.stream().map(StopPlan::stopId).map(Integer::valueOf).toList())
                .toList();
    }
}
