package org.prossima.api.foodrecovery;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.prossima.api.foodrecovery.FoodRecoveryPlanResponse.LeftOut;
import org.prossima.api.foodrecovery.MappedProblem.PickupLeftOut;
import org.prossima.api.travel.UnroutableTexts;
import org.prossima.travel.TravelTimesResult;
import org.prossima.solver.travel.Unroutable;
import org.prossima.solver.foodrecovery.FoodRecoveryProblem;
import org.prossima.solver.foodrecovery.PickupSpec;
import org.prossima.solver.foodrecovery.RecipientSpec;
import org.prossima.solver.foodrecovery.UnassignedReasons;
import org.prossima.solver.foodrecovery.VehicleSpec;
import org.prossima.solver.text.Text;
import org.prossima.solver.travel.TravelProfile;

/**
 * The part of a problem the road network can route. What stands at a place without travel times is left out, each
 * with a note: a recipient, a vehicle whose start or end depot is such a place, a pickup there (reported uncollected,
 * {@code UNROUTABLE}), and a pickup whose named recipients are all left out. Pins to stops left out are dropped.
 * The plan goes on with the rest.
 */
final class RoutablePart {

    private final Map<Integer, Unroutable> unroutable = new HashMap<>();
    private final TravelProfile profile;
    private final double maxSnapMetres;
    private final List<PickupLeftOut> pickupsLeftOut = new ArrayList<>();
    private final List<LeftOut> leftOut = new ArrayList<>();

    private RoutablePart(TravelTimesResult travel, TravelProfile profile, double maxSnapMetres) {
        travel.unroutable().forEach(u -> unroutable.put(u.index(), u));
        this.profile = profile;
        this.maxSnapMetres = maxSnapMetres;
    }

    /**
     * @param depotIds the depots' ids by location index (depots come first in the locations)
     */
    static MappedProblem of(TravelTimesResult travel, TravelProfile profile, double maxSnapMetres,
            List<String> depotIds, List<VehicleSpec> vehicles, List<PickupSpec> pickups,
            List<RecipientSpec> recipients) {
        RoutablePart part = new RoutablePart(travel, profile, maxSnapMetres);
        if (part.unroutable.isEmpty()) {
            return new MappedProblem(new FoodRecoveryProblem(travel.matrix(), vehicles, pickups, recipients),
                    List.of(), List.of());
        }
        List<RecipientSpec> keptRecipients = part.recipients(recipients);
        List<PickupSpec> keptPickups = part.pickups(pickups, keptRecipients);
        List<VehicleSpec> keptVehicles = part.vehicles(vehicles, depotIds);
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

    private List<RecipientSpec> recipients(List<RecipientSpec> recipients) {
        List<RecipientSpec> kept = new ArrayList<>();
        for (RecipientSpec r : recipients) {
            Unroutable u = unroutable.get(r.location());
            if (u == null) {
                kept.add(r);
            } else {
                leftOut.add(new LeftOut("RECIPIENT", r.id(), u.reason().name(),
                        "Destinatario escluso dal piano: " + italian(u) + ".",
                        "Recipient left out of the plan: " + english(u) + "."));
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
                leave(p, italian(u), english(u));
                leftOut.add(new LeftOut("PICKUP", p.id(), u.reason().name(),
                        "Ritiro escluso dal piano: " + italian(u) + ".",
                        "Pickup left out of the plan: " + english(u) + "."));
                continue;
            }
            Set<String> named = new LinkedHashSet<>(p.recipientIds());
            if (named.isEmpty() || recipientIds.containsAll(named)) {
                kept.add(p);
                continue;
            }
            Set<String> reachable = new LinkedHashSet<>(named);
            reachable.retainAll(recipientIds);
            if (reachable.isEmpty()) {
                leave(p, "i destinatari indicati (" + String.join(", ", named.stream().sorted().toList())
                        + ") non hanno tempi di viaggio su strada",
                        "the recipients named (" + String.join(", ", named.stream().sorted().toList())
                                + ") have no road travel times");
            } else {
                kept.add(new PickupSpec(p.id(), p.location(), p.windows(), p.serviceSeconds(), p.kg(),
                        p.compartment(), p.maxSecondsOnBoard(), p.perishabilityWeight(), p.requiredSkills(),
                        reachable));
            }
        }
        return kept;
    }

    private void leave(PickupSpec p, String whyIt, String whyEn) {
        pickupsLeftOut.add(new PickupLeftOut(UnassignedReasons.unroutable(p.id(), Text.legacy(whyIt, whyEn)), p.kg()));
    }

    private List<VehicleSpec> vehicles(List<VehicleSpec> vehicles, List<String> depotIds) {
        List<VehicleSpec> kept = new ArrayList<>();
        for (VehicleSpec v : vehicles) {
            Unroutable u = unroutable.get(v.startLocation());
            if (u == null) {
                u = unroutable.get(v.endLocation());
            }
            if (u == null) {
                kept.add(v);
            } else {
                String depot = depotIds.get(u.index());
                leftOut.add(new LeftOut("VEHICLE", v.id(), u.reason().name(),
                        "Veicolo escluso dal piano: il deposito " + depot + " non è raggiungibile su strada ("
                                + italian(u) + ").",
                        "Vehicle left out of the plan: its depot " + depot + " is not reachable on the road network ("
                                + english(u) + ")."));
            }
        }
        return kept;
    }

    private String italian(Unroutable u) {
        return UnroutableTexts.italian(u, profile, maxSnapMetres);
    }

    private String english(Unroutable u) {
        return UnroutableTexts.english(u, profile);
    }
}
