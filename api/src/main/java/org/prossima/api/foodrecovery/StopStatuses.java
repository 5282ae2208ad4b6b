package org.prossima.api.foodrecovery;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.prossima.api.error.NotFoundException;
import org.prossima.api.security.Caller;
import org.prossima.data.foodrecovery.FoodRecoveryPlanRecord;
import org.prossima.data.foodrecovery.FoodRecoveryPlanRecord.RouteRecord;
import org.prossima.data.foodrecovery.StopStatus;
import org.prossima.data.foodrecovery.StopStatusRecord;
import org.prossima.data.foodrecovery.StopStatusRepository;
import org.prossima.data.foodrecovery.StoredFoodRecoveryPlan;
import org.prossima.data.security.AccessScope;
import org.prossima.data.security.Role;
import org.springframework.stereotype.Component;

/**
 * What drivers report at the pickups of a plan's routes. A driver reports on the pickups of the vehicle they drive
 * (today or tomorrow, as for reading its route); a dispatcher of the association on any pickup of its plans, to
 * correct a report or to record a phone call. Anything else is not found (404), as for a stop that does not exist.
 */
@Component
class StopStatuses {

    private final StopStatusRepository statuses;
    private final DriverRoutes drivers;

    StopStatuses(StopStatusRepository statuses, DriverRoutes drivers) {
        this.statuses = statuses;
        this.drivers = drivers;
    }

    /** Records the report of {@code caller} on pickup {@code stopId} of the plan, whose solution is {@code plan}. */
    StopStatusRecord report(Caller caller, StoredFoodRecoveryPlan stored, FoodRecoveryPlanRecord plan, String stopId,
            StopStatus status) {
        String vehicleId = vehicleCollecting(plan, stopId).orElseThrow(() -> new NotFoundException(
                "Plan '" + stored.id() + "' has no route collecting pickup '" + stopId + "'",
                "report on the pickups of a route, by the ids its stops list (drop-offs have no report)"));
        if (caller.is(Role.DRIVER) && !drivers.drives(caller, stored, vehicleId)) {
            throw DriverRoutes.notYours(stored.id().toString(), vehicleId);
        }
        AccessScope scope = AccessScope.current();
        statuses.report(scope, stored.id(), vehicleId, stopId, status, caller.username());
        return of(stored).get(stopId);
    }

    /** The reports standing on the plan's pickups, by pickup id. */
    Map<String, StopStatusRecord> of(StoredFoodRecoveryPlan stored) {
        return statuses.of(AccessScope.current(), stored.id()).stream()
                .collect(Collectors.toMap(StopStatusRecord::stopRef, Function.identity()));
    }

    private static Optional<String> vehicleCollecting(FoodRecoveryPlanRecord plan, String stopId) {
        return plan.routes().stream().filter(route -> collects(route, stopId)).map(RouteRecord::vehicleId)
                .findFirst();
    }

    private static boolean collects(RouteRecord route, String stopId) {
        return route.stops().stream().anyMatch(stop -> !stop.isDropOff() && stop.stopId().equals(stopId));
    }
}
