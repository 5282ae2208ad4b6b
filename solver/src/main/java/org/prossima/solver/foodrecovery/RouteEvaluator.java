package org.prossima.solver.foodrecovery;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.prossima.solver.travel.TravelTimeMatrix;

/**
 * Recomputes route timings, loads, deliveries, totals and violations from the problem records
 * alone, without Timefold, its shadow variables or the constraint streams. It is the independent
 * feasibility check of a plan and the source of every figure in a {@link FoodRecoveryPlan}.
 * Independent, not apart: it shares the problem records' small rules with the planning model
 * ({@link PickupSpec#serviceStart} for waiting between windows, {@link Capacity#excessKg} and
 * {@link Capacity#carries} for the compartments), so a mistake in one of those would not show as a
 * disagreement; their exact-amount constraint tests are what covers them. Immutable and thread-safe.
 */
public final class RouteEvaluator {

    private final FoodRecoveryProblem problem;
    private final Map<String, PickupSpec> pickupsById = new HashMap<>();
    private final Map<String, RecipientSpec> recipientsByDropOffId = new HashMap<>();

    public RouteEvaluator(FoodRecoveryProblem problem) {
        this.problem = Objects.requireNonNull(problem, "problem");
        problem.pickups().forEach(pickup -> pickupsById.put(pickup.id(), pickup));
        for (RecipientSpec recipient : problem.recipients()) {
            for (int n = 0; n < problem.dropOffsPerRecipient(); n++) {
                recipientsByDropOffId.put(FoodRecoveryProblem.dropOffId(recipient.id(), n), recipient);
            }
        }
    }

    /**
     * @param stopIdsPerVehicle the stop ids (pickups and drop-offs) each vehicle makes in visiting
     *                          order, one list per vehicle in the problem's order
     * @throws IllegalArgumentException when the list count differs from the vehicle count, or a
     *                                  stop id is unknown or appears twice
     */
    public RouteEvaluation evaluate(List<List<String>> stopIdsPerVehicle) {
        if (stopIdsPerVehicle.size() != problem.vehicles().size()) {
            throw new IllegalArgumentException("expected one route per vehicle (" + problem.vehicles().size()
                    + "), got " + stopIdsPerVehicle.size());
        }
        Set<String> used = new HashSet<>();
        List<RoutePlan> routes = new ArrayList<>();
        List<Violation> violations = new ArrayList<>();
        Map<RecipientSpec, Long> received = new LinkedHashMap<>();
        for (int i = 0; i < stopIdsPerVehicle.size(); i++) {
            for (String id : stopIdsPerVehicle.get(i)) {
                if (!pickupsById.containsKey(id) && !recipientsByDropOffId.containsKey(id)) {
                    throw new IllegalArgumentException("unknown stop id in route: " + id);
                }
                if (!used.add(id)) {
                    throw new IllegalArgumentException("stop " + id + " appears more than once in the routes");
                }
            }
            routes.add(evaluateRoute(problem.vehicles().get(i), stopIdsPerVehicle.get(i), violations, received));
        }
        for (Map.Entry<RecipientSpec, Long> entry : received.entrySet()) {
            RecipientSpec recipient = entry.getKey();
            if (recipient.capacityKg() > 0 && entry.getValue() > recipient.capacityKg()) {
                violations.add(new Violation(FoodRecoveryConstraints.RECIPIENT_CAPACITY, null, recipient.id(),
                        entry.getValue() - recipient.capacityKg()));
            }
        }
        List<String> unassigned = new ArrayList<>();
        long unassignedKg = 0;
        long unassignedWeightedKg = 0;
        for (PickupSpec pickup : problem.pickups()) {
            if (!used.contains(pickup.id())) {
                unassigned.add(pickup.id());
                unassignedKg += pickup.kg();
                unassignedWeightedKg += pickup.weightedKg();
            }
        }
        long travel = routes.stream().mapToLong(RoutePlan::travelSeconds).sum();
        long distance = routes.stream().mapToLong(RoutePlan::distanceMetres).sum();
        return new RouteEvaluation(routes, unassigned, violations, unassignedKg, unassignedWeightedKg, travel, distance,
                unfairKg(received));
    }

