package org.prossima.solver.foodrecovery;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.prossima.solver.geo.TravelTimeMatrix;

/**
 * One food-recovery routing problem: which vehicle collects which pickup, in what order.
 *
 * @param matrix   travel times and distances between the locations the vehicles and pickups refer to by index
 * @param vehicles available vehicles, ids unique
 * @param pickups  food to collect, ids unique
 */
public record FoodRecoveryProblem(TravelTimeMatrix matrix, List<VehicleSpec> vehicles, List<PickupSpec> pickups) {

    public FoodRecoveryProblem {
        Objects.requireNonNull(matrix, "matrix");
        vehicles = List.copyOf(Objects.requireNonNull(vehicles, "vehicles"));
        pickups = List.copyOf(Objects.requireNonNull(pickups, "pickups"));
        int size = matrix.size();
        Set<String> vehicleIds = new HashSet<>();
        for (VehicleSpec vehicle : vehicles) {
            requireIndex(vehicle.startLocation(), size, "vehicle " + vehicle.id() + ": startLocation");
            requireIndex(vehicle.endLocation(), size, "vehicle " + vehicle.id() + ": endLocation");
            if (!vehicleIds.add(vehicle.id())) {
                throw new IllegalArgumentException("vehicle id is not unique: " + vehicle.id());
            }
        }
        Set<String> pickupIds = new HashSet<>();
        for (PickupSpec pickup : pickups) {
            requireIndex(pickup.location(), size, "pickup " + pickup.id() + ": location");
            if (!pickupIds.add(pickup.id())) {
                throw new IllegalArgumentException("pickup id is not unique: " + pickup.id());
            }
        }
        Set<String> pinned = new HashSet<>();
        for (VehicleSpec vehicle : vehicles) {
            for (String id : vehicle.pinnedPickupIds()) {
                if (!pickupIds.contains(id)) {
                    throw new IllegalArgumentException("vehicle " + vehicle.id() + " pins an unknown pickup: " + id);
                }
                if (!pinned.add(id)) {
                    throw new IllegalArgumentException("pickup " + id + " is pinned more than once");
                }
            }
        }
    }

    private static void requireIndex(int index, int size, String what) {
        if (index >= size) {
            throw new IllegalArgumentException(what + " " + index + " is outside the travel-time matrix, which has "
                    + size + " locations (indexes 0.." + (size - 1) + ")");
        }
    }

    /** Total kg of all pickups. */
    public long totalKg() {
        return pickups.stream().mapToLong(PickupSpec::kg).sum();
    }
}
