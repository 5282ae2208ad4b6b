package org.prossima.solver.equity;

import java.util.Map;
import java.util.TreeMap;

import org.prossima.solver.placement.CandidateSpec;
import org.prossima.solver.placement.PlacementProblem;

/**
 * Each consortium's placement rate in a plan (its candidates placed over its candidates, in percent) and their
 * spread: the equity figure of a placement plan. Consortia without candidates are left out.
 */
public final class PlacementRates {

    private PlacementRates() {
    }

    /** Rate per consortium, in percent, for {@code assignment} (candidate id → opportunity id, placed only). */
    public static Map<String, Double> byConsortium(PlacementProblem problem, Map<String, String> assignment) {
        Map<String, int[]> counts = new TreeMap<>();
        for (CandidateSpec candidate : problem.candidates()) {
            int[] c = counts.computeIfAbsent(candidate.consortium(), k -> new int[2]);
            c[0]++;
            if (assignment.get(candidate.id()) != null) {
                c[1]++;
            }
        }
        Map<String, Double> rates = new TreeMap<>();
        counts.forEach((consortium, c) -> rates.put(consortium, 100.0 * c[1] / c[0]));
        return rates;
    }

    public static Spread spread(PlacementProblem problem, Map<String, String> assignment) {
        return Spread.of(byConsortium(problem, assignment).values().stream().mapToDouble(Double::doubleValue)
                .toArray());
    }
}
