package org.prossima.api.web.food;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.prossima.api.foodrecovery.FoodRecoveryPlanResponse;
import org.prossima.api.foodrecovery.FoodRecoveryPlanResponse.Solution;
import org.prossima.api.foodrecovery.FoodRecoveryPlanResponse.Stop;
import org.prossima.api.foodrecovery.FoodRecoveryPlanResponse.UnassignedReason;
import org.prossima.api.foodrecovery.FoodRecoveryPlanResponse.VehicleRoute;
import org.prossima.api.foodrecovery.PlanProblemView;
import org.prossima.api.foodrecovery.PlanProblemView.Lot;
import org.prossima.api.foodrecovery.PlanProblemView.Place;
import org.prossima.api.web.MapData;
import org.prossima.api.web.TownHalls;

/**
 * A plan as the dispatcher's screen shows it: each vehicle's route as a timeline (stops in order, with what is
 * collected or handed over and what the driver reported), the lots left uncollected with why, and every lot with the
 * vehicle it is on and the vehicle it may be pinned to. Made from the plan's API answer and its problem's names.
 *
 * @param routes      the routes that have stops, each with its colour on the map
 * @param uncollected the lots no vehicle collects, with the reason and its explanation
 * @param lots        every lot, for the pins
 * @param idle        the vehicles with no stop in this plan (a lot may still be dragged onto them)
 */
