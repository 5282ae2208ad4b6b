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
 */
public record PickupSpec(String id, int location, List<TimeWindow> windows, long serviceSeconds, int kg,
        Compartment compartment, long maxSecondsOnBoard, int perishabilityWeight, Set<String> requiredSkills) {

    public PickupSpec {
        Checks.requireId(id, "pickup");
        Checks.requireLocation(location, "pickup " + id + ": location");
        windows = List.copyOf(Objects.requireNonNull(windows, "pickup " + id + ": windows"));
        if (windows.isEmpty()) {
            throw new IllegalArgumentException("pickup " + id + ": at least one time window is needed");
        }
        for (int i = 1; i < windows.size(); i++) {
            if (windows.get(i).start() <= windows.get(i - 1).end()) {
                throw new IllegalArgumentException("pickup " + id + ": windows must be in time order and must not "
                        + "overlap: " + windows.get(i - 1) + " then " + windows.get(i));
            }
        }
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
    }

    /** Ambient food with one window, no perishability limit and no special needs. */
    public PickupSpec(String id, int location, long windowStart, long windowEnd, long serviceSeconds, int kg) {
        this(id, location, List.of(new TimeWindow(windowStart, windowEnd)), serviceSeconds, kg, Compartment.AMBIENT,
                0, 1, Set.of());
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
