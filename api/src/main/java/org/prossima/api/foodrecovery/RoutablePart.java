package org.prossima.api.foodrecovery;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.prossima.api.travel.UnroutableTexts;
import org.prossima.data.foodrecovery.FoodRecoveryPlanRecord.LeftOutRecord;
import org.prossima.data.foodrecovery.FoodRecoveryPlanRecord.UnassignedRecord;
import org.prossima.data.foodrecovery.FoodRecoveryProblemRecord;
import org.prossima.data.foodrecovery.FoodRecoveryProblemRecord.DepotRecord;
import org.prossima.solver.foodrecovery.FoodRecoveryProblem;
import org.prossima.solver.foodrecovery.PickupSpec;
import org.prossima.solver.foodrecovery.RecipientSpec;
import org.prossima.solver.foodrecovery.UnassignedReason;
import org.prossima.solver.foodrecovery.UnassignedReasons;
import org.prossima.solver.foodrecovery.VehicleSpec;
import org.prossima.solver.text.Text;
import org.prossima.solver.travel.TravelProfile;
import org.prossima.solver.travel.Unroutable;
import org.prossima.travel.TravelTimesResult;

/**
 * The part of a problem the road network can route. What stands at a place without travel times is left out, each
 * with a note: a recipient, a vehicle whose start or end depot is such a place, a pickup there (reported uncollected,
 * {@code UNROUTABLE}), and a pickup whose named recipients are all left out. Pins to stops left out are dropped.
 * Pickups a driver reported not available are left out too ({@code NOT_AVAILABLE}). The plan goes on with the rest.
 * Notes are texts: {@code foodrecovery.leftout.<KIND>} with the reason from {@link UnroutableTexts#reason}.
 */
final class RoutablePart {

    /** The reason of a pickup a driver reported not available (not a solver's reason: the solver never sees it). */
    static final String NOT_AVAILABLE = "NOT_AVAILABLE";

    private final Map<Integer, Unroutable> unroutable = new HashMap<>();
    private final TravelProfile profile;
    private final double maxSnapMetres;
    private final List<UnassignedRecord> pickupsLeftOut = new ArrayList<>();
    private final List<LeftOutRecord> leftOut = new ArrayList<>();

    private RoutablePart(TravelTimesResult travel, TravelProfile profile, double maxSnapMetres) {
        travel.unroutable().forEach(u -> unroutable.put(u.index(), u));
        this.profile = profile;
        this.maxSnapMetres = maxSnapMetres;
    }

    /** The solver's problem of {@code record} on {@code travel}, the matrix over the record's places. */
    static MappedProblem of(FoodRecoveryProblemRecord record, TravelTimesResult travel, double maxSnapMetres) {
        RoutablePart part = new RoutablePart(travel, TravelProfile.valueOf(record.travelProfile()), maxSnapMetres);
        List<VehicleSpec> vehicles = record.vehicleSpecs();
        List<PickupSpec> pickups = part.available(record.pickupSpecs(), record.unavailablePickupIds());
        List<RecipientSpec> recipients = record.recipientSpecs();
        if (part.unroutable.isEmpty() && record.unavailablePickupIds().isEmpty()) {
            return new MappedProblem(new FoodRecoveryProblem(travel.matrix(), vehicles, pickups, recipients),
                    List.of(), List.of());
        }
        List<RecipientSpec> keptRecipients = part.recipients(recipients);
        List<PickupSpec> keptPickups = part.pickups(pickups, keptRecipients);
        List<VehicleSpec> keptVehicles = part.vehicles(vehicles, record.depots());
        Set<String> stopIds = new HashSet<>();
        keptPickups.forEach(p -> stopIds.add(p.id()));
        int dropOffs = FoodRecoveryProblem.dropOffsPerRecipient(keptVehicles.size());
        for (RecipientSpec r : keptRecipients) {
            for (int n = 0; n < dropOffs; n++) {
                stopIds.add(FoodRecoveryProblem.dropOffId(r.id(), n));
            }
        }
        List<VehicleSpec> pinned = keptVehicles.stream().map(v -> new VehicleSpec(v.id(), v.capacity(),
                v.startLocation(), v.endLocation(), v.shiftStart(), v.shiftEnd(), v.maxRouteSeconds(), v.skills(),
                v.pinnedStopIds().stream().filter(stopIds::contains).toList())).toList();
        return new MappedProblem(new FoodRecoveryProblem(travel.matrix(), pinned, keptPickups, keptRecipients),
                part.pickupsLeftOut, part.leftOut);
    }

