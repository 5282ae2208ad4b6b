package org.prossima.bench.vrptw;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks routes against a Solomon instance in double precision, sharing no code with the solver: vehicle count,
 * capacity, each customer's due date on arrival (waiting until the ready time is allowed), return to the depot by
 * its due date, and every customer visited exactly once.
 */
public final class VrptwFeasibilityCheck {

    /** Slack for floating-point sums compared with due dates. */
    private static final double EPSILON = 1e-9;

    private VrptwFeasibilityCheck() {
    }

    /** @param routes customer numbers per vehicle, in visiting order; empty routes are allowed */
    public static VrptwFeasibility check(SolomonInstance instance, List<List<Integer>> routes) {
        Map<Integer, SolomonCustomer> byNumber = new HashMap<>();
        instance.visits().forEach(c -> byNumber.put(c.number(), c));
        Map<Integer, Integer> visits = new HashMap<>();
        List<String> problems = new ArrayList<>();
        double total = 0;
        int used = 0;
        for (int r = 0; r < routes.size(); r++) {
            List<Integer> route = routes.get(r);
            if (route.isEmpty()) {
                continue;
            }
            used++;
            total += checkRoute(instance, byNumber, r + 1, route, visits, problems);
        }
        if (used > instance.vehicleCount()) {
            problems.add(used + " vehicles used, the instance has " + instance.vehicleCount());
        }
        for (SolomonCustomer c : instance.visits()) {
            int count = visits.getOrDefault(c.number(), 0);
            if (count != 1) {
                problems.add("customer " + c.number() + " visited " + count + " times");
            }
        }
        return new VrptwFeasibility(used, total, problems);
    }

    private static double checkRoute(SolomonInstance instance, Map<Integer, SolomonCustomer> byNumber, int index,
            List<Integer> route, Map<Integer, Integer> visits, List<String> problems) {
        SolomonCustomer depot = instance.depot();
        SolomonCustomer at = depot;
        double time = depot.readyTime();
        double distance = 0;
        int load = 0;
        for (int number : route) {
            SolomonCustomer c = byNumber.get(number);
            if (c == null) {
                problems.add("route " + index + ": no customer " + number);
                continue;
            }
            visits.merge(number, 1, Integer::sum);
            double leg = at.distanceTo(c);
            distance += leg;
            time += leg;
            if (time > c.dueDate() + EPSILON) {
                problems.add("route " + index + ": arrives at customer " + number + " at " + time
                        + ", after its due date " + c.dueDate());
            }
            time = Math.max(time, c.readyTime()) + c.serviceTime();
            load += c.demand();
            at = c;
        }
        double back = at.distanceTo(depot);
        distance += back;
        time += back;
        if (time > depot.dueDate() + EPSILON) {
            problems.add("route " + index + ": returns to the depot at " + time + ", after its due date "
                    + depot.dueDate());
        }
        if (load > instance.capacity()) {
            problems.add("route " + index + ": load " + load + " exceeds capacity " + instance.capacity());
        }
        return distance;
    }
}
