package org.prossima.api.foodrecovery;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
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
import org.prossima.data.territory.Comune;
import org.prossima.data.territory.TerritoryRepository;
import org.prossima.solver.foodrecovery.FoodRecoveryProblem;
import org.prossima.solver.foodrecovery.PickupSpec;
import org.prossima.solver.foodrecovery.VehicleSpec;
import org.prossima.solver.geo.HaversineTravelTimeMatrix;
import org.prossima.solver.geo.Location;
import org.prossima.solver.geo.TravelProfile;
import org.springframework.stereotype.Component;

/**
 * Checks a posted problem beyond single fields (unique ids, known depots and comuni, windows in
 * order) and turns it into the solver's problem. Every problem found is reported at once.
 */
@Component
public class FoodRecoveryProblemMapper {

    /** Local times in requests and plans are on the territory's clock. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Rome");
    /**
     * One travel-time profile for the whole fleet in this first version: the van's, the slower
     * one, so that a route planned for a van is never too tight for a car.
     */
    static final TravelProfile PROFILE = TravelProfile.VAN;
    private static final Duration MAX_SHIFT = Duration.ofHours(24);

    private final TerritoryRepository territory;

    public FoodRecoveryProblemMapper(TerritoryRepository territory) {
        this.territory = territory;
    }

    public FoodRecoveryProblem toSolverProblem(FoodRecoveryProblemRequest request) {
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
            if (start != null && end != null && shiftInOrder) {
                vehicles.add(new VehicleSpec(vehicle.id(), vehicle.capacityKg(), start, end,
                        epochSecond(vehicle.shiftStart()), epochSecond(vehicle.shiftEnd())));
            }
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
            boolean windowInOrder = !pickup.windowEnd().isBefore(pickup.windowStart());
            if (!windowInOrder) {
                problems.add(new FieldProblem(field + ".windowEnd", pickup.windowEnd(),
                        "window ends before it starts (" + pickup.windowStart() + ")",
                        "set windowEnd at or after windowStart"));
            }
            if (location != null && windowInOrder) {
                pickups.add(new PickupSpec(pickup.id(), locations.size(), epochSecond(pickup.windowStart()),
                        epochSecond(pickup.windowEnd()), pickup.serviceMinutes() * 60L, pickup.kg()));
            }
            locations.add(location);
        }

        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return new FoodRecoveryProblem(new HaversineTravelTimeMatrix(locations, PROFILE), vehicles, pickups);
    }

    /** Where each depot is, by id; the request must be one that {@link #toSolverProblem} accepted. */
    public Map<String, Location> depotPlaces(FoodRecoveryProblemRequest request) {
        return places(request.depots());
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
        return time.atZone(ZONE).toEpochSecond();
    }
}