record DispatchBoard(List<RouteTimeline> routes, List<Uncollected> uncollected, List<LotRow> lots,
        List<String> vehicleIds, List<String> idle) {

    /** One vehicle's day: {@code colour} is its colour's index on the map and in the legend. */
    record RouteTimeline(int colour, String vehicle, String driver, String start, LocalDateTime departure,
            LocalDateTime returnTime, double km, long minutes, long collectedKg, List<TimelineStop> stops,
            String end, List<String> unloadedAtEnd, int unloadedKg) {
    }

    /**
     * A stop: a PICKUP at {@code name} (the donor) of {@code kg} of {@code category}, or a DROP_OFF at {@code name}
     * (the recipient) handing over {@code lots} ({@code kg} in all). {@code status}: the driver's report on a pickup;
     * {@code pinned}: the plan was made with this pickup pinned to this vehicle.
     */
    record TimelineStop(int n, String id, String kind, String name, LocalDateTime arrival, LocalDateTime departure,
            int kg, String category, List<String> lots, String status, boolean pinned) {

        public boolean pickup() {
            return "PICKUP".equals(kind);
        }

        /** A pickup no driver has reported on yet: it may be dragged onto another vehicle. */
        public boolean movable() {
            return pickup() && status == null;
        }
    }

    record Uncollected(String id, String donor, int kg, String reason, String explanation) {

        /** A lot left out for any reason but the driver's report that it is not there: it may be dragged. */
        public boolean movable() {
            return !"NOT_AVAILABLE".equals(reason);
        }
    }

    /**
     * A lot: {@code vehicle} the one collecting it in this plan (null: none), {@code pinnedTo} the vehicle the plan
     * was made pinning it to, {@code status} the driver's report; {@code locked} when a report decides it (collected
     * lots stay on their vehicle, unavailable ones are left out), so it cannot be pinned.
     */
    record LotRow(String id, String donor, int kg, String category, String vehicle, String pinnedTo, String status,
            boolean locked) {
    }

    static DispatchBoard of(FoodRecoveryPlanResponse plan, PlanProblemView problem) {
        Solution solution = plan.solution();
        Map<String, Lot> lots = problem.lotsById();
        Map<String, Place> recipients = problem.recipientsById();
        Map<String, Place> depots = problem.depotsById();
        Map<String, String> onVehicle = new HashMap<>();
        Map<String, String> status = new HashMap<>();
        List<RouteTimeline> routes = new ArrayList<>();
        for (VehicleRoute route : solution.vehicles()) {
            if (route.stops().isEmpty()) {
                continue;
            }
            List<TimelineStop> stops = new ArrayList<>();
            for (Stop stop : route.stops()) {
                stops.add(stop(stops.size() + 1, stop, lots, recipients,
                        route.id().equals(problem.pinnedTo(stop.id()))));
                if ("PICKUP".equals(stop.kind())) {
                    onVehicle.put(stop.id(), route.id());
                    if (stop.status() != null) {
                        status.put(stop.id(), stop.status());
                    }
                }
            }
            PlanProblemView.Vehicle vehicle = problem.vehicles().stream().filter(v -> v.id().equals(route.id()))
                    .findFirst().orElseThrow();
            List<String> atEnd = route.deliveredAtEnd() == null ? List.of() : route.deliveredAtEnd();
            routes.add(new RouteTimeline(routes.size(), route.id(), route.driver(),
                    depots.get(vehicle.startDepot()).name(), route.departure(), route.returnTime(), route.km(),
                    route.minutes(), route.collectedKg(), stops, depots.get(vehicle.endDepot()).name(),
                    atEnd.stream().map(id -> lots.get(id).donor()).toList(),
                    atEnd.stream().mapToInt(id -> lots.get(id).kg()).sum()));
        }
        List<Uncollected> uncollected = new ArrayList<>();
        for (UnassignedReason u : solution.unassignedReasons() == null ? List.<UnassignedReason>of()
                : solution.unassignedReasons()) {
            Lot lot = lots.get(u.id());
            uncollected.add(new Uncollected(u.id(), lot == null ? u.id() : lot.donor(), lot == null ? 0 : lot.kg(),
                    u.reason(), u.explanation()));
            if ("NOT_AVAILABLE".equals(u.reason())) {
                status.put(u.id(), "NOT_AVAILABLE");
            }
        }
        List<LotRow> rows = problem.lots().stream().map(lot -> new LotRow(lot.id(), lot.donor(), lot.kg(),
                lot.category(), onVehicle.get(lot.id()), problem.pinnedTo(lot.id()), status.get(lot.id()),
                status.containsKey(lot.id()))).toList();
        List<String> vehicleIds = problem.vehicles().stream().map(PlanProblemView.Vehicle::id).toList();
        List<String> idle = vehicleIds.stream()
                .filter(v -> routes.stream().noneMatch(r -> r.vehicle().equals(v))).toList();
        return new DispatchBoard(routes, uncollected, rows, vehicleIds, idle);
    }

    private static TimelineStop stop(int n, Stop stop, Map<String, Lot> lots, Map<String, Place> recipients,
            boolean pinned) {
        if ("PICKUP".equals(stop.kind())) {
            Lot lot = lots.get(stop.id());
            return new TimelineStop(n, stop.id(), "PICKUP", lot.donor(), stop.arrival(), stop.departure(), lot.kg(),
                    lot.category(), List.of(), stop.status(), pinned);
        }
        List<String> delivered = stop.delivered() == null ? List.of() : stop.delivered();
        int kg = delivered.stream().mapToInt(id -> lots.get(id).kg()).sum();
        Place recipient = recipients.get(stop.recipient());
        return new TimelineStop(n, stop.id(), "DROP_OFF", recipient == null ? stop.recipient() : recipient.name(),
                stop.arrival(), stop.departure(), kg, null,
                delivered.stream().map(id -> lots.get(id).donor()).toList(), null, false);
    }

    /**
     * The map: each route a line from its depot through its stops and back, in its colour, each stop a point with its
     * order. The uncollected lots are listed, not drawn: the palette has twelve colours, which the routes of a full day
     * already use, and a lot in a route's colour would read as that route's.
     */
    MapData map(TownHalls townHalls, PlanProblemView problem, FoodRecoveryPlanResponse plan, String note) {
        MapData map = MapData.of(townHalls, note);
        Map<String, Lot> lots = problem.lotsById();
        Map<String, Place> recipients = problem.recipientsById();
        Map<String, Place> depots = problem.depotsById();
        for (RouteTimeline route : routes) {
            PlanProblemView.Vehicle vehicle = problem.vehicles().stream().filter(v -> v.id().equals(route.vehicle()))
                    .findFirst().orElseThrow();
            List<double[]> coords = new ArrayList<>();
            Place start = depots.get(vehicle.startDepot());
            coords.add(new double[] {start.lat(), start.lon()});
            VehicleRoute planned = plan.solution().vehicles().stream().filter(v -> v.id().equals(route.vehicle()))
                    .findFirst().orElseThrow();
            for (int i = 0; i < planned.stops().size(); i++) {
                Stop stop = planned.stops().get(i);
                double[] at = "PICKUP".equals(stop.kind()) ? new double[] {lots.get(stop.id()).lat(),
                        lots.get(stop.id()).lon()} : new double[] {recipients.get(stop.recipient()).lat(),
                        recipients.get(stop.recipient()).lon()};
                coords.add(at);
                TimelineStop shown = route.stops().get(i);
                map.points().add(new MapData.Point(at[0], at[1], route.vehicle() + " · " + shown.n() + ". "
                        + shown.name(), null, route.colour(), 6));
            }
            Place end = depots.get(vehicle.endDepot());
            coords.add(new double[] {end.lat(), end.lon()});
            map.lines().add(new MapData.Line(coords, route.vehicle(), route.colour(), false));
        }
        return map;
    }
}
