package org.prossima.api.foodrecovery;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.prossima.api.error.FieldProblem;
import org.prossima.api.error.InvalidRequestException;
import org.prossima.data.territory.TerritoryRepository;
import org.prossima.solver.foodrecovery.Capacity;
import org.prossima.solver.foodrecovery.Compartment;
import org.prossima.solver.foodrecovery.FoodCategory;
import org.prossima.solver.foodrecovery.FoodRecoveryProblem;
import org.prossima.solver.foodrecovery.PickupSpec;
import org.prossima.solver.foodrecovery.RecipientSpec;
import org.prossima.solver.foodrecovery.TimeWindow;
import org.prossima.solver.foodrecovery.VehicleSpec;
import org.prossima.solver.territory.Comune;
import org.prossima.solver.territory.TerritoryClock;
import org.prossima.solver.travel.Location;
import org.prossima.solver.travel.TravelProfile;
import org.prossima.travel.TimeBand;
import org.prossima.travel.TravelTimes;
import org.prossima.travel.TravelTimesResult;
import org.springframework.stereotype.Component;

/**
 * Checks a posted problem beyond single fields (unique ids, known depots and comuni, windows in
 * order) and turns it into the solver's problem. Every problem found is reported at once.
 */
@Component
public class FoodRecoveryProblemMapper {

    /** Local times in requests and plans are on the territory's clock. */
    /**
     * One travel-time profile for the whole fleet in this first version: the van's, the slower
     * one, so that a route planned for a van is never too tight for a car.
     */
    static final TravelProfile PROFILE = TravelProfile.VAN;
    private static final Duration MAX_SHIFT = Duration.ofHours(24);

    private final TerritoryRepository territory;
    private final TravelTimes travelTimes;

    public FoodRecoveryProblemMapper(TerritoryRepository territory, TravelTimes travelTimes) {
        this.territory = territory;
        this.travelTimes = travelTimes;
    }

