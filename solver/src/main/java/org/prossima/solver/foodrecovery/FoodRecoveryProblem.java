package org.prossima.solver.foodrecovery;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;

import org.prossima.solver.travel.TravelTimeMatrix;

/**
 * One food-recovery routing problem: which vehicle collects which pickup and where it delivers it,
 * in what order.
 *
 * @param matrix     travel times and distances between the locations the others refer to by index; every location
 *                   referred to must be {@link TravelTimeMatrix#routable routable}
 * @param vehicles   available vehicles, ids unique
 * @param pickups    food to collect, ids unique
 * @param recipients where food may be delivered besides the vehicles' end locations, ids unique
 */
public record FoodRecoveryProblem(TravelTimeMatrix matrix, List<VehicleSpec> vehicles, List<PickupSpec> pickups,
        List<RecipientSpec> recipients) {

    /** Ids of drop-off stops start with this, so they never clash with a pickup's id. */
    public static final String DROP_OFF_PREFIX = "drop-off:";

    /** A problem whose food is all delivered at the vehicles' end locations. */
    public FoodRecoveryProblem(TravelTimeMatrix matrix, List<VehicleSpec> vehicles, List<PickupSpec> pickups) {
        this(matrix, vehicles, pickups, List.of());
    }

    public FoodRecoveryProblem {
        Objects.requireNonNull(matrix, "matrix");
        vehicles = List.copyOf(Objects.requireNonNull(vehicles, "vehicles"));
        pickups = List.copyOf(Objects.requireNonNull(pickups, "pickups"));
        recipients = List.copyOf(Objects.requireNonNull(recipients, "recipients"));
        Set<String> vehicleIds = new HashSet<>();
        for (VehicleSpec vehicle : vehicles) {
            requireIndex(matrix, vehicle.startLocation(), "vehicle " + vehicle.id() + ": startLocation");
            requireIndex(matrix, vehicle.endLocation(), "vehicle " + vehicle.id() + ": endLocation");
            if (!vehicleIds.add(vehicle.id())) {
                throw new IllegalArgumentException("vehicle id is not unique: " + vehicle.id());
            }
        }
        Set<String> pickupIds = new HashSet<>();
        for (PickupSpec pickup : pickups) {
            requireIndex(matrix, pickup.location(), "pickup " + pickup.id() + ": location");
            if (!pickupIds.add(pickup.id())) {
                throw new IllegalArgumentException("pickup id is not unique: " + pickup.id());
            }
        }
        Set<String> recipientIds = new HashSet<>();
        for (RecipientSpec recipient : recipients) {
            requireIndex(matrix, recipient.location(), "recipient " + recipient.id() + ": location");
            if (!recipientIds.add(recipient.id())) {
                throw new IllegalArgumentException("recipient id is not unique: " + recipient.id());
            }
        }
        for (PickupSpec pickup : pickups) {
            if (pickup.id().startsWith(DROP_OFF_PREFIX)) {
                throw new IllegalArgumentException("pickup ids must not start with '" + DROP_OFF_PREFIX + "': "
                        + pickup.id());
            }
            for (String recipient : pickup.recipientIds()) {
                if (!recipientIds.contains(recipient)) {
                    throw new IllegalArgumentException("pickup " + pickup.id() + " names an unknown recipient: "
                            + recipient);
                }
            }
        }
        Set<String> dropOffs = Set.copyOf(dropOffIds(recipients, vehicles.size()));
        Set<String> pinned = new HashSet<>();
        for (VehicleSpec vehicle : vehicles) {
            for (String id : vehicle.pinnedStopIds()) {
                if (!pickupIds.contains(id) && !dropOffs.contains(id)) {
                    throw new IllegalArgumentException("vehicle " + vehicle.id() + " pins an unknown stop: " + id);
                }
                if (!pinned.add(id)) {
                    throw new IllegalArgumentException("stop " + id + " is pinned more than once");
                }
            }
        }
    }

    private static void requireIndex(TravelTimeMatrix matrix, int index, String what) {
        int size = matrix.size();
        if (index >= size) {
            throw new IllegalArgumentException(what + " " + index + " is outside the travel-time matrix, which has "
                    + size + " locations (indexes 0.." + (size - 1) + ")");
        }
        if (!matrix.routable(index)) {
            throw new IllegalArgumentException(what + " " + index + " has no travel times (it could not be routed): "
                    + "leave it out of the problem and report it");
        }
    }

    /**
     * How many times a recipient may be visited in a plan: once per vehicle, up to two, so that
     * several vehicles can bring it food without the search wading through unused visits (four
     * per recipient left the demo day with more uncollected food at 10 s).
     */
    public int dropOffsPerRecipient() {
        return dropOffsPerRecipient(vehicles.size());
    }

    /** {@link #dropOffsPerRecipient()} for a fleet of this size. */
    public static int dropOffsPerRecipient(int vehicleCount) {
        return Math.min(vehicleCount, 2);
    }

    /** The id of a recipient's n-th possible drop-off stop. */
    public static String dropOffId(String recipientId, int n) {
        return DROP_OFF_PREFIX + recipientId + ":" + n;
    }

    /** Every possible drop-off stop's id, recipient by recipient. */
    public List<String> dropOffIds() {
        return dropOffIds(recipients, vehicles.size());
    }

    private static List<String> dropOffIds(List<RecipientSpec> recipients, int vehicleCount) {
        return recipients.stream().flatMap(r -> IntStream.range(0, dropOffsPerRecipient(vehicleCount))
                .mapToObj(n -> dropOffId(r.id(), n))).toList();
    }

    /** Total kg of all pickups. */
    public long totalKg() {
        return pickups.stream().mapToLong(PickupSpec::kg).sum();
    }
}
