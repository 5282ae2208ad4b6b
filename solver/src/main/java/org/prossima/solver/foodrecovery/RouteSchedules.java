package org.prossima.solver.foodrecovery;

import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The routes as int arrays with their schedules, kept up to date stop by stop so that inserting a pickup can be
 * checked in constant time per position (jsprit's route states): per stop the forward departure, and the backward
 * latest arrival that keeps that stop and every later one on time; per route the load per compartment and the
 * latest return. Loaded from the working solution at the start of a move and changed as the move is planned; one
 * instance is reused across the moves of a solve.
 * <p>
 * The figures cover capacity per compartment, compartments and skills, the windows, the shift end and the maximum
 * route duration exactly; perishability only as a latest return taken from the current departures (conservative),
 * and not for the pickup being inserted. Drop-offs are routed but carry no load here. Timefold's score has the last
 * word.
 */
final class RouteSchedules {

    private static final long INFEASIBLE = Long.MIN_VALUE / 4;

    /** Where pickup {@code ordinal} may go: before position {@code index} of vehicle {@code vehicle}'s route. */
    record Insertion(int ordinal, int vehicle, int index) {
    }

    private final PickupTable table;
    final int vehicleCount;
    /** Per vehicle, its stops' ordinals in visiting order; valid up to {@link #size}. */
    final int[][] route;
    final int[] size;
    private final long[][] departure;
    /** Latest arrival per stop that keeps that stop and every later one on time. */
    private final long[][] latestArrival;
    /** Latest arrival at the end location (shift end, route duration, perishability of the food on board). */
    private final long[] latestEnd;
    /** Kg on board per vehicle and compartment (by ordinal). */
    private final long[][] load;
    /** Per stop, its vehicle, or -1 when unassigned. */
    final int[] vehicleOf;
    private final int[] positionOf;
    private int assignedCount;
    private final boolean[] classTried;

    RouteSchedules(PickupTable table) {
        this.table = table;
        vehicleCount = table.vehicleCount;
        int capacity = Math.max(4, table.pickupCount + 1);
        route = new int[vehicleCount][capacity];
        departure = new long[vehicleCount][capacity];
        latestArrival = new long[vehicleCount][capacity];
        latestEnd = new long[vehicleCount];
        size = new int[vehicleCount];
        load = new long[vehicleCount][Compartment.values().length];
        vehicleOf = new int[table.pickupCount];
        positionOf = new int[table.pickupCount];
        classTried = new boolean[vehicleCount];
    }

    PickupTable table() {
        return table;
    }

    /** Reads the routes of {@code vehicles} (the working solution's, in the table's order). */
    void load(List<Vehicle> vehicles) {
        Arrays.fill(vehicleOf, -1);
        Arrays.fill(positionOf, -1);
        assignedCount = 0;
        for (int v = 0; v < vehicleCount; v++) {
            List<Stop> stops = vehicles.get(v).getStops();
            int n = stops.size();
            for (int i = 0; i < n; i++) {
                route[v][i] = stops.get(i).ordinal;
            }
            size[v] = n;
            assignedCount += n;
            refresh(v);
        }
    }

    int unassignedCount() {
        return table.pickupCount - assignedCount;
    }

    /** Position of stop {@code ordinal} in its vehicle's route, or -1 when unassigned. */
    int positionOf(int ordinal) {
        return positionOf[ordinal];
    }

    /** Routes with at least one stop that may move. */
    int usedRouteCount() {
        int used = 0;
        for (int v = 0; v < vehicleCount; v++) {
            if (size[v] > table.pinIndex[v]) {
                used++;
            }
        }
        return used;
    }

    /** Stops that may move (not pinned). */
    int movableCount() {
        int movable = 0;
        for (int v = 0; v < vehicleCount; v++) {
            movable += Math.max(0, size[v] - table.pinIndex[v]);
        }
        return movable;
    }

    /** A random stop that may move; call only when {@link #movableCount()} is positive. */
    int randomMovable(RandomGenerator random, int movableCount) {
        int k = random.nextInt(movableCount);
        for (int v = 0; v < vehicleCount; v++) {
            int movable = Math.max(0, size[v] - table.pinIndex[v]);
            if (k < movable) {
                return route[v][table.pinIndex[v] + k];
            }
            k -= movable;
        }
        throw new IllegalStateException("movable count " + movableCount + " is out of date: call movableCount() "
                + "after the last change to the routes");
    }

    /** Up to {@code max} unassigned pickups at random, leaving out those in {@code excluded}. */
    int[] unassignedSample(RandomGenerator random, int max, int[] excluded) {
        int unassigned = unassignedCount() - excluded.length;
        if (unassigned <= 0 || max <= 0) {
            return new int[0];
        }
        boolean[] skip = new boolean[table.pickupCount];
        for (int o : excluded) {
            skip[o] = true;
        }
        int[] all = new int[unassigned];
        int n = 0;
        for (int o = 0; o < table.pickupCount; o++) {
            if (vehicleOf[o] < 0 && !skip[o]) {
                all[n++] = o;
            }
        }
        int take = Math.min(max, n);
        for (int i = 0; i < take; i++) {
            int j = i + random.nextInt(n - i);
            int t = all[i];
            all[i] = all[j];
            all[j] = t;
        }
        return Arrays.copyOf(all, take);
    }

    /** Takes {@code length} stops out of vehicle {@code v}'s route from {@code start}, after its pinned stops. */
    void removeRange(int v, int start, int length) {
        if (start < table.pinIndex[v]) {
            throw new IllegalArgumentException("vehicle " + v + " has " + table.pinIndex[v] + " pinned stops, which "
                    + "cannot be removed, but removal starts at position " + start + ": start at the pin index or later");
        }
        int[] r = route[v];
        for (int i = start; i < start + length; i++) {
            vehicleOf[r[i]] = -1;
            positionOf[r[i]] = -1;
        }
        System.arraycopy(r, start + length, r, start, size[v] - start - length);
        size[v] -= length;
        assignedCount -= length;
        refresh(v);
    }

    void insert(Insertion insertion) {
        int v = insertion.vehicle();
        int[] r = route[v];
        System.arraycopy(r, insertion.index(), r, insertion.index() + 1, size[v] - insertion.index());
        r[insertion.index()] = insertion.ordinal();
        size[v]++;
        assignedCount++;
        refresh(v);
    }

    /** Recomputes positions, loads, departures and latest arrivals of route {@code v}. */
    private void refresh(int v) {
        int[] r = route[v];
        int n = size[v];
        long[] dep = departure[v];
        long[] latest = latestArrival[v];
        long[] kg = load[v];
        Arrays.fill(kg, 0);
        long time = table.shiftStart[v];
        int at = table.startLocation[v];
        long endBound = table.latestReturn[v];
        for (int i = 0; i < n; i++) {
            int o = r[i];
            vehicleOf[o] = v;
            positionOf[o] = i;
            long arrival = time + table.travel(at, table.location[o]);
            time = table.serviceStart(o, arrival) + table.service[o];
            dep[i] = time;
            at = table.location[o];
            if (table.compartment[o] != null) {
                kg[table.compartment[o].ordinal()] += table.kg[o];
            }
            if (table.maxOnBoard[o] > 0) {
                endBound = Math.min(endBound, time + table.maxOnBoard[o]);
            }
        }
        latestEnd[v] = endBound;
        long nextLatestArrival = endBound;
        int nextLocation = table.endLocation[v];
        for (int i = n - 1; i >= 0; i--) {
            int o = r[i];
            long here = nextLatestArrival == INFEASIBLE ? INFEASIBLE : table.latestArrival(o,
                    nextLatestArrival - table.travel(table.location[o], nextLocation) - table.service[o]);
            if (here == Long.MIN_VALUE) {
                here = INFEASIBLE;
            }
            latest[i] = here;
            nextLatestArrival = here;
            nextLocation = table.location[o];
        }
    }

    /** Whether pickup {@code o} may go on vehicle {@code v} at all: compartment, skills and capacity. */
    private boolean fits(int o, int v) {
        if (!table.allowed(o, v)) {
            return false;
        }
        if (table.compartment[o] == null) {
            return true; // a drop-off: no load of its own (the schedules do not model deliveries)
        }
        long[] kg = load[v];
        long ambient = kg[Compartment.AMBIENT.ordinal()];
        long chilled = kg[Compartment.CHILLED.ordinal()];
        long frozen = kg[Compartment.FROZEN.ordinal()];
        switch (table.compartment[o]) {
            case AMBIENT -> ambient += table.kg[o];
            case CHILLED -> chilled += table.kg[o];
            case FROZEN -> frozen += table.kg[o];
        }
        return table.capacity[v].excessKg(ambient, chilled, frozen) == 0;
    }

    /**
     * The cheapest feasible insertion of pickup {@code o} by travel delta, after the pinned stops, or null when it
     * fits nowhere. Each position is skipped with probability {@code blink} (none when 0).
     */
    Insertion cheapestInsertion(int o, RandomGenerator random, double blink) {
        long bestCost = Long.MAX_VALUE;
        Insertion best = null;
        int location = table.location[o];
        long lastEnd = table.lastEnd(o);
        long service = table.service[o];
        Arrays.fill(classTried, false);
        for (int v = 0; v < vehicleCount; v++) {
            if (!fits(o, v)) {
                continue;
            }
            int n = size[v];
            if (n == 0) {
                // Empty vehicles of one class are interchangeable: try the first.
                if (classTried[table.vehicleClass[v]]) {
                    continue;
                }
                classTried[table.vehicleClass[v]] = true;
            }
            int[] r = route[v];
            int pin = table.pinIndex[v];
            int previousLocation = pin == 0 ? table.startLocation[v] : table.location[r[pin - 1]];
            long previousDeparture = pin == 0 ? table.shiftStart[v] : departure[v][pin - 1];
            for (int i = pin; i <= n; i++) {
                int nextLocation = i < n ? table.location[r[i]] : table.endLocation[v];
                long nextLatestArrival = i < n ? latestArrival[v][i] : latestEnd[v];
                long toPickup = table.travel(previousLocation, location);
                long arrival = previousDeparture + toPickup;
                if (arrival > lastEnd) {
                    break; // later positions only arrive later
                }
                if (blink <= 0 || random.nextDouble() >= blink) {
                    long fromPickup = table.travel(location, nextLocation);
                    long nextArrival = table.serviceStart(o, arrival) + service + fromPickup;
                    if (nextArrival <= nextLatestArrival) {
                        long cost = toPickup + fromPickup - table.travel(previousLocation, nextLocation);
                        if (cost < bestCost) {
                            bestCost = cost;
                            best = new Insertion(o, v, i);
                        }
                    }
                }
                if (i < n) {
                    previousLocation = table.location[r[i]];
                    previousDeparture = departure[v][i];
                }
            }
        }
        return best;
    }
}
