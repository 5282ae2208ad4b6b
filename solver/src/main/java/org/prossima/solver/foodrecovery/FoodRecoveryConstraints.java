package org.prossima.solver.foodrecovery;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sum;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.toList;

import java.util.function.Function;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;

/**
 * Constraints of the food-recovery model. Hard: capacity, compartments, skills, late arrival, late
 * return, route duration, perishability, undelivered food, recipients' capacity. Medium: food left
 * uncollected, weighted by perishability. Soft: travel time, fair shares between recipients.
 * {@link RouteEvaluator} recomputes the same figures without Timefold.
 */
public final class FoodRecoveryConstraints implements ConstraintProvider {

    /** Hard: the most kg over the vehicle's capacity at any point of its route (see {@link Capacity}). */
    public static final String VEHICLE_CAPACITY = "Vehicle capacity";
    /** Hard: kg of chilled or frozen food on a vehicle without a compartment for it. */
    public static final String MISSING_COMPARTMENT = "Missing compartment";
    /** Hard: required skills (e.g. a tail lift) the collecting vehicle lacks, one per skill. */
    public static final String MISSING_SKILL = "Missing skill";
    /** Hard: minutes (rounded up) a vehicle arrives at a stop after its last window's end. */
    public static final String LATE_ARRIVAL = "Late arrival";
    /** Hard: minutes (rounded up) a vehicle returns to its end location after its shift end. */
    public static final String SHIFT_END = "Shift end";
    /** Hard: minutes (rounded up) a route lasts beyond the vehicle's maximum route duration. */
    public static final String MAX_ROUTE_DURATION = "Maximum route duration";
    /** Hard: minutes (rounded up) food spends on board beyond its limit, from donor to delivery. */
    public static final String PERISHABILITY = "Perishability";
    /** Hard: kg bound for recipients the route never reaches. */
    public static final String UNDELIVERED = "Undelivered food";
    /** Hard: kg delivered to a recipient beyond what it can take. */
    public static final String RECIPIENT_CAPACITY = "Recipient capacity";
    /** Medium: kg × perishability weight of each pickup no vehicle collects. */
    public static final String UNASSIGNED_PICKUP = "Unassigned pickup";
    /** Soft: travel seconds per vehicle, including the leg back to its end location. */
    public static final String TRAVEL_TIME = "Travel time";
    /** Soft: kg delivered away from the recipients' fair shares, × {@link #FAIR_SHARE_SECONDS_PER_KG}. */
    public static final String FAIR_SHARES = "Fair shares";

    /**
     * A kg of food given to one recipient beyond its share of the people served weighs as much as
     * this many seconds of driving: a ten-minute detour is worth moving 300 kg to where they are
     * fairer. Heavier weights sent vans zig-zagging between charities and cost collected food on
     * the demo day (measured: 48 instead of 51 of 60 lots at 10 s with 10 s/kg).
     */
    public static final long FAIR_SHARE_SECONDS_PER_KG = 2;

    static final long SECONDS_PER_MINUTE = 60;

