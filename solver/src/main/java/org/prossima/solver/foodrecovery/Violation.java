package org.prossima.solver.foodrecovery;

/**
 * A broken hard constraint in a plan, as found by {@link RouteEvaluator}.
 *
 * @param constraint one of the {@link FoodRecoveryConstraints} names
 * @param vehicleId  the vehicle concerned; null for a recipient's capacity
 * @param stopId     the pickup or drop-off concerned, the recipient's id for its capacity, or null
 *                   for a whole-route violation (capacity, shift end, route duration, undelivered food)
 * @param penalty    the hard penalty: kg (over capacity, without a compartment, undelivered),
 *                   missing skills, or minutes (late, over a limit) rounded up
 */
public record Violation(String constraint, String vehicleId, String stopId, long penalty) {
}