    /**
     * The solver's problem, with the van's travel times from {@link TravelTimes}; what stands at a place without road
     * travel times is left out of it and reported ({@link RoutablePart}).
     */
    public MappedProblem toSolverProblem(FoodRecoveryProblemRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        List<Location> locations = new ArrayList<>();
        Map<String, Integer> depotIndex = new HashMap<>();

        for (int i = 0; i < request.depots().size(); i++) {
            DepotRequest depot = request.depots().get(i);
            String field = "depots[" + i + "]";
            if (depotIndex.containsKey(depot.id())) {
                problems.add(new FieldProblem(field + ".id", depot.id(), "depot id is not unique",
                        "give every depot its own id"));
            }
            depotIndex.put(depot.id(), locations.size());
            locations.add(place(depot, field, problems));
        }

        Set<String> vehicleIds = new HashSet<>();
        List<VehicleSpec> vehicles = new ArrayList<>();
        for (int i = 0; i < request.vehicles().size(); i++) {
            VehicleRequest vehicle = request.vehicles().get(i);
            String field = "vehicles[" + i + "]";
            if (!vehicleIds.add(vehicle.id())) {
                problems.add(new FieldProblem(field + ".id", vehicle.id(), "vehicle id is not unique",
                        "give every vehicle its own id"));
            }
            Integer start = depot(depotIndex, vehicle.startDepot(), field + ".startDepot", problems);
            Integer end = vehicle.endDepot() == null ? start
                    : depot(depotIndex, vehicle.endDepot(), field + ".endDepot", problems);
            boolean shiftInOrder = vehicle.shiftEnd().isAfter(vehicle.shiftStart());
            if (!shiftInOrder) {
                problems.add(new FieldProblem(field + ".shiftEnd", vehicle.shiftEnd(),
                        "shift ends at or before it starts (" + vehicle.shiftStart() + ")",
                        "set shiftEnd after shiftStart"));
            } else if (Duration.between(vehicle.shiftStart(), vehicle.shiftEnd()).compareTo(MAX_SHIFT) > 0) {
                problems.add(new FieldProblem(field + ".shiftEnd", vehicle.shiftEnd(),
                        "shift is longer than 24 hours", "plan one day at a time"));
            }
            Capacity capacity = capacity(vehicle, field, problems);
            if (start != null && end != null && shiftInOrder && capacity != null) {
                vehicles.add(new VehicleSpec(vehicle.id(), capacity, start, end,
                        epochSecond(vehicle.shiftStart()), epochSecond(vehicle.shiftEnd()),
                        vehicle.maxRouteMinutes() == null ? 0 : vehicle.maxRouteMinutes() * 60L,
                        Set.copyOf(orEmpty(vehicle.skills())), orEmpty(vehicle.pinnedStops())));
            }
        }

        List<RecipientSpec> recipients = new ArrayList<>();
        Set<String> recipientIds = new HashSet<>();
        for (int i = 0; i < request.recipientsOrEmpty().size(); i++) {
            RecipientRequest recipient = request.recipientsOrEmpty().get(i);
            String field = "recipients[" + i + "]";
            if (!recipientIds.add(recipient.id())) {
                problems.add(new FieldProblem(field + ".id", recipient.id(), "recipient id is not unique",
                        "give every recipient its own id"));
            }
            Location location = place(recipient, field, problems);
            List<TimeWindow> windows = windows(recipient, field, problems);
            if (location != null && windows != null) {
                Set<Compartment> accepts = recipient.accepts() == null || recipient.accepts().isEmpty()
                        ? Set.of(Compartment.AMBIENT, Compartment.CHILLED) : Set.copyOf(recipient.accepts());
                recipients.add(new RecipientSpec(recipient.id(), locations.size(), windows,
                        recipient.serviceMinutes() * 60L, recipient.capacityKg() == null ? 0 : recipient.capacityKg(),
                        recipient.peopleServed(), accepts));
            }
            locations.add(location);
        }

        Set<String> pickupIds = new HashSet<>();
        List<PickupSpec> pickups = new ArrayList<>();
        for (int i = 0; i < request.pickups().size(); i++) {
            PickupRequest pickup = request.pickups().get(i);
            String field = "pickups[" + i + "]";
            if (!pickupIds.add(pickup.id())) {
                problems.add(new FieldProblem(field + ".id", pickup.id(), "pickup id is not unique",
                        "give every pickup its own id"));
            }
            Location location = place(pickup, field, problems);
            List<TimeWindow> windows = windows(pickup, field, problems);
            if (location != null && windows != null) {
                FoodCategory category = pickup.categoryOrDefault();
                int maxMinutes = pickup.maxMinutesOnBoard() == null ? category.maxMinutesOnBoard()
                        : pickup.maxMinutesOnBoard();
                pickups.add(new PickupSpec(pickup.id(), locations.size(), windows, pickup.serviceMinutes() * 60L,
                        pickup.kg(), category.compartment(), maxMinutes * 60L, category.perishabilityWeight(),
                        Set.copyOf(orEmpty(pickup.requiredSkills())), Set.copyOf(orEmpty(pickup.recipients()))));
            }
            List<String> named = orEmpty(pickup.recipients());
            for (int r = 0; r < named.size(); r++) {
                if (!recipientIds.contains(named.get(r))) {
                    problems.add(new FieldProblem(field + ".recipients[" + r + "]", named.get(r),
                            "no recipient has this id", "use one of the ids in recipients: " + recipientIds));
                }
            }
            locations.add(location);
        }
        Set<String> stopIds = new HashSet<>(pickupIds);
        int dropOffs = FoodRecoveryProblem.dropOffsPerRecipient(request.vehicles().size());
        for (String recipient : recipientIds) {
            for (int n = 0; n < dropOffs; n++) {
                stopIds.add(FoodRecoveryProblem.dropOffId(recipient, n));
            }
        }
        checkPins(request.vehicles(), stopIds, problems);

        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        TravelTimesResult travel = travelTimes.matrix(locations, PROFILE, TimeBand.ANY);
        double maxSnapMetres = travelTimes.roadNetwork().map(n -> n.settings().maxSnapMetres()).orElse(0.0);
        List<String> depotIds = request.depots().stream().map(DepotRequest::id).toList();
        return RoutablePart.of(travel, PROFILE, maxSnapMetres, depotIds, vehicles, pickups, recipients);
    }

    /** Where each depot is, by id; the request must be one that {@link #toSolverProblem} accepted. */
    public Map<String, Location> depotPlaces(FoodRecoveryProblemRequest request) {
        return places(request.depots());
    }

    /** Where each recipient is, by id; the request must be one that {@link #toSolverProblem} accepted. */
    public Map<String, Location> recipientPlaces(FoodRecoveryProblemRequest request) {
        return places(request.recipientsOrEmpty());
    }

    /** Where each pickup is, by id; the request must be one that {@link #toSolverProblem} accepted. */
    public Map<String, Location> pickupPlaces(FoodRecoveryProblemRequest request) {
        return places(request.pickups());
    }

