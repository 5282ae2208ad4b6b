package org.prossima.solver.foodrecovery;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Surplus food to collect at a donor; it is delivered where the vehicle ends its route.
 *
 * @param id                  unique among the problem's pickups
 * @param location            index into the problem's travel-time matrix
 * @param windows             when the donor can hand the food over (e.g. morning and afternoon
 *                            opening hours), in time order, not overlapping; at least one
 * @param serviceSeconds      time spent loading, not negative
 * @param kg                  food to collect, positive
 * @param compartment         where the food must travel
 * @param maxSecondsOnBoard   the longest time between leaving the donor and arriving at the
 *                            route's end (perishability); 0 for no limit
 * @param perishabilityWeight how much worse leaving a kg of this food uncollected is than a kg
 *                            of food that keeps (1 = keeps); at least 1
 * @param requiredSkills      what the vehicle must have or do (e.g. {@code TAIL_LIFT})
 * @param recipientIds        where the food may be delivered; empty when any recipient that stores its
 *                            compartment may take it, or the vehicle's end location (the association's hub)
 */
public record PickupSpec(String id, int location, List<TimeWindow> windows, long serviceSeconds, int kg,
        Compartment compartment, long maxSecondsOnBoard, int perishabilityWeight, Set<String> requiredSkills,
        Set<String> recipientIds) {

    public PickupSpec {
        Checks.requireId(id, "pickup");
        Checks.requireLocation(location, "pickup " + id + ": location");
        windows = Checks.requireWindows(windows, "pickup " + id);
        if (serviceSeconds < 0) {
            throw new IllegalArgumentException("pickup " + id + ": serviceSeconds must not be negative: "
                    + serviceSeconds);
        }
        if (kg <= 0) {
            throw new IllegalArgumentException("pickup " + id + ": kg must be positive: " + kg);
        }
        Objects.requireNonNull(compartment, "pickup " + id + ": compartment");
        if (maxSecondsOnBoard < 0) {
            throw new IllegalArgumentException("pickup " + id + ": maxSecondsOnBoard must not be negative: "
                    + maxSecondsOnBoard);
        }
        if (perishabilityWeight < 1) {
            throw new IllegalArgumentException("pickup " + id + ": perishabilityWeight must be at least 1: "
                    + perishabilityWeight);
        }
        requiredSkills = Set.copyOf(Objects.requireNonNull(requiredSkills, "pickup " + id + ": requiredSkills"));
        recipientIds = Set.copyOf(Objects.requireNonNull(recipientIds, "pickup " + id + ": recipientIds"));
    }

    /** Food for any recipient or the vehicle's end location. */
    public PickupSpec(String id, int location, List<TimeWindow> windows, long serviceSeconds, int kg,
            Compartment compartment, long maxSecondsOnBoard, int perishabilityWeight, Set<String> requiredSkills) {
        this(id, location, windows, serviceSeconds, kg, compartment, maxSecondsOnBoard, perishabilityWeight,
                requiredSkills, Set.of());
    }

    /** Ambient food with one window, no perishability limit, no special needs, delivered anywhere. */
    public PickupSpec(String id, int location, long windowStart, long windowEnd, long serviceSeconds, int kg) {
        this(id, location, List.of(new TimeWindow(windowStart, windowEnd)), serviceSeconds, kg, Compartment.AMBIENT,
                0, 1, Set.of(), Set.of());
    }

    /** Whether this food may be delivered to the recipient: allowed by the lot and stored by the recipient. */
    public boolean deliverableTo(String recipientId, Set<Compartment> accepted) {
        return (recipientIds.isEmpty() || recipientIds.contains(recipientId)) && accepted.contains(compartment);
    }

    /** Whether this food may stay on board to the vehicle's end location (the hub). */
    public boolean deliverableToRouteEnd() {
        return recipientIds.isEmpty();
    }

    /** When the first window opens. */
    public long windowStart() {
        return windows.getFirst().start();
    }

    /** When the last window closes: arriving later is late. */
    public long windowEnd() {
        return windows.getLast().end();
    }

    /** The kg that count when this pickup is left uncollected: kg × perishability weight. */
    public long weightedKg() {
        return (long) kg * perishabilityWeight;
    }

    /**
     * When service starts for a vehicle arriving at {@code arrival}: on arrival inside a window,
     * at the next window's opening between windows, on arrival when after the last window (late).
     */
    public long serviceStart(long arrival) {
        return serviceStart(windows, arrival);
    }

    static long serviceStart(List<TimeWindow> windows, long arrival) {
        for (TimeWindow window : windows) {
            if (arrival <= window.end()) {
                return Math.max(arrival, window.start());
            }
        }
        return arrival;
    }
}
