package org.prossima.solver.foodrecovery;

import java.util.EnumMap;
import java.util.Map;

import org.prossima.solver.text.Text;
import org.prossima.solver.travel.TravelTimeMatrix;

/**
 * Explains why a pickup is uncollected from the model, not by guessing: the pickup is checked
 * against each vehicle alone (compartment, skills, weight, an out-and-back trip within the windows,
 * the shift and the route limit, perishability on the way back). If some vehicle passes every
 * check, the pickup only lost to other pickups: the fleet is full. Otherwise the reason given is
 * the furthest check any vehicle reached.
 */
public final class UnassignedReasons {

    private final FoodRecoveryProblem problem;

    public UnassignedReasons(FoodRecoveryProblem problem) {
        this.problem = problem;
    }

    /**
     * Why {@code pickup}, uncollected in a plan, is. The explanation's arguments by reason: NO_RECIPIENT and
     * NO_COMPARTMENT the compartment ({@link #compartment}); NO_SKILL the skills required, comma-separated; TOO_HEAVY
     * the kg; NO_WINDOW_REACHABLE the vehicles that fail that check and the fleet's size; PERISHABILITY the minutes
     * the food keeps on board; FLEET_FULL the vehicles that could collect it alone.
     */
    public UnassignedPickup explain(PickupSpec pickup) {
        if (!pickup.recipientIds().isEmpty() && problem.recipients().stream()
                .noneMatch(r -> pickup.deliverableTo(r.id(), r.accepts()))) {
            return UnassignedPickup.of(pickup.id(), UnassignedReason.NO_RECIPIENT, compartment(pickup.compartment()));
        }
        Map<UnassignedReason, Integer> blocked = new EnumMap<>(UnassignedReason.class);
        UnassignedReason furthest = UnassignedReason.NO_COMPARTMENT;
        for (VehicleSpec vehicle : problem.vehicles()) {
            UnassignedReason reason = check(pickup, vehicle);
            blocked.merge(reason, 1, Integer::sum);
            if (reason.ordinal() > furthest.ordinal()) {
                furthest = reason;
            }
        }
        int count = blocked.getOrDefault(furthest, 0);
        String id = pickup.id();
        return switch (furthest) {
            case UNROUTABLE, NO_RECIPIENT -> throw new IllegalStateException(furthest + " is not found by the "
                    + "checks against each vehicle: it is decided before them");
            case NO_COMPARTMENT -> UnassignedPickup.of(id, furthest, compartment(pickup.compartment()));
            case NO_SKILL -> UnassignedPickup.of(id, furthest,
                    String.join(", ", pickup.requiredSkills().stream().sorted().toList()));
            case TOO_HEAVY -> UnassignedPickup.of(id, furthest, pickup.kg());
            case NO_WINDOW_REACHABLE -> UnassignedPickup.of(id, furthest, count, problem.vehicles().size());
            case PERISHABILITY -> UnassignedPickup.of(id, furthest, pickup.maxSecondsOnBoard() / 60);
            case FLEET_FULL -> UnassignedPickup.of(id, furthest, count);
        };
    }

    /**
     * A pickup left out before solving because its place, or every recipient it may go to, has no road travel
     * times; {@code why} says what was found (e.g. how far the nearest road is) and is the explanation's argument.
     */
    public static UnassignedPickup unroutable(String pickupId, Text why) {
        return UnassignedPickup.of(pickupId, UnassignedReason.UNROUTABLE, why);
    }

    /** A compartment's name, to go into a sentence: key {@code foodrecovery.compartment.<COMPARTMENT>}. */
    public static Text compartment(Compartment compartment) {
        return Text.of("foodrecovery.compartment." + compartment.name());
    }

    /** The first check this vehicle fails for the pickup alone, or FLEET_FULL if it passes them all. */
    private UnassignedReason check(PickupSpec pickup, VehicleSpec vehicle) {
        Capacity capacity = vehicle.capacity();
        if (!capacity.carries(pickup.compartment())) {
            return UnassignedReason.NO_COMPARTMENT;
        }
        if (!vehicle.skills().containsAll(pickup.requiredSkills())) {
            return UnassignedReason.NO_SKILL;
        }
        long alone = switch (pickup.compartment()) {
            case AMBIENT -> capacity.excessKg(pickup.kg(), 0, 0);
            case CHILLED -> capacity.excessKg(0, pickup.kg(), 0);
            case FROZEN -> capacity.excessKg(0, 0, pickup.kg());
        };
        if (alone > 0) {
            return UnassignedReason.TOO_HEAVY;
        }
        TravelTimeMatrix matrix = problem.matrix();
        long arrival = vehicle.shiftStart() + matrix.travelSeconds(vehicle.startLocation(), pickup.location());
        long departure = pickup.serviceStart(arrival) + pickup.serviceSeconds();
        // Out and back: straight to the end location, or through the quickest recipient it must go to.
        long back = Long.MAX_VALUE;
        long delivered = Long.MAX_VALUE;
        if (pickup.deliverableToRouteEnd()) {
            back = departure + matrix.travelSeconds(pickup.location(), vehicle.endLocation());
            delivered = back;
        } else {
            for (RecipientSpec recipient : problem.recipients()) {
                if (pickup.deliverableTo(recipient.id(), recipient.accepts())) {
                    long atRecipient = departure + matrix.travelSeconds(pickup.location(), recipient.location());
                    long home = PickupSpec.serviceStart(recipient.windows(), atRecipient) + recipient.serviceSeconds()
                            + matrix.travelSeconds(recipient.location(), vehicle.endLocation());
                    if (atRecipient <= recipient.windows().getLast().end() && home < back) {
                        back = home;
                        delivered = atRecipient;
                    }
                }
            }
        }
        boolean routeTooLong = back != Long.MAX_VALUE && vehicle.maxRouteSeconds() > 0
                && back - vehicle.shiftStart() > vehicle.maxRouteSeconds();
        if (arrival > pickup.windowEnd() || back > vehicle.shiftEnd() || routeTooLong) {
            return UnassignedReason.NO_WINDOW_REACHABLE;
        }
        if (pickup.maxSecondsOnBoard() > 0 && delivered - departure > pickup.maxSecondsOnBoard()) {
            return UnassignedReason.PERISHABILITY;
        }
        return UnassignedReason.FLEET_FULL;
    }
}
