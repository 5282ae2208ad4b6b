package org.prossima.solver.foodrecovery;

import java.util.EnumMap;
import java.util.Map;

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

    public UnassignedPickup explain(PickupSpec pickup) {
        Map<UnassignedReason, Integer> blocked = new EnumMap<>(UnassignedReason.class);
        if (!pickup.recipientIds().isEmpty() && problem.recipients().stream()
                .noneMatch(r -> pickup.deliverableTo(r.id(), r.accepts()))) {
            return new UnassignedPickup(pickup.id(), UnassignedReason.NO_RECIPIENT,
                    "Nessuno dei destinatari indicati può conservare questo cibo (" + italian(pickup.compartment())
                            + ").",
                    "None of the recipients named can store this food (" + pickup.compartment().name()
                            .toLowerCase() + ").");
        }
        UnassignedReason furthest = UnassignedReason.NO_COMPARTMENT;
        for (VehicleSpec vehicle : problem.vehicles()) {
            UnassignedReason reason = check(pickup, vehicle);
            blocked.merge(reason, 1, Integer::sum);
            if (reason.ordinal() > furthest.ordinal()) {
                furthest = reason;
            }
        }
        int vehicles = problem.vehicles().size();
        int count = blocked.getOrDefault(furthest, 0);
        return switch (furthest) {
            case UNROUTABLE, NO_RECIPIENT -> throw new IllegalStateException("not a result of the checks");
            case NO_COMPARTMENT -> new UnassignedPickup(pickup.id(), furthest,
                    "Nessun veicolo ha un vano adatto (" + italian(pickup.compartment()) + ").",
                    "No vehicle has a " + pickup.compartment().name().toLowerCase() + " compartment.");
            case NO_SKILL -> new UnassignedPickup(pickup.id(), furthest,
                    "Nessun veicolo adatto ha l'attrezzatura richiesta: " + pickup.requiredSkills() + ".",
                    "No suitable vehicle has the required equipment: " + pickup.requiredSkills() + ".");
            case TOO_HEAVY -> new UnassignedPickup(pickup.id(), furthest,
                    pickup.kg() + " kg: più di quanto porti qualsiasi veicolo adatto.",
                    pickup.kg() + " kg: more than any suitable vehicle can carry.");
            case NO_WINDOW_REACHABLE -> new UnassignedPickup(pickup.id(), furthest,
                    "Nessun veicolo adatto arriva entro l'orario del donatore e rientra entro fine turno ("
                            + count + " di " + vehicles + " veicoli).",
                    "No suitable vehicle can arrive within the donor's hours and be back by the end of its shift ("
                            + count + " of " + vehicles + " vehicles).");
            case PERISHABILITY -> new UnassignedPickup(pickup.id(), furthest,
                    "Anche rientrando subito, il cibo resterebbe a bordo più di "
                            + pickup.maxSecondsOnBoard() / 60 + " minuti.",
                    "Even going straight back, the food would be on board longer than "
                            + pickup.maxSecondsOnBoard() / 60 + " minutes.");
            case FLEET_FULL -> new UnassignedPickup(pickup.id(), furthest,
                    count + " veicoli potrebbero ritirarlo da soli, ma capacità e tempo servono per altri ritiri "
                            + "che salvano più cibo.",
                    count + " vehicles could collect it alone, but their capacity and time go to other pickups "
                            + "that save more food.");
        };
    }

    /**
     * A pickup left out before solving because its place, or every recipient it may go to, has no road travel
     * times; {@code whyIt} and {@code whyEn} say what was found (e.g. how far the nearest road is).
     */
    public static UnassignedPickup unroutable(String pickupId, String whyIt, String whyEn) {
        return new UnassignedPickup(pickupId, UnassignedReason.UNROUTABLE,
                "Non raggiungibile sulla rete stradale: " + whyIt + ". Nessun tempo di viaggio, quindi nessun "
                        + "veicolo viene mandato; il piano prosegue senza questo ritiro.",
                "Not reachable on the road network: " + whyEn + ". With no travel time no vehicle is sent; the plan "
                        + "goes on without this pickup.");
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

    private static String italian(Compartment compartment) {
        return switch (compartment) {
            case AMBIENT -> "temperatura ambiente";
            case CHILLED -> "refrigerato";
            case FROZEN -> "congelatore";
        };
    }
}
