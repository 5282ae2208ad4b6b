package org.prossima.data.foodrecovery;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.prossima.solver.foodrecovery.Capacity;
import org.prossima.solver.foodrecovery.Compartment;
import org.prossima.solver.foodrecovery.FoodCategory;
import org.prossima.solver.foodrecovery.PickupSpec;
import org.prossima.solver.foodrecovery.RecipientSpec;
import org.prossima.solver.foodrecovery.TimeWindow;
import org.prossima.solver.foodrecovery.VehicleSpec;
import org.prossima.solver.territory.TerritoryClock;
import org.prossima.solver.travel.Location;

/**
 * A food-recovery problem as it is solved and stored: everything the solver's specs need, every place by its
 * coordinates (so that maps and GPX need nothing else), and what its travel times were. Solving it again (after a
 * restart) starts from this record, never from the request it was checked from. Times are epoch seconds.
 *
 * @param travelProfile the travel-time profile of the whole fleet (e.g. {@code VAN})
 * @param places        every place, by index: depots, then recipients, then pickups, as the travel times list them
 * @param travel        what the travel times were when the plan was solved; null before they were fetched
 * @param unavailablePickupIds pickups a driver reported not available on the plan this problem was made again from:
 *                      kept here (their donor, kg and place still show) but left out of the routes, reported
 *                      uncollected with the reason {@code NOT_AVAILABLE}; none for a problem as posted (and in
 *                      problems stored before there were such reports)
 */
