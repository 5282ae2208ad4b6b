package org.prossima.solver.foodrecovery;

/**
 * Surplus food to collect at a donor.
 *
 * @param id             unique among the problem's pickups
 * @param location       index into the problem's travel-time matrix
 * @param windowStart    earliest start of service; a vehicle arriving earlier waits, seconds on the timeline
 * @param windowEnd      latest arrival, seconds on the timeline
 * @param serviceSeconds time spent loading, not negative
 * @param kg             food to collect, positive
 */
public record PickupSpec(String id, int location, long windowStart, long windowEnd, long serviceSeconds, int kg) {

    public PickupSpec {
        Checks.requireId(id, "pickup");
        Checks.requireLocation(location, "pickup " + id + ": location");
        if (windowEnd < windowStart) {
            throw new IllegalArgumentException("pickup " + id + ": windowEnd " + windowEnd
                    + " is before windowStart " + windowStart);
        }
        if (serviceSeconds < 0) {
            throw new IllegalArgumentException("pickup " + id + ": serviceSeconds must not be negative: "
                    + serviceSeconds);
        }
        if (kg <= 0) {
            throw new IllegalArgumentException("pickup " + id + ": kg must be positive: " + kg);
        }
    }
}
