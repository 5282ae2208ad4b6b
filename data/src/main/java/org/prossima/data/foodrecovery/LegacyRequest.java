package org.prossima.data.foodrecovery;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.prossima.data.foodrecovery.FoodRecoveryProblemRecord.DepotRecord;
import org.prossima.data.foodrecovery.FoodRecoveryProblemRecord.PickupRecord;
import org.prossima.data.foodrecovery.FoodRecoveryProblemRecord.PlaceRecord;
import org.prossima.data.foodrecovery.FoodRecoveryProblemRecord.RecipientRecord;
import org.prossima.data.foodrecovery.FoodRecoveryProblemRecord.VehicleRecord;
import org.prossima.data.foodrecovery.FoodRecoveryProblemRecord.WindowRecord;
import org.prossima.solver.foodrecovery.Compartment;
import org.prossima.solver.foodrecovery.FoodCategory;
import org.prossima.solver.territory.TerritoryClock;
import tools.jackson.databind.JsonNode;

/**
 * A food-recovery request as versions before the plan table stored it (the API's request JSON), read into the
 * problem record it meant. The request was checked when it was posted, so this reads it without checking it again,
 * with the meaning that version gave it: places by coordinates or by a comune's ISTAT code (its town hall), depots
 * first, then recipients, then pickups; a missing end depot is the start depot; a pickup without a category is dry
 * goods, with the category's time on board unless it set its own; a recipient without {@code accepts} takes ambient
 * and chilled food. Times are local date-times of the territory. The service's request check gives the same record
 * for the same request (tested in the service).
 */
public final class LegacyRequest {

    /** The travel profile every plan of those versions used: the van's. */
    public static final String PROFILE = "VAN";

    private final Function<String, Optional<PlaceRecord>> comuni;
    private final List<PlaceRecord> places = new ArrayList<>();

    private LegacyRequest(Function<String, Optional<PlaceRecord>> comuni) {
        this.comuni = comuni;
    }

    /**
     * The problem record of {@code request}, without travel times yet.
     *
     * @param comuni the town hall of a comune by ISTAT code
     * @throws IllegalArgumentException when a place cannot be found again (a comune no longer known)
     */
    public static FoodRecoveryProblemRecord problem(JsonNode request, Function<String, Optional<PlaceRecord>> comuni) {
        return new LegacyRequest(comuni).read(request);
    }

    private FoodRecoveryProblemRecord read(JsonNode request) {
        List<DepotRecord> depots = new ArrayList<>();
        for (JsonNode depot : request.path("depots")) {
            depots.add(new DepotRecord(text(depot, "id"), text(depot, "name"), place(depot)));
        }
        List<VehicleRecord> vehicles = new ArrayList<>();
        for (JsonNode v : request.path("vehicles")) {
            String start = text(v, "startDepot");
            String end = text(v, "endDepot");
            vehicles.add(new VehicleRecord(text(v, "id"), v.path("capacityKg").asInt(), v.path("chilledKg").asInt(0),
                    v.path("frozenKg").asInt(0), start, end == null ? start : end, epochSecond(v.path("shiftStart")),
                    epochSecond(v.path("shiftEnd")), v.path("maxRouteMinutes").asLong(0) * 60, distinct(v, "skills"),
                    strings(v, "pinnedStops"), null));
        }
        List<RecipientRecord> recipients = new ArrayList<>();
        for (JsonNode r : request.path("recipients")) {
            List<Compartment> accepts = strings(r, "accepts").stream().map(Compartment::valueOf).toList();
            recipients.add(new RecipientRecord(text(r, "id"), text(r, "name"), place(r), windows(r),
                    r.path("serviceMinutes").asLong() * 60, r.path("capacityKg").asInt(0), r.path("peopleServed").asInt(),
                    accepts.isEmpty() ? List.of(Compartment.AMBIENT, Compartment.CHILLED) : ordered(accepts)));
        }
        List<PickupRecord> pickups = new ArrayList<>();
        for (JsonNode p : request.path("pickups")) {
            String categoryName = text(p, "category");
            FoodCategory category = categoryName == null ? FoodCategory.DRY_GOODS : FoodCategory.valueOf(categoryName);
            long maxMinutes = p.path("maxMinutesOnBoard").isNumber() ? p.path("maxMinutesOnBoard").asLong()
                    : category.maxMinutesOnBoard();
            pickups.add(new PickupRecord(text(p, "id"), text(p, "donor"), place(p), windows(p),
                    p.path("serviceMinutes").asLong() * 60, p.path("kg").asInt(), category, category.compartment(),
                    maxMinutes * 60, category.perishabilityWeight(), distinct(p, "requiredSkills"),
                    distinct(p, "recipients")));
        }
        return new FoodRecoveryProblemRecord(PROFILE, places, depots, vehicles, pickups, recipients, null);
    }

    /** The next place's index: its coordinates, or its comune's town hall. */
    private int place(JsonNode item) {
        String istatCode = text(item, "istatCode");
        PlaceRecord place = istatCode != null ? comuni.apply(istatCode).orElseThrow(() -> new IllegalArgumentException(
                text(item, "id") + ": no comune has ISTAT code " + istatCode))
                : new PlaceRecord(item.path("lat").asDouble(), item.path("lon").asDouble());
        places.add(place);
        return places.size() - 1;
    }

    private static List<WindowRecord> windows(JsonNode item) {
        List<WindowRecord> windows = new ArrayList<>();
        if (item.path("windows").isArray()) {
            for (JsonNode w : item.path("windows")) {
                windows.add(new WindowRecord(epochSecond(w.path("start")), epochSecond(w.path("end"))));
            }
        } else {
            windows.add(new WindowRecord(epochSecond(item.path("windowStart")), epochSecond(item.path("windowEnd"))));
        }
        return windows;
    }

    static long epochSecond(JsonNode localDateTime) {
        return LocalDateTime.parse(localDateTime.asString()).atZone(TerritoryClock.ZONE).toEpochSecond();
    }

    static String text(JsonNode item, String field) {
        JsonNode value = item.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asString();
    }

    static List<String> strings(JsonNode item, String field) {
        List<String> values = new ArrayList<>();
        item.path(field).forEach(value -> values.add(value.asString()));
        return values;
    }

    /** The list without repeats, in its order: the request's lists were sets. */
    private static List<String> distinct(JsonNode item, String field) {
        return List.copyOf(new LinkedHashSet<>(strings(item, field)));
    }

    private static List<Compartment> ordered(List<Compartment> compartments) {
        return List.copyOf(EnumSet.copyOf(compartments));
    }
}