public record FoodRecoveryProblemRecord(String travelProfile, List<PlaceRecord> places, List<DepotRecord> depots,
        List<VehicleRecord> vehicles, List<PickupRecord> pickups, List<RecipientRecord> recipients,
        TravelRecord travel, List<String> unavailablePickupIds) {

    public FoodRecoveryProblemRecord {
        Objects.requireNonNull(travelProfile, "travelProfile");
        places = List.copyOf(places);
        depots = List.copyOf(depots);
        vehicles = List.copyOf(vehicles);
        pickups = List.copyOf(pickups);
        recipients = List.copyOf(recipients);
        unavailablePickupIds = unavailablePickupIds == null ? List.of() : List.copyOf(unavailablePickupIds);
    }

    /** A problem as posted: nothing reported unavailable. */
    public FoodRecoveryProblemRecord(String travelProfile, List<PlaceRecord> places, List<DepotRecord> depots,
            List<VehicleRecord> vehicles, List<PickupRecord> pickups, List<RecipientRecord> recipients,
            TravelRecord travel) {
        this(travelProfile, places, depots, vehicles, pickups, recipients, travel, List.of());
    }

    /** A place: WGS84 decimal degrees. */
    public record PlaceRecord(double lat, double lon) {
    }

    /** Where vehicles start and end. */
    public record DepotRecord(String id, String name, int place) {
    }

    /** A window: service may start from {@code start}, arrival by {@code end}. */
    public record WindowRecord(long start, long end) {
    }

    /**
     * A vehicle for one shift; its places are its depots'.
     *
     * @param driver the username of the volunteer driving it (a DRIVER of the plan's association), or null when the
     *               dispatcher named none; the solver never sees it
     */
    public record VehicleRecord(String id, int ambientKg, int chilledKg, int frozenKg, String startDepot,
            String endDepot, long shiftStart, long shiftEnd, long maxRouteSeconds, List<String> skills,
            List<String> pinnedStopIds, String driver) {

        public VehicleRecord {
            skills = List.copyOf(skills);
            pinnedStopIds = List.copyOf(pinnedStopIds);
        }

        /** The day of its shift on the territory's calendar (Europe/Rome). */
        public LocalDate day() {
            return Instant.ofEpochSecond(shiftStart).atZone(TerritoryClock.ZONE).toLocalDate();
        }
    }

    /**
     * A lot to collect, with its category and the figures the category gave it when the problem was checked
     * (compartment, time on board, weight), so that a later change of the defaults does not change a stored problem.
     */
    public record PickupRecord(String id, String donor, int place, List<WindowRecord> windows, long serviceSeconds,
            int kg, FoodCategory category, Compartment compartment, long maxSecondsOnBoard, int perishabilityWeight,
            List<String> requiredSkills, List<String> recipientIds) {

        public PickupRecord {
            windows = List.copyOf(windows);
            requiredSkills = List.copyOf(requiredSkills);
            recipientIds = List.copyOf(recipientIds);
        }
    }

    /** Where food is delivered. */
    public record RecipientRecord(String id, String name, int place, List<WindowRecord> windows, long serviceSeconds,
            int capacityKg, int peopleServed, List<Compartment> accepts) {

        public RecipientRecord {
            windows = List.copyOf(windows);
            accepts = List.copyOf(accepts);
        }
    }

    /** The same problem with what its travel times are now. */
    public FoodRecoveryProblemRecord withTravel(TravelRecord travel) {
        return new FoodRecoveryProblemRecord(travelProfile, places, depots, vehicles, pickups, recipients, travel,
                unavailablePickupIds);
    }

    /**
     * The same problem made again from a plan of it: its vehicles now with these pinned stops (by vehicle id; absent:
     * none), and these pickups reported not available.
     */
    public FoodRecoveryProblemRecord again(Map<String, List<String>> pinsByVehicle,
            List<String> unavailable) {
        List<VehicleRecord> pinned = vehicles.stream().map(v -> new VehicleRecord(v.id(), v.ambientKg(), v.chilledKg(),
                v.frozenKg(), v.startDepot(), v.endDepot(), v.shiftStart(), v.shiftEnd(), v.maxRouteSeconds(),
                v.skills(), pinsByVehicle.getOrDefault(v.id(), List.of()), v.driver())).toList();
        return new FoodRecoveryProblemRecord(travelProfile, places, depots, pinned, pickups, recipients, null,
                unavailable);
    }

    /** The places as the travel times need them, by index. */
    public List<Location> locations() {
        return places.stream().map(p -> new Location(p.lat(), p.lon())).toList();
    }

    public Location location(int place) {
        PlaceRecord p = places.get(place);
        return new Location(p.lat(), p.lon());
    }

    public DepotRecord depot(String id) {
        return depots.stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow(() -> unknown("depot", id));
    }

    public VehicleRecord vehicle(String id) {
        return vehicles.stream().filter(v -> v.id().equals(id)).findFirst().orElseThrow(() -> unknown("vehicle", id));
    }

    public PickupRecord pickup(String id) {
        return pickups.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow(() -> unknown("pickup", id));
    }

    public RecipientRecord recipient(String id) {
        return recipients.stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> unknown("recipient", id));
    }

    private static IllegalArgumentException unknown(String what, String id) {
        return new IllegalArgumentException("the stored problem has no " + what + " '" + id + "'");
    }

    /** The vehicles as the solver takes them, at their depots' places. */
    public List<VehicleSpec> vehicleSpecs() {
        return vehicles.stream().map(v -> new VehicleSpec(v.id(), new Capacity(v.ambientKg(), v.chilledKg(),
                v.frozenKg()), depot(v.startDepot()).place(), depot(v.endDepot()).place(), v.shiftStart(),
                v.shiftEnd(), v.maxRouteSeconds(), Set.copyOf(v.skills()), v.pinnedStopIds())).toList();
    }

    public List<PickupSpec> pickupSpecs() {
        return pickups.stream().map(p -> new PickupSpec(p.id(), p.place(), windows(p.windows()), p.serviceSeconds(),
                p.kg(), p.compartment(), p.maxSecondsOnBoard(), p.perishabilityWeight(), Set.copyOf(p.requiredSkills()),
                Set.copyOf(p.recipientIds()))).toList();
    }

    public List<RecipientSpec> recipientSpecs() {
        return recipients.stream().map(r -> new RecipientSpec(r.id(), r.place(), windows(r.windows()),
                r.serviceSeconds(), r.capacityKg(), r.peopleServed(), Set.copyOf(r.accepts()))).toList();
    }

    private static List<TimeWindow> windows(List<WindowRecord> windows) {
        return windows.stream().map(w -> new TimeWindow(w.start(), w.end())).toList();
    }
}
