package org.prossima.api.foodrecovery;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.prossima.api.foodrecovery.FoodRecoveryPlanResponse.Result;
import org.prossima.api.foodrecovery.FoodRecoveryPlanResponse.VehicleRoute;
import org.prossima.data.foodrecovery.StoredFoodRecoveryPlan;
import org.prossima.solver.travel.Location;

/**
 * A stored plan read back with its problem: the request as posted, the plan found so far and
 * where every depot and pickup is.
 */
record StoredPlanView(StoredFoodRecoveryPlan stored, FoodRecoveryProblemRequest request, Result result,
                      Map<String, Location> depotPlaces, Map<String, Location> pickupPlaces,
                      Map<String, Location> recipientPlaces) {

    VehicleRequest vehicleRequest(String vehicleId) {
        return request.vehicles().stream().filter(v -> v.id().equals(vehicleId)).findFirst().orElseThrow();
    }

    PickupRequest pickupRequest(String pickupId) {
        return request.pickups().stream().filter(p -> p.id().equals(pickupId)).findFirst().orElseThrow();
    }

    RecipientRequest recipientRequest(String recipientId) {
        return request.recipientsOrEmpty().stream().filter(r -> r.id().equals(recipientId)).findFirst().orElseThrow();
    }

    /** Where a stop of the plan is: its pickup's place, or its recipient's for a drop-off. */
    Location place(FoodRecoveryPlanResponse.Stop stop) {
        return stop.recipient() == null ? pickupPlaces.get(stop.id()) : recipientPlaces.get(stop.recipient());
    }

    /** The solver's routes as stop ids per vehicle, in the problem's vehicle order. */
    List<List<String>> routeIds() {
        return result.vehicles().stream()
                .map(route -> route.stops().stream().map(FoodRecoveryPlanResponse.Stop::id).toList()).toList();
    }

    /** The vehicle's places in driving order: its start depot, each stop, its end depot. */
    List<Location> routePlaces(String vehicleId) {
        VehicleRequest vehicle = vehicleRequest(vehicleId);
        List<Location> places = new ArrayList<>();
        places.add(depotPlaces.get(vehicle.startDepot()));
        route(vehicleId).stops().forEach(stop -> places.add(place(stop)));
        places.add(depotPlaces.get(vehicle.endDepot() == null ? vehicle.startDepot() : vehicle.endDepot()));
        return places;
    }

    VehicleRoute route(String vehicleId) {
        return result.vehicles().stream().filter(v -> v.id().equals(vehicleId)).findFirst().orElseThrow();
    }
}
