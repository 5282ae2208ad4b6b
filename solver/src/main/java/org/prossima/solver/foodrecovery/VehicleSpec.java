package org.prossima.solver.foodrecovery;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A vehicle (volunteer's car or refrigerated van) available for one shift.
 *
 * @param id              unique among the problem's vehicles
 * @param capacity        kg it can carry per compartment
 * @param startLocation   index into the travel-time matrix where the shift starts (a depot, or a
 *                        volunteer's home)
 * @param endLocation     index where the shift ends, where the collected food is delivered
 * @param shiftStart      when the vehicle leaves its start location, seconds on the problem's timeline
 * @param shiftEnd        latest return to the end location, seconds on the same timeline
 * @param maxRouteSeconds the longest the route may last from departure to return; 0 for no limit
 * @param skills          what the vehicle has or can do (e.g. {@code TAIL_LIFT})
 * @param pinnedStopIds pickups already done or confirmed, in order: they stay at the head of
 *                        this vehicle's route when the plan is solved again
 */
public record VehicleSpec(String id, Capacity capacity, int startLocation, int endLocation, long shiftStart,
        long shiftEnd, long maxRouteSeconds, Set<String> skills, List<String> pinnedStopIds) {

    public VehicleSpec {
        Checks.requireId(id, "vehicle");
        Objects.requireNonNull(capacity, "vehicle " + id + ": capacity");
        Checks.requireLocation(startLocation, "vehicle " + id + ": startLocation");
        Checks.requireLocation(endLocation, "vehicle " + id + ": endLocation");
        if (shiftEnd < shiftStart) {
            throw new IllegalArgumentException("vehicle " + id + ": shiftEnd " + shiftEnd
                    + " is before shiftStart " + shiftStart);
        }
        if (maxRouteSeconds < 0) {
            throw new IllegalArgumentException("vehicle " + id + ": maxRouteSeconds must not be negative: "
                    + maxRouteSeconds);
        }
        skills = Set.copyOf(Objects.requireNonNull(skills, "vehicle " + id + ": skills"));
        pinnedStopIds = List.copyOf(Objects.requireNonNull(pinnedStopIds, "vehicle " + id + ": pinnedStopIds"));
    }

    /** Ambient space only, no route limit, no skills, nothing pinned. */
    public VehicleSpec(String id, int capacityKg, int startLocation, int endLocation, long shiftStart, long shiftEnd) {
        this(id, Capacity.ambient(capacityKg), startLocation, endLocation, shiftStart, shiftEnd, 0, Set.of(), List.of());
    }
}
