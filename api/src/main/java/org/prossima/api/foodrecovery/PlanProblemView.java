package org.prossima.api.foodrecovery;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the screens show of a plan's problem beside its routes: the lots with their donors, the recipients and depots
 * by name, and the vehicles with their drivers and pins. Times are local date-times in Europe/Rome; places WGS84.
 */
public record PlanProblemView(List<Lot> lots, List<Place> recipients, List<Place> depots, List<Vehicle> vehicles,
        List<String> unavailable) {

    /** A lot to collect: {@code opens} the start of its first window. */
    public record Lot(String id, String donor, int kg, String category, double lat, double lon, LocalDateTime opens,
            LocalDateTime closes) {
    }

    public record Place(String id, String name, double lat, double lon) {
    }

    /** A vehicle: {@code pinned} the stops the plan keeps at the head of its route. */
    public record Vehicle(String id, String driver, int capacityKg, int chilledKg, int frozenKg, String startDepot,
            String endDepot, List<String> pinned) {
    }

    public Map<String, Lot> lotsById() {
        return lots.stream().collect(Collectors.toMap(Lot::id, Function.identity()));
    }

    public Map<String, Place> recipientsById() {
        return recipients.stream().collect(Collectors.toMap(Place::id, Function.identity()));
    }

    public Map<String, Place> depotsById() {
        return depots.stream().collect(Collectors.toMap(Place::id, Function.identity()));
    }

    /** The vehicle a lot is pinned to, if any. */
    public String pinnedTo(String lotId) {
        return vehicles.stream().filter(v -> v.pinned().contains(lotId)).map(Vehicle::id).findFirst().orElse(null);
    }
}
