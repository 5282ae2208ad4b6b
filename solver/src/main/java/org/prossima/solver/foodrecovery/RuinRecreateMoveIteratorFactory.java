package org.prossima.solver.foodrecovery;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.random.RandomGenerator;

import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import ai.timefold.solver.core.impl.score.director.ScoreDirector;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningListVariableMetaModel;
import ai.timefold.solver.core.preview.api.move.Move;

/**
 * Our own list ruin-and-recreate (Timefold 2.2.0's fails when a value stays unassigned, issue #2205), after the slack
 * induction by string removals (SISR) idea: remove a few strings of consecutive pickups from routes near a random
 * seed pickup, then reinsert the removed pickups, and a few unassigned ones, one by one at the cheapest position by
 * our own estimate (travel delta; a position counts only if capacity, the time windows and the shift end stay met on
 * the route's forward schedule), skipping each candidate position with a small probability ("blinks"). A pickup that
 * fits nowhere stays unassigned. The whole step is one {@link RuinRecreateMove}; Timefold scores it incrementally and
 * the acceptor decides.
 */
public final class RuinRecreateMoveIteratorFactory
        implements MoveIteratorFactory<FoodRecoverySolution, Move<FoodRecoverySolution>> {

    /** Nearest pickups looked at when choosing the routes to ruin. */
    static final int RUIN_NEIGHBOURS = 60;
    /** Average number of pickups removed (SISR's c-bar). */
    static final double AVERAGE_REMOVED = 10;
    /** Longest string removed from one route (SISR's L-max). */
    static final int MAX_STRING = 10;
    /** Probability of skipping a candidate insertion position. */
    static final double BLINK = 0.01;
    /** Unassigned pickups also offered to the recreate step, at most. */
    static final int MAX_UNASSIGNED_OFFERED = 10;

    private FoodRecoverySolution preparedFor;
    private NearestPickups data;
    private PlanningListVariableMetaModel<FoodRecoverySolution, Vehicle, Stop> variable;
    private Schedules schedules;

    public RuinRecreateMoveIteratorFactory() {
    }

    private void prepare(ScoreDirector<FoodRecoverySolution> scoreDirector) {
        if (preparedFor != scoreDirector.getWorkingSolution()) {
            prepare(scoreDirector.getWorkingSolution(), RandomMoves.listVariable(scoreDirector));
        }
    }

    /** Builds the neighbour lists of {@code solution}; package-private for tests. */
    void prepare(FoodRecoverySolution solution,
            PlanningListVariableMetaModel<FoodRecoverySolution, Vehicle, Stop> variable) {
        data = NearestPickups.of(solution, RUIN_NEIGHBOURS);
        this.variable = variable;
        schedules = new Schedules(data);
        preparedFor = solution;
    }

    @Override
    public long getSize(ScoreDirector<FoodRecoverySolution> scoreDirector) {
        prepare(scoreDirector);
        return (long) data.pickupCount * 100;
    }

    @Override
    public Iterator<Move<FoodRecoverySolution>> createOriginalMoveIterator(
            ScoreDirector<FoodRecoverySolution> scoreDirector) {
        throw new UnsupportedOperationException("ruin-and-recreate moves are only selected at random");
    }

    @Override
    public Iterator<Move<FoodRecoverySolution>> createRandomMoveIterator(
            ScoreDirector<FoodRecoverySolution> scoreDirector, RandomGenerator random) {
        prepare(scoreDirector);
        FoodRecoverySolution solution = scoreDirector.getWorkingSolution();
        return RandomMoves.iterator(() -> generate(solution, random));
    }

    /** Plans one ruin-and-recreate step on the current working solution; null when there is nothing to ruin. */
    RuinRecreateMove generate(FoodRecoverySolution solution, RandomGenerator random) {
        List<Stop> pickups = solution.getStops();
        List<Vehicle> vehicles = solution.getVehicles();
        Schedules s = schedules;
        s.load(vehicles);
        if (s.movableCount() == 0 && s.unassignedCount() == 0) {
            return null;
        }
        int[] removed = ruin(s, random);
        int removedCount = removed.length;
        // Offer some unassigned pickups too (over-constrained problems, or an earlier step that left one out).
        int[] offered = s.unassignedSample(random, MAX_UNASSIGNED_OFFERED, removed);
        int[] toInsert = new int[removedCount + offered.length];
        System.arraycopy(removed, 0, toInsert, 0, removedCount);
        System.arraycopy(offered, 0, toInsert, removedCount, offered.length);
        if (toInsert.length == 0) {
            return null;
        }
        sortForRecreate(toInsert, s, random);
        List<Stop> inserted = new ArrayList<>(toInsert.length);
        List<Vehicle> into = new ArrayList<>(toInsert.length);
        int[] at = new int[toInsert.length];
        int count = 0;
        for (int ordinal : toInsert) {
            long best = s.bestInsertion(ordinal, random, BLINK);
            if (best >= 0) {
                int vehicle = (int) (best >>> 32);
                int index = (int) best;
                s.insert(vehicle, index, ordinal);
                inserted.add(pickups.get(ordinal));
                into.add(vehicles.get(vehicle));
                at[count++] = index;
            }
        }
        List<Stop> removedPickups = new ArrayList<>(removedCount);
        List<Vehicle> ruined = new ArrayList<>();
        for (int ordinal : removed) {
            Stop pickup = pickups.get(ordinal);
            removedPickups.add(pickup);
            if (!ruined.contains(pickup.getVehicle())) {
                ruined.add(pickup.getVehicle());
            }
        }
        return new RuinRecreateMove(variable, ruined, removedPickups, inserted, into,
                java.util.Arrays.copyOf(at, count));
    }

    /** SISR-style string removal around a random seed; returns the removed ordinals (removed from {@code s}). */
    private int[] ruin(Schedules s, RandomGenerator random) {
        int movable = s.movableCount();
        if (movable == 0) {
            return new int[0];
        }
        double averageRouteSize = (double) movable / Math.max(1, s.usedRouteCount());
        double maxStringLength = Math.min(MAX_STRING, averageRouteSize);
        double maxStrings = 4 * AVERAGE_REMOVED / (1 + maxStringLength) - 1;
        int stringCount = Math.max(1, (int) (1 + random.nextDouble() * maxStrings));
        int seed = s.randomMovable(random, movable);
        int[] near = data.nearest(seed);
        boolean[] ruinedRoute = new boolean[s.vehicleCount];
        int[] removed = new int[movable];
        int removedCount = 0;
        int ruined = 0;
        for (int k = -1; k < near.length && ruined < stringCount; k++) {
            int c = k < 0 ? seed : near[k];
            int v = s.vehicleOf[c];
            if (v < 0 || ruinedRoute[v]) {
                continue;
            }
            int pin = data.pinIndex[v];
            int position = s.positionOf[c];
            if (position < pin) {
                continue;
            }
            int size = s.size[v] - pin; // the movable part
            int maxLength = (int) Math.min(size, maxStringLength);
            int length = Math.max(1, Math.min(1 + (int) (random.nextDouble() * maxLength), size));
            int lowest = Math.max(pin, position - length + 1);
            int highest = Math.min(position, s.size[v] - length);
            int start = lowest + random.nextInt(highest - lowest + 1);
            for (int i = start; i < start + length; i++) {
                removed[removedCount++] = s.route[v][i];
            }
            s.removeRange(v, start, length);
            ruinedRoute[v] = true;
            ruined++;
        }
        return java.util.Arrays.copyOf(removed, removedCount);
    }

    /** SISR's recreate orders: random (4), largest demand first (4), farthest from the depot first (2), closest (1). */
    private void sortForRecreate(int[] ordinals, Schedules s, RandomGenerator random) {
        // Random shuffle first, so that ties in the sorts below are broken at random.
        for (int i = ordinals.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = ordinals[i];
            ordinals[i] = ordinals[j];
            ordinals[j] = t;
        }
        int order = random.nextInt(11);
        if (order < 4) {
            return;
        }
        long[] keys = new long[ordinals.length];
        for (int i = 0; i < ordinals.length; i++) {
            int o = ordinals[i];
            long key;
            if (order < 8) {
                key = -data.weightedKg[o];
            } else {
                long fromDepot = data.travel(data.startLocation[0], data.location[o]);
                key = order < 10 ? -fromDepot : fromDepot;
            }
            keys[i] = key;
        }
        // Insertion sort, stable: the arrays are small.
        for (int i = 1; i < ordinals.length; i++) {
            long key = keys[i];
            int o = ordinals[i];
            int j = i - 1;
            while (j >= 0 && keys[j] > key) {
                keys[j + 1] = keys[j];
                ordinals[j + 1] = ordinals[j];
                j--;
            }
            keys[j + 1] = key;
            ordinals[j + 1] = o;
        }
    }

    /**
     * The routes as int arrays with their forward schedule (departure per stop) and backward slack (latest arrival
     * per stop that keeps the rest of the route on time), for cheap insertion checks. Reused across moves.
     * <p>
     * The estimate covers capacity per compartment, compartments and skills, the windows, the shift end and the
     * maximum route duration exactly; perishability only as a latest return taken from the current departures
     * (conservative), and not for the pickup being inserted. Timefold's score has the last word.
     */
    static final class Schedules {

        private static final long INFEASIBLE = Long.MIN_VALUE / 4;

        final NearestPickups d;
        final int vehicleCount;
        final int[][] route;
        final int[] size;
        final long[][] departure;
        /** Latest arrival per stop that keeps that stop and every later one on time. */
        final long[][] latestArrival;
        /** Latest arrival at the end location (shift end, route duration, perishability of the food on board). */
        final long[] latestEnd;
        final long[][] load; // [vehicle][compartment ordinal]
        final int[] vehicleOf;
        final int[] positionOf;
        int assignedCount;
        private final boolean[] classTried;

        Schedules(NearestPickups d) {
            this.d = d;
            vehicleCount = d.vehicleCount;
            int capacity = Math.max(4, d.pickupCount + 1);
            route = new int[vehicleCount][capacity];
            departure = new long[vehicleCount][capacity];
            latestArrival = new long[vehicleCount][capacity];
            latestEnd = new long[vehicleCount];
            size = new int[vehicleCount];
            load = new long[vehicleCount][Compartment.values().length];
            vehicleOf = new int[d.pickupCount];
            positionOf = new int[d.pickupCount];
            classTried = new boolean[vehicleCount];
        }

        void load(List<Vehicle> vehicles) {
            java.util.Arrays.fill(vehicleOf, -1);
            java.util.Arrays.fill(positionOf, -1);
            assignedCount = 0;
            for (int v = 0; v < vehicleCount; v++) {
                List<Stop> list = vehicles.get(v).getStops();
                int n = list.size();
                for (int i = 0; i < n; i++) {
                    route[v][i] = list.get(i).ordinal;
                }
                size[v] = n;
                assignedCount += n;
                refresh(v);
            }
        }

        int unassignedCount() {
            return d.pickupCount - assignedCount;
        }

        /** Routes with at least one stop that may move. */
        int usedRouteCount() {
            int used = 0;
            for (int v = 0; v < vehicleCount; v++) {
                if (size[v] > d.pinIndex[v]) {
                    used++;
                }
            }
            return used;
        }

        /** Stops that may move (not pinned). */
        int movableCount() {
            int movable = 0;
            for (int v = 0; v < vehicleCount; v++) {
                movable += Math.max(0, size[v] - d.pinIndex[v]);
            }
            return movable;
        }

        /** A random stop that may move; call only when {@link #movableCount()} is positive. */
        int randomMovable(RandomGenerator random, int movableCount) {
            int k = random.nextInt(movableCount);
            for (int v = 0; v < vehicleCount; v++) {
                int movable = Math.max(0, size[v] - d.pinIndex[v]);
                if (k < movable) {
                    return route[v][d.pinIndex[v] + k];
                }
                k -= movable;
            }
            throw new IllegalStateException("movable count out of date");
        }

        /** Up to {@code max} unassigned pickups at random, leaving out those in {@code excluded}. */
        int[] unassignedSample(RandomGenerator random, int max, int[] excluded) {
            int unassigned = unassignedCount() - excluded.length;
            if (unassigned <= 0 || max <= 0) {
                return new int[0];
            }
            boolean[] skip = new boolean[d.pickupCount];
            for (int o : excluded) {
                skip[o] = true;
            }
            int[] all = new int[unassigned];
            int n = 0;
            for (int o = 0; o < d.pickupCount; o++) {
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
            return java.util.Arrays.copyOf(all, take);
        }

        void removeRange(int v, int start, int length) {
            if (start < d.pinIndex[v]) {
                throw new IllegalArgumentException("pinned stops of " + v + " cannot be removed: " + start);
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

        void insert(int v, int index, int ordinal) {
            int[] r = route[v];
            System.arraycopy(r, index, r, index + 1, size[v] - index);
            r[index] = ordinal;
            size[v]++;
            assignedCount++;
            refresh(v);
        }

        /** Recomputes positions, loads, departures and latest arrivals of route {@code v}. */
        void refresh(int v) {
            int[] r = route[v];
            int n = size[v];
            long[] dep = departure[v];
            long[] latest = latestArrival[v];
            long[] kg = load[v];
            java.util.Arrays.fill(kg, 0);
            long time = d.shiftStart[v];
            int at = d.startLocation[v];
            long endBound = d.latestReturn[v];
            for (int i = 0; i < n; i++) {
                int o = r[i];
                vehicleOf[o] = v;
                positionOf[o] = i;
                long arrival = time + d.travel(at, d.location[o]);
                time = d.serviceStart(o, arrival) + d.service[o];
                dep[i] = time;
                at = d.location[o];
                if (d.compartment[o] != null) {
                    kg[d.compartment[o].ordinal()] += d.kg[o];
                }
                if (d.maxOnBoard[o] > 0) {
                    endBound = Math.min(endBound, time + d.maxOnBoard[o]);
                }
            }
            latestEnd[v] = endBound;
            long nextLatestArrival = endBound;
            int nextLocation = d.endLocation[v];
            for (int i = n - 1; i >= 0; i--) {
                int o = r[i];
                long here = nextLatestArrival == INFEASIBLE ? INFEASIBLE
                        : d.latestArrival(o, nextLatestArrival - d.travel(d.location[o], nextLocation) - d.service[o]);
                if (here == Long.MIN_VALUE) {
                    here = INFEASIBLE;
                }
                latest[i] = here;
                nextLatestArrival = here;
                nextLocation = d.location[o];
            }
        }

        private boolean fits(int o, int v) {
            if (!d.allowed(o, v)) {
                return false;
            }
            long[] kg = load[v];
            long ambient = kg[Compartment.AMBIENT.ordinal()];
            long chilled = kg[Compartment.CHILLED.ordinal()];
            long frozen = kg[Compartment.FROZEN.ordinal()];
            if (d.compartment[o] == null) {
                return true; // a drop-off: no load of its own (the estimate does not model deliveries)
            }
            switch (d.compartment[o]) {
                case AMBIENT -> ambient += d.kg[o];
                case CHILLED -> chilled += d.kg[o];
                case FROZEN -> frozen += d.kg[o];
            }
            return d.capacity[v].excessKg(ambient, chilled, frozen) == 0;
        }

        /**
         * The cheapest feasible insertion of pickup {@code o} by travel delta, after the pinned stops, as
         * {@code vehicle << 32 | index}, or -1 when it fits nowhere. Each position is skipped with probability
         * {@code blink}.
         */
        long bestInsertion(int o, RandomGenerator random, double blink) {
            long bestCost = Long.MAX_VALUE;
            long best = -1;
            int location = d.location[o];
            long lastEnd = d.lastEnd(o);
            long service = d.service[o];
            java.util.Arrays.fill(classTried, false);
            for (int v = 0; v < vehicleCount; v++) {
                if (!fits(o, v)) {
                    continue;
                }
                int n = size[v];
                if (n == 0) {
                    // Empty vehicles of one class are interchangeable: try the first.
                    if (classTried[d.vehicleClass[v]]) {
                        continue;
                    }
                    classTried[d.vehicleClass[v]] = true;
                }
                int[] r = route[v];
                long[] dep = departure[v];
                long[] latest = latestArrival[v];
                int pin = d.pinIndex[v];
                int previousLocation = pin == 0 ? d.startLocation[v] : d.location[r[pin - 1]];
                long previousDeparture = pin == 0 ? d.shiftStart[v] : dep[pin - 1];
                for (int i = pin; i <= n; i++) {
                    int nextLocation = i < n ? d.location[r[i]] : d.endLocation[v];
                    long nextLatestArrival = i < n ? latest[i] : latestEnd[v];
                    long toPickup = d.travel(previousLocation, location);
                    long arrival = previousDeparture + toPickup;
                    if (arrival > lastEnd) {
                        break; // later positions only arrive later
                    }
                    if (blink <= 0 || random.nextDouble() >= blink) {
                        long fromPickup = d.travel(location, nextLocation);
                        long nextArrival = d.serviceStart(o, arrival) + service + fromPickup;
                        if (nextArrival <= nextLatestArrival) {
                            long cost = toPickup + fromPickup - d.travel(previousLocation, nextLocation);
                            if (cost < bestCost) {
                                bestCost = cost;
                                best = ((long) v << 32) | i;
                            }
                        }
                    }
                    if (i < n) {
                        previousLocation = d.location[r[i]];
                        previousDeparture = dep[i];
                    }
                }
            }
            return best;
        }
    }
}
