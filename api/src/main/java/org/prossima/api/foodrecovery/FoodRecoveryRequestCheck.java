package org.prossima.api.foodrecovery;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.prossima.api.error.FieldProblem;
import org.prossima.api.error.InvalidRequestException;
import org.prossima.data.foodrecovery.FoodRecoveryProblemRecord;
import org.prossima.data.foodrecovery.FoodRecoveryProblemRecord.DepotRecord;
import org.prossima.data.foodrecovery.FoodRecoveryProblemRecord.PickupRecord;
import org.prossima.data.foodrecovery.FoodRecoveryProblemRecord.PlaceRecord;
import org.prossima.data.foodrecovery.FoodRecoveryProblemRecord.RecipientRecord;
import org.prossima.data.foodrecovery.FoodRecoveryProblemRecord.VehicleRecord;
import org.prossima.data.foodrecovery.FoodRecoveryProblemRecord.WindowRecord;
import org.prossima.solver.foodrecovery.Compartment;
import org.prossima.solver.foodrecovery.FoodCategory;
import org.prossima.solver.foodrecovery.FoodRecoveryProblem;
import org.prossima.solver.territory.Comune;
import org.prossima.solver.territory.TerritoryClock;

/**
 * Checks a posted problem beyond single fields (unique ids, known depots, recipients and comuni, windows in order,
 * pins to stops that exist, drivers of the association) and turns it into the problem record that is stored and
 * solved. Every problem found is reported at once, by path, value and hint; nothing is fetched: travel times come
 * after, once ({@link FoodRecoveryTravelTimes}). Places are listed depots first, then recipients, then pickups.
 */
final class FoodRecoveryRequestCheck {

    private static final Duration MAX_SHIFT = Duration.ofHours(24);

    private final Function<String, Optional<Comune>> comuni;
    private final Predicate<String> drivers;
    private final List<FieldProblem> problems = new ArrayList<>();
    private final List<PlaceRecord> places = new ArrayList<>();

    /**
     * @param comuni  the comune of ASL TO4 with an ISTAT code, if any
     * @param drivers whether a username is a driver of the dispatcher's association
     */
    private FoodRecoveryRequestCheck(Function<String, Optional<Comune>> comuni, Predicate<String> drivers) {
        this.comuni = comuni;
        this.drivers = drivers;
    }

    /**
     * The problem record of {@code request}, without travel times yet, its vehicles driven by those {@code drivers}
     * accepts.
     *
     * @throws InvalidRequestException with every problem found
     */
    static FoodRecoveryProblemRecord check(FoodRecoveryProblemRequest request,
            Function<String, Optional<Comune>> comuni, Predicate<String> drivers) {
        return new FoodRecoveryRequestCheck(comuni, drivers).problem(request);
    }

    private FoodRecoveryProblemRecord problem(FoodRecoveryProblemRequest request) {
        List<DepotRecord> depots = depots(request.depots());
        Set<String> depotIds = new LinkedHashSet<>(depots.stream().map(DepotRecord::id).toList());
        List<VehicleRecord> vehicles = vehicles(request.vehicles(), depotIds);
        List<RecipientRecord> recipients = recipients(request.recipientsOrEmpty());
        Set<String> recipientIds = new LinkedHashSet<>(request.recipientsOrEmpty().stream()
                .map(RecipientRequest::id).toList());
        List<PickupRecord> pickups = pickups(request.pickups(), recipientIds);
        checkPins(request, recipientIds);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return new FoodRecoveryProblemRecord(FoodRecoveryTravelTimes.PROFILE.name(), places, depots, vehicles,
                pickups, recipients, null);
    }

