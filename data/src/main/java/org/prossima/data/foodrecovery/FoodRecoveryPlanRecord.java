package org.prossima.data.foodrecovery;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.prossima.data.foodrecovery.FoodRecoveryProblemRecord.PickupRecord;
import org.prossima.solver.equity.Spread;
import org.prossima.solver.foodrecovery.FoodCategory;
import org.prossima.solver.foodrecovery.FoodRecoveryPlan;
import org.prossima.solver.foodrecovery.RoutePlan;
import org.prossima.solver.foodrecovery.StopPlan;
import org.prossima.solver.foodrecovery.UnassignedPickup;
import org.prossima.solver.text.Text;

/**
 * A food-recovery plan as stored: the best so far while solving, the plan once solved. Times are epoch seconds,
 * distances metres; each stop names its place in the problem record ({@link FoodRecoveryProblemRecord#places}).
 *
 * @param routes     one per vehicle planned, in the problem's order, empty routes included
 * @param unassigned the pickups no vehicle collects, with why: the solver's first, then those left out before solving
 * @param leftOut    what was left out before solving because its place has no road travel times
 * @param kgPerPerson equity: kg received per person served, spread over the charities; null in plans stored before
 *                    it was kept
 * @param baselineKgPerPerson the same for the board's baseline on the same day (each lot to the nearest charity that
 *                    may take it); null likewise
 */
