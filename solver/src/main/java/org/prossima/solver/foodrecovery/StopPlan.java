package org.prossima.solver.foodrecovery;

import java.util.List;

/**
 * One stop in a route: a pickup, or a drop-off at a recipient.
 *
 * @param stopId             the pickup's id, or the drop-off's ({@link FoodRecoveryProblem#dropOffId})
 * @param recipientId        the recipient of a drop-off; null for a pickup
 * @param arrivalTime        when the vehicle arrives
 * @param serviceStart       when loading or unloading starts: on arrival, or when a window opens
 * @param departureTime      when the vehicle leaves: service start plus service time
 * @param loadAfterKg        kg on board when the vehicle leaves
 * @param deliveredPickupIds the lots handed over at a drop-off; empty for a pickup
 */
public record StopPlan(String stopId, String recipientId, long arrivalTime, long serviceStart, long departureTime,
        int loadAfterKg, List<String> deliveredPickupIds) {

    public StopPlan {
        deliveredPickupIds = List.copyOf(deliveredPickupIds);
    }

    public boolean isDropOff() {
        return recipientId != null;
    }
}
