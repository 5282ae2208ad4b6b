package org.prossima.api.foodrecovery;

import static org.prossima.api.foodrecovery.FoodRecoveryPlanResponses.km;
import static org.prossima.api.foodrecovery.FoodRecoveryPlanResponses.local;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.prossima.api.error.NotFoundException;
import org.prossima.api.foodrecovery.MyRoutesResponse.Place;
import org.prossima.api.foodrecovery.MyRoutesResponse.Route;
import org.prossima.api.foodrecovery.MyRoutesResponse.Stop;
import org.prossima.api.security.Caller;
import org.prossima.data.foodrecovery.FoodRecoveryPlanRecord.RouteRecord;
import org.prossima.data.foodrecovery.FoodRecoveryPlanRecord.StopRecord;
import org.prossima.data.foodrecovery.FoodRecoveryPlanRepository;
import org.prossima.data.foodrecovery.FoodRecoveryPlanRepository.AssignedVehicle;
import org.prossima.data.foodrecovery.FoodRecoveryProblemRecord;
import org.prossima.data.foodrecovery.FoodRecoveryProblemRecord.DepotRecord;
import org.prossima.data.foodrecovery.FoodRecoveryProblemRecord.PickupRecord;
import org.prossima.data.foodrecovery.FoodRecoveryProblemRecord.RecipientRecord;
import org.prossima.data.foodrecovery.FoodRecoveryProblemRecord.VehicleRecord;
import org.prossima.data.foodrecovery.StopStatusRecord;
import org.prossima.data.foodrecovery.StopStatusRepository;
import org.prossima.data.foodrecovery.StoredFoodRecoveryPlan;
import org.prossima.data.security.AccessScope;
import org.prossima.solver.territory.TerritoryClock;
import org.prossima.solver.travel.Location;
import org.springframework.stereotype.Component;

/**
 * A volunteer driver's routes: only the vehicles a plan of their association names them the driver of, and only on
 * the day of the vehicle's shift and the day before (today and tomorrow, Europe/Rome). Each day's routes come from the
 * association's plan in force that day, its latest solved one.
 */
@Component
class DriverRoutes {

    private static final String PLANS = "/api/v1/food-recovery/plans/";

    private final FoodRecoveryPlanRepository plans;
    private final StopStatusRepository statuses;

    DriverRoutes(FoodRecoveryPlanRepository plans, StopStatusRepository statuses) {
        this.plans = plans;
        this.statuses = statuses;
    }

    /** Whether the driver drives this vehicle of the plan (of their association) today or tomorrow. */
    boolean drives(Caller driver, StoredFoodRecoveryPlan stored, String vehicleId) {
        LocalDate today = TerritoryClock.today();
        return stored.problem().flatMap(problem -> vehicle(problem, vehicleId))
                .filter(vehicle -> driver.username().equals(vehicle.driver()))
                .filter(vehicle -> !vehicle.day().isBefore(today) && !vehicle.day().isAfter(today.plusDays(1)))
                .isPresent();
    }

    /** The answer to a driver asking for a route they do not drive today or tomorrow: 404, as for no route at all. */
    static NotFoundException notYours(String planId, String vehicleId) {
        return new NotFoundException("No route of yours for vehicle '" + vehicleId + "' of plan '" + planId
                + "' today or tomorrow", "GET /api/v1/food-recovery/my-routes lists the routes you drive");
    }

    /** The driver's routes of today and tomorrow, by day then vehicle. */
    MyRoutesResponse routes(Caller driver) {
        LocalDate today = TerritoryClock.today();
        AccessScope scope = AccessScope.current();
        List<Route> routes = new ArrayList<>();
        for (AssignedVehicle assigned : plans.assigned(scope, driver.username(), today, today.plusDays(1))) {
            plans.find(scope, assigned.planId()).flatMap(stored -> route(stored, assigned, reported(scope, stored)))
                    .ifPresent(routes::add);
        }
        return new MyRoutesResponse(driver.username(), today, routes);
    }

    private Map<String, StopStatusRecord> reported(AccessScope scope, StoredFoodRecoveryPlan stored) {
        Map<String, StopStatusRecord> reported = new HashMap<>();
        statuses.of(scope, stored.id()).forEach(r -> reported.put(r.stopRef(), r));
        return reported;
    }

    private static Optional<Route> route(StoredFoodRecoveryPlan stored, AssignedVehicle assigned,
            Map<String, StopStatusRecord> reported) {
        Optional<FoodRecoveryProblemRecord> problem = stored.problem();
        Optional<RouteRecord> route = stored.plan().flatMap(plan -> plan.route(assigned.vehicleId()));
        if (problem.isEmpty() || route.isEmpty()) {
            return Optional.empty(); // the vehicle was left out of the plan: it has no route
        }
        FoodRecoveryProblemRecord p = problem.get();
        RouteRecord r = route.get();
        VehicleRecord vehicle = p.vehicle(r.vehicleId());
        String links = PLANS + stored.id() + "/vehicles/" + r.vehicleId() + "/route.";
        return Optional.of(new Route(stored.id(), r.vehicleId(), assigned.day(), local(r.departureTime()),
                local(r.returnTime()), km(r.distanceMetres()), Math.round(r.travelSeconds() / 60.0),
                depot(p, p.depot(vehicle.startDepot())), depot(p, p.depot(vehicle.endDepot())),
                r.stops().stream().map(stop -> stop(p, stop, reported)).toList(), r.deliveredAtEndIds(), links + "gpx",
                links + "geojson"));
    }

    private static Place depot(FoodRecoveryProblemRecord problem, DepotRecord depot) {
        Location at = problem.location(depot.place());
        return new Place(depot.id(), depot.name(), at.latitude(), at.longitude());
    }

    private static Stop stop(FoodRecoveryProblemRecord problem, StopRecord stop,
            Map<String, StopStatusRecord> reported) {
        Location at = problem.location(stop.place());
        if (stop.isDropOff()) {
            RecipientRecord recipient = problem.recipient(stop.recipientId());
            return new Stop(stop.stopId(), "DROP_OFF", recipient.id(), recipient.name(), null,
                    local(stop.arrivalTime()), local(stop.departureTime()), at.latitude(), at.longitude(),
                    stop.deliveredPickupIds(), null);
        }
        PickupRecord pickup = problem.pickup(stop.stopId());
        return new Stop(stop.stopId(), "PICKUP", null, pickup.donor(), pickup.kg(), local(stop.arrivalTime()),
                local(stop.departureTime()), at.latitude(), at.longitude(), List.of(),
                FoodRecoveryPlanResponses.status(stop, reported));
    }

    private static Optional<VehicleRecord> vehicle(FoodRecoveryProblemRecord problem, String vehicleId) {
        return problem.vehicles().stream().filter(v -> v.id().equals(vehicleId)).findFirst();
    }
}
