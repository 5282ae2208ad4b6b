package org.prossima.solver.foodrecovery;

import java.util.List;

/**
 * Route timings, totals and hard-constraint violations of a plan, recomputed by {@link RouteEvaluator}.
 * The scores mirror {@link FoodRecoveryConstraints}: hard = minus the violation penalties, medium = minus the
 * unassigned kg weighted by perishability, soft = minus the total travel seconds and the unfair kg × its weight.
 */
public record RouteEvaluation(List<RoutePlan> routes, List<String> unassignedPickupIds, List<Violation> violations,
        long unassignedKg, long unassignedWeightedKg, long totalTravelSeconds, long totalDistanceMetres, long unfairKg) {

    public RouteEvaluation {
        routes = List.copyOf(routes);
        unassignedPickupIds = List.copyOf(unassignedPickupIds);
        violations = List.copyOf(violations);
    }

    public boolean feasible() {
        return violations.isEmpty();
    }

    public long hardScore() {
        return -violations.stream().mapToLong(Violation::penalty).sum();
    }

    public long mediumScore() {
        return -unassignedWeightedKg;
    }

    public long softScore() {
        return -(totalTravelSeconds + unfairKg * FoodRecoveryConstraints.FAIR_SHARE_SECONDS_PER_KG);
    }
}
