package org.prossima.api.foodrecovery;

import java.util.ArrayList;
import java.util.List;

import org.prossima.api.error.NotFoundException;
import org.prossima.data.foodrecovery.FoodRecoveryPlanRecord;
import org.prossima.data.foodrecovery.FoodRecoveryPlanRecord.RouteRecord;
import org.prossima.data.foodrecovery.FoodRecoveryPlanRecord.StopRecord;
import org.prossima.data.foodrecovery.FoodRecoveryProblemRecord;
import org.prossima.data.foodrecovery.FoodRecoveryProblemRecord.DepotRecord;
import org.prossima.data.foodrecovery.FoodRecoveryProblemRecord.VehicleRecord;
import org.prossima.solver.travel.Location;

/** One vehicle's route of a stored plan, with what its problem says about the vehicle, its depots and its stops. */
record PlannedRoute(FoodRecoveryProblemRecord problem, FoodRecoveryPlanRecord plan, RouteRecord route,
                    VehicleRecord vehicle) {

    /** The route of {@code vehicleId} in {@code plan}; 404 when the plan has none (an unknown vehicle, one left out). */
    static RouteRecord route(FoodRecoveryPlanRecord plan, String planId, String vehicleId) {
        return plan.route(vehicleId).orElseThrow(() -> new NotFoundException(
                "Plan '" + planId + "' has no vehicle '" + vehicleId + "'",
                "the vehicle ids are those of the posted problem, listed in the plan's vehicles"));
    }

    PlannedRoute(FoodRecoveryProblemRecord problem, FoodRecoveryPlanRecord plan, RouteRecord route) {
        this(problem, plan, route, problem.vehicle(route.vehicleId()));
    }

    DepotRecord startDepot() {
        return problem.depot(vehicle.startDepot());
    }

    DepotRecord endDepot() {
        return problem.depot(vehicle.endDepot());
    }

    Location place(DepotRecord depot) {
        return problem.location(depot.place());
    }

    Location place(StopRecord stop) {
        return problem.location(stop.place());
    }

    /** The vehicle's places in driving order: its start depot, each stop, its end depot. */
    List<Location> places() {
        List<Location> places = new ArrayList<>();
        places.add(place(startDepot()));
        route.stops().forEach(stop -> places.add(place(stop)));
        places.add(place(endDepot()));
        return places;
    }
}
