package org.prossima.solver.foodrecovery;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.prossima.solver.geo.TravelTimeMatrix;

/**
 * Recomputes route timings, loads, totals and violations from the problem records alone, without Timefold. It is
 * the independent feasibility check of a plan and the source of every figure in a {@link FoodRecoveryPlan}.
 * Immutable and thread-safe.
 */
public final class RouteEvaluator {

    private final FoodRecoveryProblem problem;
    private final Map<String, PickupSpec> pickupsById = new HashMap<>();

    public RouteEvaluator(FoodRecoveryProblem problem) {
        this.problem = Objects.requireNonNull(problem, "problem");
        problem.pickups().forEach(pickup -> pickupsById.put(pickup.id(), pickup));
    }

    /**
     * @param pickupIdsPerVehicle the pickup ids each vehicle collects in visiting order, one list per vehicle in the
     *                            problem's order
     * @throws IllegalArgumentException when the list count differs from the vehicle count, or a pickup id is unknown
     *                                  or appears twice
     */
    public RouteEvaluation evaluate(List<List<String>> pickupIdsPerVehicle) {
        if (pickupIdsPerVehicle.size() != problem.vehicles().size()) {
            throw new IllegalArgumentException("expected one route per vehicle (" + problem.vehicles().size()
                    + "), got " + pickupIdsPerVehicle.size());
        }
        Set<String> assigned = new HashSet<>();
        List<RoutePlan> routes = new ArrayList<>();
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < pickupIdsPerVehicle.size(); i++) {
            List<PickupSpec> route = resolve(pickupIdsPerVehicle.get(i), assigned);
            routes.add(evaluateRoute(problem.vehicles().get(i), route, violations));
        }
        List<String> unassigned = new ArrayList<>();
        long unassignedKg = 0;
        long unassignedWeightedKg = 0;
        for (PickupSpec pickup : problem.pickups()) {
            if (!assigned.contains(pickup.id())) {
                unassigned.add(pickup.id());
                unassignedKg += pickup.kg();
                unassignedWeightedKg += pickup.weightedKg();
            }
        }
        long travel = routes.stream().mapToLong(RoutePlan::travelSeconds).sum();
        long distance = routes.stream().mapToLong(RoutePlan::distanceMetres).sum();
        return new RouteEvaluation(routes, unassigned, violations, unassignedKg, unassignedWeightedKg, travel, distance);
    }

    private List<PickupSpec> resolve(List<String> ids, Set<String> assigned) {
        List<PickupSpec> route = new ArrayList<>(ids.size());
        for (String id : ids) {
            PickupSpec pickup = pickupsById.get(id);
            if (pickup == null) {
                throw new IllegalArgumentException("unknown pickup id in route: " + id);
            }
            if (!assigned.add(id)) {
                throw new IllegalArgumentException("pickup " + id + " appears more than once in the routes");
            }
            route.add(pickup);
        }
        return route;
    }

    private RoutePlan evaluateRoute(VehicleSpec vehicle, List<PickupSpec> route, List<Violation> violations) {
        if (route.isEmpty()) {
            return new RoutePlan(vehicle.id(), List.of(), vehicle.shiftStart(), vehicle.shiftStart(), 0, 0);
        }
        TravelTimeMatrix matrix = problem.matrix();
        List<StopPlan> stops = new ArrayList<>(route.size());
        int at = vehicle.startLocation();
        long time = vehicle.shiftStart();
        long travel = 0;
        long distance = 0;
        int load = 0;
        long[] loadByCompartment = new long[Compartment.values().length];
        for (PickupSpec pickup : route) {
            travel += matrix.travelSeconds(at, pickup.location());
            distance += matrix.distanceMetres(at, pickup.location());
            long arrival = time + matrix.travelSeconds(at, pickup.location());
            long serviceStart = pickup.serviceStart(arrival);
            time = serviceStart + pickup.serviceSeconds();
            load += pickup.kg();
            stops.add(new StopPlan(pickup.id(), arrival, serviceStart, time, load));
            if (arrival > pickup.windowEnd()) {
                violations.add(new Violation(FoodRecoveryConstraints.PICKUP_LATE, vehicle.id(), pickup.id(),
                        minutesLate(arrival - pickup.windowEnd())));
            }
            if (vehicle.capacity().carries(pickup.compartment())) {
                loadByCompartment[pickup.compartment().ordinal()] += pickup.kg();
            } else {
                violations.add(new Violation(FoodRecoveryConstraints.MISSING_COMPARTMENT, vehicle.id(), pickup.id(),
                        pickup.kg()));
            }
            long missingSkills = pickup.requiredSkills().stream().filter(s -> !vehicle.skills().contains(s)).count();
            if (missingSkills > 0) {
                violations.add(new Violation(FoodRecoveryConstraints.MISSING_SKILL, vehicle.id(), pickup.id(),
                        missingSkills));
            }
            at = pickup.location();
        }
        travel += matrix.travelSeconds(at, vehicle.endLocation());
        distance += matrix.distanceMetres(at, vehicle.endLocation());
        long returnTime = time + matrix.travelSeconds(at, vehicle.endLocation());
        long excess = vehicle.capacity().excessKg(loadByCompartment[Compartment.AMBIENT.ordinal()],
                loadByCompartment[Compartment.CHILLED.ordinal()], loadByCompartment[Compartment.FROZEN.ordinal()]);
        if (excess > 0) {
            violations.add(new Violation(FoodRecoveryConstraints.VEHICLE_CAPACITY, vehicle.id(), null, excess));
        }
        if (returnTime > vehicle.shiftEnd()) {
            violations.add(new Violation(FoodRecoveryConstraints.SHIFT_END, vehicle.id(), null,
                    minutesLate(returnTime - vehicle.shiftEnd())));
        }
        long routeSeconds = returnTime - vehicle.shiftStart();
        if (vehicle.maxRouteSeconds() > 0 && routeSeconds > vehicle.maxRouteSeconds()) {
            violations.add(new Violation(FoodRecoveryConstraints.MAX_ROUTE_DURATION, vehicle.id(), null,
                    minutesLate(routeSeconds - vehicle.maxRouteSeconds())));
        }
        for (int i = 0; i < route.size(); i++) {
            PickupSpec pickup = route.get(i);
            long onBoard = returnTime - stops.get(i).departureTime();
            if (pickup.maxSecondsOnBoard() > 0 && onBoard > pickup.maxSecondsOnBoard()) {
                violations.add(new Violation(FoodRecoveryConstraints.PERISHABILITY, vehicle.id(), pickup.id(),
                        minutesLate(onBoard - pickup.maxSecondsOnBoard())));
            }
        }
        return new RoutePlan(vehicle.id(), stops, vehicle.shiftStart(), returnTime, travel, distance);
    }

    /** Whole minutes late, any started minute counting as one. */
    private static long minutesLate(long secondsLate) {
        return (secondsLate + 59) / 60;
    }
}