    /**
     * The pickups but those a driver reported not available on the plan this problem was made again from: each is
     * reported uncollected, {@code NOT_AVAILABLE}, and pins to it are dropped with the other stops left out.
     */
    private List<PickupSpec> available(List<PickupSpec> pickups, List<String> unavailable) {
        List<PickupSpec> kept = new ArrayList<>();
        for (PickupSpec p : pickups) {
            if (unavailable.contains(p.id())) {
                pickupsLeftOut.add(new UnassignedRecord(p.id(), NOT_AVAILABLE, Text.of("foodrecovery.unassigned."
                        + NOT_AVAILABLE), p.kg()));
            } else {
                kept.add(p);
            }
        }
        return kept;
    }

    private List<RecipientSpec> recipients(List<RecipientSpec> recipients) {
        List<RecipientSpec> kept = new ArrayList<>();
        for (RecipientSpec r : recipients) {
            Unroutable u = unroutable.get(r.location());
            if (u == null) {
                kept.add(r);
            } else {
                leftOut.add(new LeftOutRecord("RECIPIENT", r.id(), u.reason().name(),
                        Text.of("foodrecovery.leftout.RECIPIENT", why(u))));
            }
        }
        return kept;
    }

    private List<PickupSpec> pickups(List<PickupSpec> pickups, List<RecipientSpec> keptRecipients) {
        Set<String> recipientIds = new HashSet<>();
        keptRecipients.forEach(r -> recipientIds.add(r.id()));
        List<PickupSpec> kept = new ArrayList<>();
        for (PickupSpec p : pickups) {
            Unroutable u = unroutable.get(p.location());
            if (u != null) {
                leave(p, why(u));
                leftOut.add(new LeftOutRecord("PICKUP", p.id(), u.reason().name(),
                        Text.of("foodrecovery.leftout.PICKUP", why(u))));
                continue;
            }
            Set<String> named = p.recipientIds();
            if (named.isEmpty() || recipientIds.containsAll(named)) {
                kept.add(p);
                continue;
            }
            Set<String> reachable = new LinkedHashSet<>(named);
            reachable.retainAll(recipientIds);
            if (reachable.isEmpty()) {
                leave(p, Text.of("foodrecovery.unroutable.RECIPIENTS", String.join(", ",
                        named.stream().sorted().toList())));
            } else {
                kept.add(new PickupSpec(p.id(), p.location(), p.windows(), p.serviceSeconds(), p.kg(),
                        p.compartment(), p.maxSecondsOnBoard(), p.perishabilityWeight(), p.requiredSkills(),
                        reachable));
            }
        }
        return kept;
    }

    private void leave(PickupSpec p, Text why) {
        var unassigned = UnassignedReasons.unroutable(p.id(), why);
        pickupsLeftOut.add(new UnassignedRecord(p.id(), UnassignedReason.UNROUTABLE.name(), unassigned.explanation(),
                p.kg()));
    }

    private List<VehicleSpec> vehicles(List<VehicleSpec> vehicles, List<DepotRecord> depots) {
        List<VehicleSpec> kept = new ArrayList<>();
        for (VehicleSpec v : vehicles) {
            Unroutable u = unroutable.get(v.startLocation());
            if (u == null) {
                u = unroutable.get(v.endLocation());
            }
            if (u == null) {
                kept.add(v);
            } else {
                int place = u.index();
                String depot = depots.stream().filter(d -> d.place() == place).map(DepotRecord::id).findFirst()
                        .orElseThrow();
                leftOut.add(new LeftOutRecord("VEHICLE", v.id(), u.reason().name(),
                        Text.of("foodrecovery.leftout.VEHICLE", depot, why(u))));
            }
        }
        return kept;
    }

    private Text why(Unroutable u) {
        return UnroutableTexts.reason(u, profile, maxSnapMetres);
    }
}
