package org.prossima.solver.foodrecovery;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sum;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;

/**
 * Constraints of the food-recovery model. Hard: capacity, late arrival, late return. Medium: food left
 * uncollected. Soft: travel time. {@link RouteEvaluator} recomputes the same figures without Timefold.
 */
public final class FoodRecoveryConstraints implements ConstraintProvider {

    /** Hard: kg loaded beyond the vehicle's capacity, per vehicle. */
    public static final String VEHICLE_CAPACITY = "Vehicle capacity";
    /** Hard: minutes (rounded up) a vehicle arrives after the pickup window's end. */
    public static final String PICKUP_LATE = "Pickup late";
    /** Hard: minutes (rounded up) a vehicle returns to its end location after its shift end. */
    public static final String SHIFT_END = "Shift end";
    /** Medium: kg of each pickup no vehicle collects. */
    public static final String UNASSIGNED_PICKUP = "Unassigned pickup";
    /** Soft: travel seconds per vehicle, including the leg back to its end location. */
    public static final String TRAVEL_TIME = "Travel time";

    static final long SECONDS_PER_MINUTE = 60;

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                vehicleCapacity(factory),
                pickupLate(factory),
                shiftEnd(factory),
                unassignedPickup(factory),
                travelTime(factory)
        };
    }

    Constraint vehicleCapacity(ConstraintFactory factory) {
        return factory.forEach(Pickup.class)
                .groupBy(Pickup::getVehicle, sum(Pickup::getKg))
                .filter((vehicle, kg) -> kg > vehicle.getCapacityKg())
                .penalize(HardMediumSoftScore.ONE_HARD, (vehicle, kg) -> kg - vehicle.getCapacityKg())
                .asConstraint(VEHICLE_CAPACITY);
    }

    Constraint pickupLate(ConstraintFactory factory) {
        return factory.forEach(Pickup.class)
                .filter(pickup -> pickup.getLateSeconds() > 0)
                .penalize(HardMediumSoftScore.ONE_HARD, pickup -> minutesRoundedUp(pickup.getLateSeconds()))
                .asConstraint(PICKUP_LATE);
    }

    Constraint shiftEnd(ConstraintFactory factory) {
        return factory.forEach(Pickup.class)
                .filter(pickup -> pickup.getShiftOvertimeSeconds() > 0)
                .penalize(HardMediumSoftScore.ONE_HARD, pickup -> minutesRoundedUp(pickup.getShiftOvertimeSeconds()))
                .asConstraint(SHIFT_END);
    }

    Constraint unassignedPickup(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Pickup.class)
                .filter(pickup -> pickup.getVehicle() == null)
                .penalize(HardMediumSoftScore.ONE_MEDIUM, Pickup::getKg)
                .asConstraint(UNASSIGNED_PICKUP);
    }

    Constraint travelTime(ConstraintFactory factory) {
        return factory.forEach(Pickup.class)
                .groupBy(Pickup::getVehicle, sum(Pickup::getTravelSeconds))
                .penalize(HardMediumSoftScore.ONE_SOFT, (vehicle, seconds) -> seconds)
                .asConstraint(TRAVEL_TIME);
    }

    static long minutesRoundedUp(long seconds) {
        return Math.ceilDiv(seconds, SECONDS_PER_MINUTE);
    }
}
