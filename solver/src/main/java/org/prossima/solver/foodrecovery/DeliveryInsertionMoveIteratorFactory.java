package org.prossima.solver.foodrecovery;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningListVariableMetaModel;
import ai.timefold.solver.core.preview.api.move.Move;

import org.prossima.solver.timefold.RandomMoveFactory;
import org.prossima.solver.travel.TravelTimeMatrix;

/**
 * Random {@link DeliveryInsertionMove}s: take a pickup bound for particular recipients that is
 * uncollected, or collected with no drop-off for it further on; put it at the cheapest place (by
 * added travel) in a random route, and, unless that route already reaches one of its recipients
 * later, add an unused drop-off at its nearest recipient at the cheapest place after it. Timefold
 * scores the move; the acceptor decides.
 */
public final class DeliveryInsertionMoveIteratorFactory
        extends RandomMoveFactory<FoodRecoverySolution, Vehicle, Stop> {

    /** Tries to find a pickup needing a drop-off before giving up on a move. */
    private static final int TRIES = 20;

    private PlanningListVariableMetaModel<FoodRecoverySolution, Vehicle, Stop> variable;
    /** The pickups bound for particular recipients: the only ones that need a drop-off. */
    private List<Stop> bound;

    public DeliveryInsertionMoveIteratorFactory() {
        super(Vehicle.class, "stops", Stop.class);
    }

    @Override
    protected void prepare(FoodRecoverySolution solution,
            PlanningListVariableMetaModel<FoodRecoverySolution, Vehicle, Stop> variable) {
        this.variable = variable;
        bound = solution.getStops().stream()
                .filter(stop -> stop.isPickup() && !stop.getPickup().recipientIds().isEmpty()).toList();
    }

    @Override
    protected long size(FoodRecoverySolution solution) {
        return (long) solution.getStops().size() * solution.getVehicles().size();
    }

    @Override
    protected Move<FoodRecoverySolution> next(FoodRecoverySolution solution, RandomGenerator random) {
        return bound.isEmpty() ? null : generate(solution, variable, bound, random);
    }

    static Move<FoodRecoverySolution> generate(FoodRecoverySolution solution,
            PlanningListVariableMetaModel<FoodRecoverySolution, Vehicle, Stop> variable, List<Stop> bound,
            RandomGenerator random) {
        for (int attempt = 0; attempt < TRIES; attempt++) {
            Stop pickup = bound.get(random.nextInt(bound.size()));
            Vehicle vehicle = pickup.getVehicle();
            int at;
            if (vehicle == null) {
                vehicle = solution.getVehicles().get(random.nextInt(solution.getVehicles().size()));
                at = cheapestPosition(vehicle, vehicle.getStops(), pickup, vehicle.getPinIndex());
            } else {
                at = vehicle.getStops().indexOf(pickup);
                if (at < vehicle.getPinIndex()) {
                    continue;
                }
            }
            List<Stop> route = new ArrayList<>(vehicle.getStops());
            boolean inserting = pickup.getVehicle() == null;
            if (inserting) {
                route.add(at, pickup);
            }
            if (deliveredLaterOn(route, at, pickup)) {
                if (inserting) {
                    return new DeliveryInsertionMove(variable, List.of(pickup), vehicle, new int[] {at});
                }
                continue;
            }
            Stop dropOff = unusedDropOffNearest(solution, pickup);
            if (dropOff == null) {
                continue;
            }
            int dropAt = cheapestPosition(vehicle, route, dropOff, at + 1);
            return inserting
                    ? new DeliveryInsertionMove(variable, List.of(pickup, dropOff), vehicle, new int[] {at, dropAt})
                    : new DeliveryInsertionMove(variable, List.of(dropOff), vehicle, new int[] {dropAt});
        }
        return null;
    }

    private static boolean deliveredLaterOn(List<Stop> route, int pickupAt, Stop pickup) {
        for (int i = pickupAt + 1; i < route.size(); i++) {
            Stop stop = route.get(i);
            if (stop.isDropOff() && pickup.getPickup().deliverableTo(stop.getRecipient().id(),
                    stop.getRecipient().accepts())) {
                return true;
            }
        }
        return false;
    }

    /** An unused drop-off of the recipient nearest to the pickup among those it may go to, or null. */
    private static Stop unusedDropOffNearest(FoodRecoverySolution solution, Stop pickup) {
        TravelTimeMatrix matrix = solution.getMatrix();
        Stop best = null;
        long bestSeconds = Long.MAX_VALUE;
        for (Stop stop : solution.getStops()) {
            if (stop.isDropOff() && stop.getVehicle() == null
                    && pickup.getPickup().deliverableTo(stop.getRecipient().id(), stop.getRecipient().accepts())) {
                long seconds = matrix.travelSeconds(pickup.getLocation(), stop.getLocation());
                if (seconds < bestSeconds) {
                    best = stop;
                    bestSeconds = seconds;
                }
            }
        }
        return best;
    }

    /** Where inserting {@code stop} into {@code route} (from index {@code from}) adds the least travel. */
    private static int cheapestPosition(Vehicle vehicle, List<Stop> route, Stop stop, int from) {
        TravelTimeMatrix matrix = vehicle.getMatrix();
        int best = from;
        long bestDelta = Long.MAX_VALUE;
        for (int i = from; i <= route.size(); i++) {
            int before = i == 0 ? vehicle.getStartLocation() : route.get(i - 1).getLocation();
            int after = i == route.size() ? vehicle.getEndLocation() : route.get(i).getLocation();
            long delta = matrix.travelSeconds(before, stop.getLocation())
                    + matrix.travelSeconds(stop.getLocation(), after) - matrix.travelSeconds(before, after);
            if (delta < bestDelta) {
                best = i;
                bestDelta = delta;
            }
        }
        return best;
    }
}