    /**
     * One lambda instance for every constraint that follows the food along a route: Timefold
     * shares stream nodes built from the same lambda, so a changed route is scanned once, not
     * once per constraint.
     */
    private static final Function<Vehicle, RouteLoad> ROUTE_LOAD = Vehicle::getLoad;
    private static final Function<RouteLoad, Iterable<Delivery>> DELIVERIES = RouteLoad::deliveries;

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                vehicleCapacity(factory),
                missingCompartment(factory),
                missingSkill(factory),
                lateArrival(factory),
                shiftEnd(factory),
                maxRouteDuration(factory),
                perishability(factory),
                undelivered(factory),
                recipientCapacity(factory),
                unassignedPickup(factory),
                travelTime(factory),
                fairShares(factory)
        };
    }

    Constraint vehicleCapacity(ConstraintFactory factory) {
        return factory.forEach(Vehicle.class)
                .map(ROUTE_LOAD)
                .filter(load -> load.capacityExcessKg() > 0)
                .penalize(HardMediumSoftScore.ONE_HARD, RouteLoad::capacityExcessKg)
                .asConstraint(VEHICLE_CAPACITY);
    }

    Constraint missingCompartment(ConstraintFactory factory) {
        return factory.forEach(Stop.class)
                .filter(Stop::isInMissingCompartment)
                .penalize(HardMediumSoftScore.ONE_HARD, Stop::getKg)
                .asConstraint(MISSING_COMPARTMENT);
    }

    Constraint missingSkill(ConstraintFactory factory) {
        return factory.forEach(Stop.class)
                .filter(stop -> stop.getMissingSkillCount() > 0)
                .penalize(HardMediumSoftScore.ONE_HARD, Stop::getMissingSkillCount)
                .asConstraint(MISSING_SKILL);
    }

    Constraint lateArrival(ConstraintFactory factory) {
        return factory.forEach(Stop.class)
                .filter(stop -> stop.getLateSeconds() > 0)
                .penalize(HardMediumSoftScore.ONE_HARD, stop -> minutesRoundedUp(stop.getLateSeconds()))
                .asConstraint(LATE_ARRIVAL);
    }

    Constraint shiftEnd(ConstraintFactory factory) {
        return factory.forEach(Stop.class)
                .filter(stop -> stop.getShiftOvertimeSeconds() > 0)
                .penalize(HardMediumSoftScore.ONE_HARD, stop -> minutesRoundedUp(stop.getShiftOvertimeSeconds()))
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
                .map(ROUTE_LOAD)
                .filter(load -> load.perishabilityOverrunMinutes() > 0)
                .penalize(HardMediumSoftScore.ONE_HARD, RouteLoad::perishabilityOverrunMinutes)
                .asConstraint(PERISHABILITY);
    }

    Constraint undelivered(ConstraintFactory factory) {
        return factory.forEach(Vehicle.class)
                .map(ROUTE_LOAD)
                .filter(load -> load.undeliveredKg() > 0)
                .penalize(HardMediumSoftScore.ONE_HARD, RouteLoad::undeliveredKg)
                .asConstraint(UNDELIVERED);
    }

    Constraint recipientCapacity(ConstraintFactory factory) {
        return factory.forEach(Vehicle.class)
                .map(ROUTE_LOAD)
                .flattenLast(DELIVERIES)
                .filter(delivery -> delivery.recipient().capacityKg() > 0)
                .groupBy(Delivery::recipient, sum(Delivery::kg))
                .filter((recipient, kg) -> kg > recipient.capacityKg())
                .penalize(HardMediumSoftScore.ONE_HARD, (recipient, kg) -> kg - recipient.capacityKg())
                .asConstraint(RECIPIENT_CAPACITY);
    }

    Constraint unassignedPickup(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Stop.class)
                .filter(stop -> stop.isPickup() && stop.getVehicle() == null)
                .penalize(HardMediumSoftScore.ONE_MEDIUM, Stop::getWeightedKg)
                .asConstraint(UNASSIGNED_PICKUP);
    }

    Constraint travelTime(ConstraintFactory factory) {
        return factory.forEach(Stop.class)
                .groupBy(Stop::getVehicle, sum(Stop::getTravelSeconds))
                .penalize(HardMediumSoftScore.ONE_SOFT, (vehicle, seconds) -> seconds)
                .asConstraint(TRAVEL_TIME);
    }

    Constraint fairShares(ConstraintFactory factory) {
        return factory.forEach(Vehicle.class)
                .map(ROUTE_LOAD)
                .flattenLast(DELIVERIES)
                .filter(delivery -> delivery.recipient().peopleServed() > 0)
                .groupBy(toList())
                .join(FairShares.class)
                .filter((deliveries, shares) -> shares.unfairKg(deliveries) > 0)
                .penalize(HardMediumSoftScore.ONE_SOFT,
                        (deliveries, shares) -> shares.unfairKg(deliveries) * FAIR_SHARE_SECONDS_PER_KG)
                .asConstraint(FAIR_SHARES);
    }

    static long minutesRoundedUp(long seconds) {
        return Math.ceilDiv(seconds, SECONDS_PER_MINUTE);
    }
}