    private RoutePlan evaluateRoute(VehicleSpec vehicle, List<String> route, List<Violation> violations,
                                    Map<RecipientSpec, Long> received) {
        if (route.isEmpty()) {
            return new RoutePlan(vehicle.id(), List.of(), vehicle.shiftStart(), vehicle.shiftStart(), 0, 0, 0,
                    List.of());
        }
        TravelTimeMatrix matrix = problem.matrix();
        List<StopPlan> stops = new ArrayList<>(route.size());
        Map<PickupSpec, Long> onBoardSince = new LinkedHashMap<>();
        Map<Compartment, Long> load = new HashMap<>();
        int at = vehicle.startLocation();
        long time = vehicle.shiftStart();
        long travel = 0;
        long distance = 0;
        long collected = 0;
        long worstExcess = 0;
        for (String id : route) {
            PickupSpec pickup = pickupsById.get(id);
            RecipientSpec recipient = recipientsByDropOffId.get(id);
            int location = pickup != null ? pickup.location() : recipient.location();
            List<TimeWindow> windows = pickup != null ? pickup.windows() : recipient.windows();
            long service = pickup != null ? pickup.serviceSeconds() : recipient.serviceSeconds();

            travel += matrix.travelSeconds(at, location);
            distance += matrix.distanceMetres(at, location);
            long arrival = time + matrix.travelSeconds(at, location);
            long serviceStart = PickupSpec.serviceStart(windows, arrival);
            time = serviceStart + service;
            long lastEnd = windows.getLast().end();
            if (arrival > lastEnd) {
                violations.add(new Violation(FoodRecoveryConstraints.LATE_ARRIVAL, vehicle.id(), id,
                        minutesLate(arrival - lastEnd)));
            }

            List<String> delivered = new ArrayList<>();
            if (pickup != null) {
                collected += pickup.kg();
                long missingSkills = pickup.requiredSkills().stream().filter(s -> !vehicle.skills().contains(s))
                        .count();
                if (missingSkills > 0) {
                    violations.add(new Violation(FoodRecoveryConstraints.MISSING_SKILL, vehicle.id(), id,
                            missingSkills));
                }
                if (vehicle.capacity().carries(pickup.compartment())) {
                    onBoardSince.put(pickup, time);
                    load.merge(pickup.compartment(), (long) pickup.kg(), Long::sum);
                    worstExcess = Math.max(worstExcess, excess(vehicle, load));
                } else {
                    violations.add(new Violation(FoodRecoveryConstraints.MISSING_COMPARTMENT, vehicle.id(), id,
                            pickup.kg()));
                }
            } else {
                for (var lots = onBoardSince.entrySet().iterator(); lots.hasNext(); ) {
                    var lot = lots.next();
                    PickupSpec food = lot.getKey();
                    boolean allowed = food.recipientIds().isEmpty() || food.recipientIds().contains(recipient.id());
                    if (allowed && recipient.accepts().contains(food.compartment())) {
                        lots.remove();
                        load.merge(food.compartment(), (long) -food.kg(), Long::sum);
                        received.merge(recipient, (long) food.kg(), Long::sum);
                        delivered.add(food.id());
                        checkPerishability(vehicle, food, lot.getValue(), arrival, violations);
                    }
                }
            }
            long onBoard = load.values().stream().mapToLong(Long::longValue).sum();
            stops.add(new StopPlan(id, recipient == null ? null : recipient.id(), arrival, serviceStart, time,
                    (int) onBoard, delivered));
            at = location;
        }
        travel += matrix.travelSeconds(at, vehicle.endLocation());
        distance += matrix.distanceMetres(at, vehicle.endLocation());
        long returnTime = time + matrix.travelSeconds(at, vehicle.endLocation());

        List<String> keptToEnd = new ArrayList<>();
        long undelivered = 0;
        for (var lot : onBoardSince.entrySet()) {
            PickupSpec food = lot.getKey();
            if (food.recipientIds().isEmpty()) {
                keptToEnd.add(food.id());
                checkPerishability(vehicle, food, lot.getValue(), returnTime, violations);
            } else {
                undelivered += food.kg();
            }
        }
        if (undelivered > 0) {
            violations.add(new Violation(FoodRecoveryConstraints.UNDELIVERED, vehicle.id(), null, undelivered));
        }
        if (worstExcess > 0) {
            violations.add(new Violation(FoodRecoveryConstraints.VEHICLE_CAPACITY, vehicle.id(), null, worstExcess));
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
        return new RoutePlan(vehicle.id(), stops, vehicle.shiftStart(), returnTime, travel, distance, collected,
                keptToEnd);
    }

    private static long excess(VehicleSpec vehicle, Map<Compartment, Long> load) {
        return vehicle.capacity().excessKg(load.getOrDefault(Compartment.AMBIENT, 0L),
                load.getOrDefault(Compartment.CHILLED, 0L), load.getOrDefault(Compartment.FROZEN, 0L));
    }

    private static void checkPerishability(VehicleSpec vehicle, PickupSpec food, long leftDonor, long deliveredAt,
                                           List<Violation> violations) {
        long onBoard = deliveredAt - leftDonor;
        if (food.maxSecondsOnBoard() > 0 && onBoard > food.maxSecondsOnBoard()) {
            violations.add(new Violation(FoodRecoveryConstraints.PERISHABILITY, vehicle.id(), food.id(),
                    minutesLate(onBoard - food.maxSecondsOnBoard())));
        }
    }

    /** Half the total distance, in kg, between what the recipients received and their shares of the people. */
    private long unfairKg(Map<RecipientSpec, Long> received) {
        long people = problem.recipients().stream().mapToLong(RecipientSpec::peopleServed).sum();
        if (people == 0) {
            return 0;
        }
        long total = received.entrySet().stream().filter(e -> e.getKey().peopleServed() > 0)
                .mapToLong(Map.Entry::getValue).sum();
        if (total == 0) {
            return 0;
        }
        double deviation = 0;
        for (RecipientSpec recipient : problem.recipients()) {
            if (recipient.peopleServed() > 0) {
                deviation += Math.abs(received.getOrDefault(recipient, 0L)
                        - (double) total * recipient.peopleServed() / people);
            }
        }
        return Math.round(deviation / 2);
    }

    /** Whole minutes late, any started minute counting as one. */
    private static long minutesLate(long secondsLate) {
        return (secondsLate + 59) / 60;
    }
}
