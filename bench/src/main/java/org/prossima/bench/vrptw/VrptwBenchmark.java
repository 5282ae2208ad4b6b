package org.prossima.bench.vrptw;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

import org.prossima.solver.foodrecovery.FoodRecoveryPlan;
import org.prossima.solver.foodrecovery.FoodRecoverySolver;
import org.prossima.solver.foodrecovery.RoutePlan;
import org.prossima.solver.foodrecovery.StopPlan;

/**
 * Solves Solomon instances with the food-recovery model, re-checks each plan independently and prints one CSV
 * line per instance: {@value #HEADER}. The gap is blank without a best-known distance.
 */
public final class VrptwBenchmark {

    public static final String HEADER = "instance,vehicles,distance,feasible,bks_distance,gap_percent";

    private final FoodRecoverySolver solver = new FoodRecoverySolver();
    private final BestKnownDistances bestKnown;
    private final Duration timeLimit;

    public VrptwBenchmark(BestKnownDistances bestKnown, Duration timeLimit) {
        this.bestKnown = bestKnown;
        this.timeLimit = timeLimit;
    }

    public void run(List<Path> instanceFiles, PrintStream out) throws IOException {
        out.println(HEADER);
        out.flush();
        for (Path file : instanceFiles) {
            out.println(runOne(SolomonParser.parse(file)));
            out.flush();
        }
    }

    String runOne(SolomonInstance instance) {
        FoodRecoveryPlan plan = solver.solve(SolomonModel.toProblem(instance), timeLimit);
        VrptwFeasibility result = VrptwFeasibilityCheck.check(instance, customerRoutes(plan));
        return line(instance.name(), result, bestKnown.distance(instance.name()));
    }

    static List<List<Integer>> customerRoutes(FoodRecoveryPlan plan) {
        return plan.routes().stream()
                .map(RoutePlan::stops)
                .map(stops -> stops.stream().map(StopPlan::pickupId).map(Integer::valueOf).toList())
                .toList();
    }

    static String line(String name, VrptwFeasibility result, OptionalDouble bks) {
        String bksText = bks.isPresent() ? format(bks.getAsDouble()) : "";
        String gap = bks.isPresent() && bks.getAsDouble() > 0
                ? format((result.totalDistance() - bks.getAsDouble()) / bks.getAsDouble() * 100)
                : "";
        return String.join(",", name, Integer.toString(result.vehiclesUsed()), format(result.totalDistance()),
                Boolean.toString(result.feasible()), bksText, gap);
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
