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

    /** Hard: kg loaded beyond the vehicle's capacity, per vehicle (compartments as {@link Capacity} says). */
    public static final String VEHICLE_CAPACITY = "Vehicle capacity";
    /** Hard: kg of chilled or frozen food on a vehicle without a compartment for it. */
    public static final String MISSING_COMPARTMENT = "Missing compartment";
    /** Hard: required skills (e.g. a tail lift) the collecting vehicle lacks, one per skill. */
    public static final String MISSING_SKILL = "Missing skill";
    /** Hard: minutes (rounded up) perishable food spends on board beyond its limit, per vehicle. */
    public static final String PERISHABILITY = "Perishability";
    /** Hard: minutes (rounded up) a route lasts beyond the vehicle's maximum route duration. */
    public static final String MAX_ROUTE_DURATION = "Maximum route duration";
    /** Hard: minutes (rounded up) a vehicle arrives after the pickup window's end. */
    public static final String PICKUP_LATE = "Pickup late";
    /** Hard: minutes (rounded up) a vehicle returns to its end location after its shift end. */
    public static final String SHIFT_END = "Shift end";
    /** Medium: kg × perishability weight of each pickup no vehicle collects. */
    public static final String UNASSIGNED_PICKUP = "Unassigned pickup";
    /** Soft: travel seconds per vehicle, including the leg back to its end location. */
    public static final String TRAVEL_TIME = "Travel time";

    static final long SECONDS_PER_MINUTE = 60;

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                vehicleCapacity(factory),
                missingCompartment(factory),
                missingSkill(factory),
                pickupLate(factory),
                shiftEnd(factory),
                maxRouteDuration(factory),
                perishability(factory),
                unassignedPickup(factory),
                travelTime(factory)
        };
    }

    Constraint vehicleCapacity(ConstraintFactory factory) {
        return factory.forEach(Pickup.class)
                .filter(pickup -> !pickup.isInMissingCompartment())
                .groupBy(Pickup::getVehicle, sum(pickup -> loadIn(pickup, Compartment.AMBIENT)),
                        sum(pickup -> loadIn(pickup, Compartment.CHILLED)),
                        sum(pickup -> loadIn(pickup, Compartment.FROZEN)))
                .filter((vehicle, ambient, chilled, frozen) ->
                        vehicle.getCapacity().excessKg(ambient, chilled, frozen) > 0)
                .penalize(HardMediumSoftScore.ONE_HARD, (vehicle, ambient, chilled, frozen) ->
                        vehicle.getCapacity().excessKg(ambient, chilled, frozen))
                .asConstraint(VEHICLE_CAPACITY);
    }

    Constraint missingCompartment(ConstraintFactory factory) {
        return factory.forEach(Pickup.class)
                .filter(Pickup::isInMissingCompartment)
                .penalize(HardMediumSoftScore.ONE_HARD, Pickup::getKg)
                .asConstraint(MISSING_COMPARTMENT);
    }

    Constraint missingSkill(ConstraintFactory factory) {
        return factory.forEach(Pickup.class)
                .filter(pickup -> pickup.getMissingSkillCount() > 0)
                .penalize(HardMediumSoftScore.ONE_HARD, Pickup::getMissingSkillCount)
                .asConstraint(MISSING_SKILL);
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

    Constraint maxRouteDuration(ConstraintFactory factory) {
        return factory.forEach(Vehicle.class)
                .filter(vehicle -> vehicle.getRouteOverrunSeconds() > 0)
                .penalize(HardMediumSoftScore.ONE_HARD,
                        vehicle -> minutesRoundedUp(vehicle.getRouteOverrunSeconds()))
                .asConstraint(MAX_ROUTE_DURATION);
    }

    Constraint perishability(ConstraintFactory factory) {
        return factory.forEach(Vehicle.class)
                .filter(vehicle -> vehicle.getPerishabilityOverrunMinutes() > 0)
                .penalize(HardMediumSoftScore.ONE_HARD, Vehicle::getPerishabilityOverrunMinutes)
                .asConstraint(PERISHABILITY);
    }

    Constraint unassignedPickup(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Pickup.class)
                .filter(pickup -> pickup.getVehicle() == null)
                .penalize(HardMediumSoftScore.ONE_MEDIUM, Pickup::getWeightedKg)
                .asConstraint(UNASSIGNED_PICKUP);
    }

    Constraint travelTime(ConstraintFactory factory) {
        return factory.forEach(Pickup.class)
                .groupBy(Pickup::getVehicle, sum(Pickup::getTravelSeconds))
                .penalize(HardMediumSoftScore.ONE_SOFT, (vehicle, seconds) -> seconds)
                .asConstraint(TRAVEL_TIME);
    }

    private static int loadIn(Pickup pickup, Compartment compartment) {
        return pickup.getCompartment() == compartment ? pickup.getKg() : 0;
    }

    static long minutesRoundedUp(long seconds) {
        return Math.ceilDiv(seconds, SECONDS_PER_MINUTE);
    }
}