    private <P extends PlaceRequest> Map<String, Location> places(List<P> requests) {
        Map<String, Location> places = new LinkedHashMap<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (P request : requests) {
            places.put(request.id(), place(request, request.id(), problems));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return places;
    }

    /** The pickup's windows, from windowStart/windowEnd or from windows; null (and a problem) if invalid. */
    private static List<TimeWindow> windows(WindowsRequest pickup, String field, List<FieldProblem> problems) {
        boolean single = pickup.windowStart() != null || pickup.windowEnd() != null;
        boolean several = pickup.windows() != null;
        if (single == several) {
            problems.add(new FieldProblem(field + ".windows", null,
                    single ? "both windowStart/windowEnd and windows given" : "no time window given",
                    "give either windowStart and windowEnd, or a list of windows [{start, end}, ...]"));
            return null;
        }
        List<WindowRequest> requested = several ? pickup.windows()
                : List.of(new WindowRequest(pickup.windowStart(), pickup.windowEnd()));
        if (requested.isEmpty() || requested.stream().anyMatch(w -> w.start() == null || w.end() == null)) {
            problems.add(new FieldProblem(field + (several ? ".windows" : ".windowEnd"), null,
                    "a time window needs a start and an end", "give both, as ISO-8601 local date-times"));
            return null;
        }
        List<TimeWindow> windows = new ArrayList<>();
        for (int w = 0; w < requested.size(); w++) {
            WindowRequest window = requested.get(w);
            String where = several ? field + ".windows[" + w + "].end" : field + ".windowEnd";
            if (window.end().isBefore(window.start())) {
                problems.add(new FieldProblem(where, window.end(), "window ends before it starts ("
                        + window.start() + ")", "set the end at or after the start"));
                return null;
            }
            if (!windows.isEmpty() && epochSecond(window.start()) <= windows.getLast().end()) {
                problems.add(new FieldProblem(field + ".windows[" + w + "].start", window.start(),
                        "windows overlap or are not in time order", "list the windows from the earliest, apart"));
                return null;
            }
            windows.add(new TimeWindow(epochSecond(window.start()), epochSecond(window.end())));
        }
        return windows;
    }

    private static Capacity capacity(VehicleRequest vehicle, String field, List<FieldProblem> problems) {
        int chilled = vehicle.chilledKg() == null ? 0 : vehicle.chilledKg();
        int frozen = vehicle.frozenKg() == null ? 0 : vehicle.frozenKg();
        if (vehicle.capacityKg() + chilled + frozen == 0) {
            problems.add(new FieldProblem(field + ".capacityKg", 0, "the vehicle has no space at all",
                    "give capacityKg (ambient), chilledKg or frozenKg greater than 0"));
            return null;
        }
        return new Capacity(vehicle.capacityKg(), chilled, frozen);
    }

    private static void checkPins(List<VehicleRequest> vehicles, Set<String> stopIds, List<FieldProblem> problems) {
        Set<String> pinned = new HashSet<>();
        for (int i = 0; i < vehicles.size(); i++) {
            List<String> pins = orEmpty(vehicles.get(i).pinnedStops());
            for (int p = 0; p < pins.size(); p++) {
                String field = "vehicles[" + i + "].pinnedStops[" + p + "]";
                if (!stopIds.contains(pins.get(p))) {
                    problems.add(new FieldProblem(field, pins.get(p), "no stop has this id",
                            "pin pickup ids, or drop-off stop ids as a plan lists them"));
                } else if (!pinned.add(pins.get(p))) {
                    problems.add(new FieldProblem(field, pins.get(p), "stop pinned more than once",
                            "a stop is done or confirmed by one vehicle only"));
                }
            }
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private Location place(PlaceRequest place, String field, List<FieldProblem> problems) {
        boolean hasCoordinates = place.lat() != null || place.lon() != null;
        boolean hasComune = place.istatCode() != null;
        if (hasCoordinates == hasComune) {
            problems.add(new FieldProblem(field, hasComune ? place.istatCode() : null,
                    hasComune ? "both coordinates and istatCode given" : "no place given",
                    "give either lat and lon, or the istatCode of a comune of ASL TO4"));
            return null;
        }
        if (hasComune) {
            Optional<Comune> comune = territory.comune(place.istatCode());
            if (comune.isEmpty()) {
                problems.add(new FieldProblem(field + ".istatCode", place.istatCode(),
                        "no comune of ASL TO4 has this ISTAT code",
                        "use a 6-digit code listed by GET /api/v1/territory/comuni, e.g. 001125 (Ivrea)"));
                return null;
            }
            return new Location(comune.get().lat(), comune.get().lon());
        }
        if (place.lat() == null || place.lat() < -90 || place.lat() > 90) {
            problems.add(new FieldProblem(field + ".lat", place.lat(), "latitude missing or out of range",
                    "use decimal degrees between -90 and 90 (WGS84), e.g. 45.4669"));
            return null;
        }
        if (place.lon() == null || place.lon() < -180 || place.lon() > 180) {
            problems.add(new FieldProblem(field + ".lon", place.lon(), "longitude missing or out of range",
                    "use decimal degrees between -180 and 180 (WGS84), e.g. 7.8759"));
            return null;
        }
        return new Location(place.lat(), place.lon());
    }

    private static Integer depot(Map<String, Integer> depotIndex, String id, String field, List<FieldProblem> problems) {
        Integer index = depotIndex.get(id);
        if (index == null) {
            problems.add(new FieldProblem(field, id, "no depot has this id",
                    "use one of the ids in depots: " + depotIndex.keySet()));
        }
        return index;
    }

    static long epochSecond(LocalDateTime time) {
        return time.atZone(TerritoryClock.ZONE).toEpochSecond();
    }
}
