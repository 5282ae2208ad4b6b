package org.prossima.bench.vrptw;

import java.util.List;

/**
 * Outcome of {@link VrptwFeasibilityCheck}.
 *
 * @param vehiclesUsed  routes with at least one customer
 * @param totalDistance Euclidean, double precision, depot legs included
 * @param problems      every broken rule, readable; empty when feasible
 */
public record VrptwFeasibility(int vehiclesUsed, double totalDistance, List<String> problems) {

    public VrptwFeasibility {
        problems = List.copyOf(problems);
    }

    public boolean feasible() {
        return problems.isEmpty();
    }
}