public record FoodRecoveryPlanRecord(String score, boolean feasible, String travelTimeSource,
        boolean travelTimeEstimate, List<RouteRecord> routes, TotalsRecord totals, List<UnassignedRecord> unassigned,
        List<LeftOutRecord> leftOut, Spread kgPerPerson, Spread baselineKgPerPerson) {

    /** A plan without its equity figure (carried over from before it was kept). */
    public FoodRecoveryPlanRecord(String score, boolean feasible, String travelTimeSource, boolean travelTimeEstimate,
            List<RouteRecord> routes, TotalsRecord totals, List<UnassignedRecord> unassigned,
            List<LeftOutRecord> leftOut) {
        this(score, feasible, travelTimeSource, travelTimeEstimate, routes, totals, unassigned, leftOut, null, null);
    }

    public FoodRecoveryPlanRecord {
        Objects.requireNonNull(score, "score");
        routes = List.copyOf(routes);
        Objects.requireNonNull(totals, "totals");
        unassigned = List.copyOf(unassigned);
        leftOut = List.copyOf(leftOut);
    }

    /** One vehicle's route; {@code deliveredAtEndIds} are the lots brought back to its end depot. */
    public record RouteRecord(String vehicleId, long departureTime, long returnTime, long travelSeconds,
            long distanceMetres, long collectedKg, List<String> deliveredAtEndIds, List<StopRecord> stops) {

        public RouteRecord {
            deliveredAtEndIds = List.copyOf(deliveredAtEndIds);
            stops = List.copyOf(stops);
        }
    }

    /**
     * A pickup (no {@code recipientId}) or a drop-off at {@code recipientId} handing over {@code deliveredPickupIds}.
     *
     * @param place the stop's place in the problem record, -1 when not known (a plan carried over without it)
     */
    public record StopRecord(String stopId, String recipientId, int place, long arrivalTime, long serviceStart,
            long departureTime, int loadAfterKg, List<String> deliveredPickupIds) {

        public StopRecord {
            deliveredPickupIds = List.copyOf(deliveredPickupIds);
        }

        public boolean isDropOff() {
            return recipientId != null;
        }
    }

    public record TotalsRecord(long travelSeconds, long distanceMetres, int vehiclesUsed, int pickupsAssigned,
            int pickupsUnassigned, long kgCollected, long kgUnassigned) {
    }

    /**
     * An uncollected pickup: {@code reason} an {@code UnassignedReason} code, {@code explanation} its text (null only
     * in plans carried over from a version that gave none).
     */
    public record UnassignedRecord(String pickupId, String reason, Text explanation, int kg) {
    }

    /**
     * A pickup, recipient or vehicle ({@code kind} PICKUP, RECIPIENT, VEHICLE) left out before solving: {@code reason}
     * why its place has no road travel times (NO_ROAD_NEARBY, NOT_CONNECTED), {@code explanation} the text.
     */
    public record LeftOutRecord(String kind, String id, String reason, Text explanation) {
    }

    /** A kg count handed to a recipient, by food category: a fact for the steering board. */
    public record DeliveryRecord(String recipientId, FoodCategory category, long kg) {
    }

    /**
     * The record of the solver's plan of {@code problem}, with the pickups and everything else left out before
     * solving (no road travel times) among the uncollected.
     */
    public static FoodRecoveryPlanRecord of(FoodRecoveryPlan plan, FoodRecoveryProblemRecord problem,
            List<UnassignedRecord> pickupsLeftOut, List<LeftOutRecord> leftOut) {
        Map<String, PickupRecord> pickups = byId(problem);
        List<RouteRecord> routes = plan.routes().stream().map(route -> route(route, problem, pickups)).toList();
        List<UnassignedRecord> unassigned = new ArrayList<>();
        for (UnassignedPickup u : plan.unassigned()) {
            unassigned.add(new UnassignedRecord(u.pickupId(), u.reason().name(), u.explanation(),
                    pickups.get(u.pickupId()).kg()));
        }
        unassigned.addAll(pickupsLeftOut);
        int assigned = plan.routes().stream().mapToInt(r -> r.pickupIds().size()).sum();
        int used = (int) plan.routes().stream().filter(r -> !r.stops().isEmpty()).count();
        TotalsRecord totals = new TotalsRecord(plan.totalTravelSeconds(), plan.totalDistanceMetres(), used, assigned,
                unassigned.size(), plan.routes().stream().mapToLong(RoutePlan::collectedKg).sum(),
                unassigned.stream().mapToLong(UnassignedRecord::kg).sum());
        return new FoodRecoveryPlanRecord(plan.score(), plan.feasible(), plan.travelTimeSource(),
                plan.travelTimeEstimate(), routes, totals, unassigned, leftOut, plan.kgPerPersonSpread(),
                plan.baselineKgPerPersonSpread());
    }

    private static RouteRecord route(RoutePlan route, FoodRecoveryProblemRecord problem,
            Map<String, PickupRecord> pickups) {
        List<StopRecord> stops = new ArrayList<>();
        for (StopPlan stop : route.stops()) {
            int place = stop.isDropOff() ? problem.recipient(stop.recipientId()).place()
                    : pickups.get(stop.stopId()).place();
            stops.add(new StopRecord(stop.stopId(), stop.recipientId(), place, stop.arrivalTime(), stop.serviceStart(),
                    stop.departureTime(), stop.loadAfterKg(), stop.deliveredPickupIds()));
        }
        return new RouteRecord(route.vehicleId(), route.departureTime(), route.returnTime(), route.travelSeconds(),
                route.distanceMetres(), route.collectedKg(), route.deliveredAtEndIds(), stops);
    }

    private static Map<String, PickupRecord> byId(FoodRecoveryProblemRecord problem) {
        Map<String, PickupRecord> pickups = new HashMap<>();
        problem.pickups().forEach(p -> pickups.put(p.id(), p));
        return pickups;
    }

    /** The route of {@code vehicleId}, if the plan has it. */
    public Optional<RouteRecord> route(String vehicleId) {
        return routes.stream().filter(r -> r.vehicleId().equals(vehicleId)).findFirst();
    }

    /**
     * The kg each recipient receives in this plan, by food category: every lot handed over at a drop-off, counted
     * once, under its category. Lots brought back to an end depot (the association's own hub) are collected but not
     * delivered, so they are not counted here; they are the plan's collected kg less these.
     */
    public List<DeliveryRecord> deliveries(FoodRecoveryProblemRecord problem) {
        Map<String, PickupRecord> pickups = byId(problem);
        Map<String, Map<FoodCategory, Long>> kg = new LinkedHashMap<>();
        for (RouteRecord route : routes) {
            for (StopRecord stop : route.stops()) {
                for (String pickupId : stop.deliveredPickupIds()) {
                    PickupRecord lot = pickups.get(pickupId);
                    kg.computeIfAbsent(stop.recipientId(), r -> new LinkedHashMap<>())
                            .merge(lot.category(), (long) lot.kg(), Long::sum);
                }
            }
        }
        List<DeliveryRecord> deliveries = new ArrayList<>();
        kg.forEach((recipient, byCategory) -> byCategory.forEach((category, total) ->
                deliveries.add(new DeliveryRecord(recipient, category, total))));
        return deliveries;
    }
}
