package org.prossima.solver.foodrecovery;

/**
 * One pickup in a route.
 *
 * @param pickupId      the pickup's id
 * @param arrivalTime   when the vehicle arrives
 * @param serviceStart  when loading starts: the arrival or the window start, whichever is later
 * @param departureTime when the vehicle leaves: service start plus service time
 * @param loadAfterKg   kg on board after loading here
 */
public record StopPlan(String pickupId, long arrivalTime, long serviceStart, long departureTime, int loadAfterKg) {

    /** Seconds spent waiting for the window to open. */
    public long waitingSeconds() {
        return serviceStart - arrivalTime;
    }
}