    private List<DepotRecord> depots(List<DepotRequest> requests) {
        List<DepotRecord> depots = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < requests.size(); i++) {
            DepotRequest depot = requests.get(i);
            String field = "depots[" + i + "]";
            if (!ids.add(depot.id())) {
                problems.add(new FieldProblem(field + ".id", depot.id(), "depot id is not unique",
                        "give every depot its own id"));
            }
            depots.add(new DepotRecord(depot.id(), depot.name(), place(depot, field)));
        }
        return depots;
    }

    private List<VehicleRecord> vehicles(List<VehicleRequest> requests, Set<String> depotIds) {
        List<VehicleRecord> vehicles = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < requests.size(); i++) {
            VehicleRequest vehicle = requests.get(i);
            String field = "vehicles[" + i + "]";
            if (!ids.add(vehicle.id())) {
                problems.add(new FieldProblem(field + ".id", vehicle.id(), "vehicle id is not unique",
                        "give every vehicle its own id"));
            }
            boolean depotsKnown = depot(depotIds, vehicle.startDepot(), field + ".startDepot")
                    & (vehicle.endDepot() == null || depot(depotIds, vehicle.endDepot(), field + ".endDepot"));
            boolean shiftInOrder = vehicle.shiftEnd().isAfter(vehicle.shiftStart());
            if (!shiftInOrder) {
                problems.add(new FieldProblem(field + ".shiftEnd", vehicle.shiftEnd(),
                        "shift ends at or before it starts (" + vehicle.shiftStart() + ")",
                        "set shiftEnd after shiftStart"));
            } else if (Duration.between(vehicle.shiftStart(), vehicle.shiftEnd()).compareTo(MAX_SHIFT) > 0) {
                problems.add(new FieldProblem(field + ".shiftEnd", vehicle.shiftEnd(),
                        "shift is longer than 24 hours", "plan one day at a time"));
            }
            int chilled = vehicle.chilledKg() == null ? 0 : vehicle.chilledKg();
            int frozen = vehicle.frozenKg() == null ? 0 : vehicle.frozenKg();
            boolean carries = vehicle.capacityKg() + chilled + frozen > 0;
            if (!carries) {
                problems.add(new FieldProblem(field + ".capacityKg", 0, "the vehicle has no space at all",
                        "give capacityKg (ambient), chilledKg or frozenKg greater than 0"));
            }
            if (vehicle.driver() != null && !drivers.test(vehicle.driver())) {
                problems.add(new FieldProblem(field + ".driver", vehicle.driver(),
                        "no driver of your association has this username",
                        "name a user with role DRIVER of your association, or leave driver out"));
            }
            if (depotsKnown && shiftInOrder && carries) {
                vehicles.add(new VehicleRecord(vehicle.id(), vehicle.capacityKg(), chilled, frozen,
                        vehicle.startDepot(), vehicle.endDepot() == null ? vehicle.startDepot() : vehicle.endDepot(),
                        epochSecond(vehicle.shiftStart()), epochSecond(vehicle.shiftEnd()),
                        vehicle.maxRouteMinutes() == null ? 0 : vehicle.maxRouteMinutes() * 60L,
                        distinct(vehicle.skills()), orEmpty(vehicle.pinnedStops()), vehicle.driver()));
            }
        }
        return vehicles;
    }

    private List<RecipientRecord> recipients(List<RecipientRequest> requests) {
        List<RecipientRecord> recipients = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < requests.size(); i++) {
            RecipientRequest recipient = requests.get(i);
            String field = "recipients[" + i + "]";
            if (!ids.add(recipient.id())) {
                problems.add(new FieldProblem(field + ".id", recipient.id(), "recipient id is not unique",
                        "give every recipient its own id"));
            }
            int place = place(recipient, field);
            List<WindowRecord> windows = WindowsCheck.windows(recipient, field, problems);
            if (windows != null) {
                List<Compartment> accepts = recipient.accepts() == null || recipient.accepts().isEmpty()
                        ? List.of(Compartment.AMBIENT, Compartment.CHILLED)
                        : List.copyOf(EnumSet.copyOf(recipient.accepts()));
                recipients.add(new RecipientRecord(recipient.id(), recipient.name(), place, windows,
                        recipient.serviceMinutes() * 60L, recipient.capacityKg() == null ? 0 : recipient.capacityKg(),
                        recipient.peopleServed(), accepts));
            }
        }
        return recipients;
    }

    private List<PickupRecord> pickups(List<PickupRequest> requests, Set<String> recipientIds) {
        List<PickupRecord> pickups = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < requests.size(); i++) {
            PickupRequest pickup = requests.get(i);
            String field = "pickups[" + i + "]";
            if (!ids.add(pickup.id())) {
                problems.add(new FieldProblem(field + ".id", pickup.id(), "pickup id is not unique",
                        "give every pickup its own id"));
            }
            int place = place(pickup, field);
            List<WindowRecord> windows = WindowsCheck.windows(pickup, field, problems);
            if (windows != null) {
                FoodCategory category = pickup.categoryOrDefault();
                int maxMinutes = pickup.maxMinutesOnBoard() == null ? category.maxMinutesOnBoard()
                        : pickup.maxMinutesOnBoard();
                pickups.add(new PickupRecord(pickup.id(), pickup.donor(), place, windows,
                        pickup.serviceMinutes() * 60L, pickup.kg(), category, category.compartment(), maxMinutes * 60L,
                        category.perishabilityWeight(), distinct(pickup.requiredSkills()), distinct(pickup.recipients())));
            }
            List<String> named = orEmpty(pickup.recipients());
            for (int r = 0; r < named.size(); r++) {
                if (!recipientIds.contains(named.get(r))) {
                    problems.add(new FieldProblem(field + ".recipients[" + r + "]", named.get(r),
                            "no recipient has this id", "use one of the ids in recipients: " + recipientIds));
                }
            }
        }
        return pickups;
    }

    private void checkPins(FoodRecoveryProblemRequest request, Set<String> recipientIds) {
        Set<String> stopIds = new HashSet<>();
        request.pickups().forEach(p -> stopIds.add(p.id()));
        int dropOffs = FoodRecoveryProblem.dropOffsPerRecipient(request.vehicles().size());
        for (String recipient : recipientIds) {
            for (int n = 0; n < dropOffs; n++) {
                stopIds.add(FoodRecoveryProblem.dropOffId(recipient, n));
            }
        }
        Set<String> pinned = new HashSet<>();
        for (int i = 0; i < request.vehicles().size(); i++) {
            List<String> pins = orEmpty(request.vehicles().get(i).pinnedStops());
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

    /** The index of the item's place, by coordinates or comune; a problem (and -1) when there is none. */
    private int place(PlaceRequest item, String field) {
        PlaceRecord place = placeOf(item, field);
        places.add(place);
        return place == null ? -1 : places.size() - 1;
    }

    private PlaceRecord placeOf(PlaceRequest item, String field) {
        boolean hasCoordinates = item.lat() != null || item.lon() != null;
        boolean hasComune = item.istatCode() != null;
        if (hasCoordinates == hasComune) {
            problems.add(new FieldProblem(field, hasComune ? item.istatCode() : null,
                    hasComune ? "both coordinates and istatCode given" : "no place given",
                    "give either lat and lon, or the istatCode of a comune of ASL TO4"));
            return null;
        }
        if (hasComune) {
            Optional<Comune> comune = comuni.apply(item.istatCode());
            if (comune.isEmpty()) {
                problems.add(new FieldProblem(field + ".istatCode", item.istatCode(),
                        "no comune of ASL TO4 has this ISTAT code",
                        "use a 6-digit code listed by GET /api/v1/territory/comuni, e.g. 001125 (Ivrea)"));
                return null;
            }
            return new PlaceRecord(comune.get().lat(), comune.get().lon());
        }
        if (item.lat() == null || item.lat() < -90 || item.lat() > 90) {
            problems.add(new FieldProblem(field + ".lat", item.lat(), "latitude missing or out of range",
                    "use decimal degrees between -90 and 90 (WGS84), e.g. 45.4669"));
            return null;
        }
        if (item.lon() == null || item.lon() < -180 || item.lon() > 180) {
            problems.add(new FieldProblem(field + ".lon", item.lon(), "longitude missing or out of range",
                    "use decimal degrees between -180 and 180 (WGS84), e.g. 7.8759"));
            return null;
        }
        return new PlaceRecord(item.lat(), item.lon());
    }

    private boolean depot(Set<String> depotIds, String id, String field) {
        if (!depotIds.contains(id)) {
            problems.add(new FieldProblem(field, id, "no depot has this id", "use one of the ids in depots: "
                    + depotIds));
            return false;
        }
        return true;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** The list without repeats, in its order (skills and recipients are sets). */
    private static List<String> distinct(List<String> list) {
        return List.copyOf(new LinkedHashSet<>(orEmpty(list)));
    }

    static long epochSecond(LocalDateTime time) {
        return time.atZone(TerritoryClock.ZONE).toEpochSecond();
    }
}
