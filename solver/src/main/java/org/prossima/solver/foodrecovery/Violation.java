package org.prossima.solver.foodrecovery;

/**
 * A broken hard constraint in a plan, as found by {@link RouteEvaluator}.
 *
 * @param constraint one of the {@link FoodRecoveryConstraints} names
 * @param vehicleId  the vehicle concerned
 * @param pickupId   the pickup concerned, or null for a whole-route violation (capacity, shift end, route
 *                   duration)
 * @param penalty    the hard penalty: kg (over capacity, without a compartment), missing skills, or minutes
 *                   (late, over a limit) rounded up
 */
public record Violation(String constraint, String vehicleId, String pickupId, long penalty) {
}
