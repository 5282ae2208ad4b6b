package org.prossima.api.foodrecovery;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.prossima.api.error.FieldProblem;
import org.prossima.api.error.InvalidRequestException;
import org.prossima.data.foodrecovery.FoodRecoveryPlanRecord;
import org.prossima.data.foodrecovery.FoodRecoveryPlanRecord.RouteRecord;
import org.prossima.data.foodrecovery.FoodRecoveryPlanRecord.StopRecord;
import org.prossima.data.foodrecovery.FoodRecoveryProblemRecord;
import org.prossima.data.foodrecovery.FoodRecoveryProblemRecord.PickupRecord;
import org.prossima.data.foodrecovery.FoodRecoveryProblemRecord.VehicleRecord;
import org.prossima.data.foodrecovery.StopStatus;
import org.prossima.data.foodrecovery.StopStatusRecord;
import org.prossima.data.foodrecovery.StopStatusRepository;
import org.prossima.data.foodrecovery.StoredFoodRecoveryPlan;
import org.prossima.data.security.AccessScope;
import org.springframework.stereotype.Component;

/**
 * A stored plan's day planned again, as the day goes on: its problem, with what the drivers reported and the lots the
 * dispatcher pins. A lot reported collected stays at the head of its vehicle's route (in the order it was visited):
 * it is on board, no other vehicle goes for it. A lot reported not available is left out, uncollected with the reason
 * {@code NOT_AVAILABLE}. The dispatcher's pins follow, in the order the vehicle visited them, then by opening time.
 * The reports are carried over to the new plan, so that its routes show them and a later plan respects them too.
 */
@Component
class Replanning {

    private final FoodRecoveryJobs jobs;
    private final StopStatuses statuses;
    private final StopStatusRepository statusRows;

    Replanning(FoodRecoveryJobs jobs, StopStatuses statuses, StopStatusRepository statusRows) {
        this.jobs = jobs;
        this.statuses = statuses;
        this.statusRows = statusRows;
    }

    /** Queues the day of {@code stored} (a plan with a solution) planned again; 400 for a pin that cannot hold. */
    UUID replan(String association, StoredFoodRecoveryPlan stored, FoodRecoveryProblemRecord problem,
            FoodRecoveryPlanRecord plan, ReplanRequest request, int seconds) {
        Map<String, StopStatusRecord> reported = statuses.of(stored);
        Set<String> unavailable = new LinkedHashSet<>(problem.unavailablePickupIds());
        reported.values().stream().filter(r -> r.status() == StopStatus.NOT_AVAILABLE)
                .forEach(r -> unavailable.add(r.stopRef()));
        Map<String, String> collectedBy = new HashMap<>();
        Map<String, List<String>> pins = new LinkedHashMap<>();
        for (RouteRecord route : plan.routes()) {
            for (StopRecord stop : route.stops()) {
                StopStatusRecord r = stop.isDropOff() ? null : reported.get(stop.stopId());
                if (r != null && r.status() == StopStatus.COLLECTED) {
                    collectedBy.put(stop.stopId(), route.vehicleId());
                    pins.computeIfAbsent(route.vehicleId(), v -> new ArrayList<>()).add(stop.stopId());
                }
            }
        }
        Map<String, List<String>> chosen = request == null || request.pins() == null
                ? previousPins(problem, unavailable, collectedBy.keySet())
                : checkedPins(request.pins(), problem, plan, unavailable, collectedBy);
        chosen.forEach((vehicle, ids) -> pins.computeIfAbsent(vehicle, v -> new ArrayList<>()).addAll(ids));
        UUID id = jobs.queue(association, problem.again(pins, List.copyOf(unavailable)), seconds);
        statusRows.copy(AccessScope.current(), stored.id(), id);
        return id;
    }

    /** The pins the stored problem was made with, but for lots since collected or reported not available. */
    private static Map<String, List<String>> previousPins(FoodRecoveryProblemRecord problem, Set<String> unavailable,
            Set<String> collected) {
        Map<String, List<String>> pins = new LinkedHashMap<>();
        for (VehicleRecord vehicle : problem.vehicles()) {
            List<String> kept = vehicle.pinnedStopIds().stream()
                    .filter(id -> !unavailable.contains(id) && !collected.contains(id)).toList();
            if (!kept.isEmpty()) {
                pins.put(vehicle.id(), kept);
            }
        }
        return pins;
    }

    private static Map<String, List<String>> checkedPins(List<PinRequest> requested, FoodRecoveryProblemRecord problem,
            FoodRecoveryPlanRecord plan, Set<String> unavailable, Map<String, String> collectedBy) {
        Set<String> pickups = new HashSet<>();
        problem.pickups().forEach(p -> pickups.add(p.id()));
        Set<String> vehicles = new HashSet<>();
        problem.vehicles().forEach(v -> vehicles.add(v.id()));
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<String, List<String>> pins = new LinkedHashMap<>();
        for (int i = 0; i < requested.size(); i++) {
            PinRequest pin = requested.get(i);
            String field = "pins[" + i + "]";
            if (!pickups.contains(pin.pickup())) {
                problems.add(new FieldProblem(field + ".pickup", pin.pickup(), "no pickup of the plan has this id",
                        "pin the pickups the plan lists"));
            } else if (!vehicles.contains(pin.vehicle())) {
                problems.add(new FieldProblem(field + ".vehicle", pin.vehicle(), "no vehicle of the plan has this id",
                        "pin to the vehicles the plan lists"));
            } else if (!seen.add(pin.pickup())) {
                problems.add(new FieldProblem(field + ".pickup", pin.pickup(), "pickup pinned more than once",
                        "a lot is collected by one vehicle only"));
            } else if (unavailable.contains(pin.pickup())) {
                problems.add(new FieldProblem(field + ".pickup", pin.pickup(), "the driver reported it not available",
                        "leave it unpinned: it is left out of the new plan"));
            } else if (collectedBy.containsKey(pin.pickup())) {
                if (!collectedBy.get(pin.pickup()).equals(pin.vehicle())) {
                    problems.add(new FieldProblem(field + ".vehicle", pin.vehicle(), "the lot is already collected "
                            + "by vehicle " + collectedBy.get(pin.pickup()), "leave it on the vehicle that has it"));
                }
            } else {
                pins.computeIfAbsent(pin.vehicle(), v -> new ArrayList<>()).add(pin.pickup());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        pins.forEach((vehicle, ids) -> ids.sort(visitOrder(problem, plan, vehicle)));
        return pins;
    }

    /** The order of a vehicle's pins: those its route visited, as it did; then the others by opening time. */
    private static Comparator<String> visitOrder(FoodRecoveryProblemRecord problem, FoodRecoveryPlanRecord plan,
            String vehicleId) {
        List<String> visited = plan.route(vehicleId).map(r -> r.stops().stream().map(StopRecord::stopId).toList())
                .orElse(List.of());
        Map<String, Long> opens = new HashMap<>();
        problem.pickups().forEach(p -> opens.put(p.id(), opening(p)));
        return Comparator.<String>comparingInt(id -> visited.contains(id) ? visited.indexOf(id) : Integer.MAX_VALUE)
                .thenComparingLong(opens::get);
    }

    private static long opening(PickupRecord pickup) {
        return pickup.windows().stream().mapToLong(w -> w.start()).min().orElse(Long.MAX_VALUE);
    }
}
