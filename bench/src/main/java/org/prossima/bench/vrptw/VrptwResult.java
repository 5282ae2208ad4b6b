package org.prossima.bench.vrptw;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * One solver's checked solution of one instance, as a row of results.csv: {@value #HEADER}.
 *
 * @param instance the instance's name
 * @param solver   the solver's name
 * @param seconds  wall-clock time the solve took (the budget plus start-up and mapping)
 * @param check    the independent check of the routes: vehicles, distance, problems
 * @param bks      the best-known distance, if any
 */
public record VrptwResult(String instance, String solver, double seconds, VrptwFeasibility check,
        OptionalDouble bks) {

    public static final String HEADER = "instance,solver,seconds,vehicles,distance,feasible,bks_distance,gap_pct";

    public boolean feasible() {
        return check.feasible();
    }

    public double distance() {
        return check.totalDistance();
    }

    /** 100 × (distance − bks) / bks; empty without a (positive) best-known distance. */
    public OptionalDouble gapPercent() {
        if (bks.isEmpty() || !(bks.getAsDouble() > 0)) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(100 * (distance() - bks.getAsDouble()) / bks.getAsDouble());
    }

    public String csvLine() {
        return String.join(",", instance, solver, format(seconds), Integer.toString(check.vehiclesUsed()),
                format(distance()), Boolean.toString(feasible()), format(bks), format(gapPercent()));
    }

    /** Two decimals; a value that rounds to zero prints as 0.00, never -0.00. */
    static String format(double value) {
        String text = String.format(Locale.ROOT, "%.2f", value);
        return text.equals("-0.00") ? "0.00" : text;
    }

    private static String format(OptionalDouble value) {
        return value.isPresent() ? format(value.getAsDouble()) : "";
    }
}
