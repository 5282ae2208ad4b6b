package org.prossima.solver.foodrecovery;

import java.util.List;

/**
 * One vehicle's route. An unused vehicle has no stops, does not travel and returns when it departs.
 *
 * @param vehicleId        the vehicle's id
 * @param stops            pickups and drop-offs in visiting order
 * @param departureTime    when it leaves its start location (the shift start)
 * @param returnTime       when it reaches its end location
 * @param travelSeconds    driving time including the leg back to the end location
 * @param distanceMetres   distance including the leg back to the end location
 * @param collectedKg      kg picked up along the route
 * @param deliveredAtEndIds lots brought to the end location (the association's hub)
 */
public record RoutePlan(String vehicleId, List<StopPlan> stops, long departureTime, long returnTime,
        long travelSeconds, long distanceMetres, long collectedKg, List<String> deliveredAtEndIds) {

    public RoutePlan {
        stops = List.copyOf(stops);
        deliveredAtEndIds = List.copyOf(deliveredAtEndIds);
    }

    /** The pickups of this route, in order. */
    public List<String> pickupIds() {
        return stops.stream().filter(stop -> !stop.isDropOff()).map(StopPlan::stopId).toList();
    }
}
