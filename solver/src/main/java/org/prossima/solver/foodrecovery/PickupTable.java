package org.prossima.solver.foodrecovery;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;

import org.prossima.solver.travel.TravelTimeMatrix;

/**
 * The routing problem flattened for our own neighbourhoods: the stops' and vehicles' fixed figures as arrays indexed
 * by {@link Stop#ordinal} and vehicle position (windows, service, kg, compartments, shifts, capacities, pins, which
 * vehicle may take which stop), and each stop's nearest other stops. Built once per solve from the working solution;
 * read-only afterwards. Pickups and drop-offs alike are "pickups" here: the neighbourhoods that use it plan pickups.
 * <p>
 * "Nearest" is by round-trip travel time {@code t(i, j) + t(j, i)}, so the relation is symmetric even on an
 * asymmetric road matrix; ties are broken by ordinal, which keeps the lists deterministic.
 */
final class PickupTable {

    final TravelTimeMatrix matrix;
    final int pickupCount;
    final int[] location;
    /** Per pickup, its windows' starts and ends, in order. */
    final long[][] windowStarts;
    final long[][] windowEnds;
    final long[] service;
    final int[] kg;
    final Compartment[] compartment;
    /** Longest time on board from leaving the donor to the end of the route, 0 for no limit. */
    final long[] maxOnBoard;
    /** Kg times perishability weight: what leaving the pickup out costs at the medium level. */
    final long[] weightedKg;

    final int vehicleCount;
    final int[] startLocation;
    final int[] endLocation;
    final long[] shiftStart;
    /** The shift end, or the end of the maximum route duration when that comes first. */
    final long[] latestReturn;
    final Capacity[] capacity;
    final int[] pinIndex;
    /** Vehicles with the same class are interchangeable while empty. */
    final int[] vehicleClass;
    /** {@code allowed[pickup][vehicle]}: the vehicle has the food's compartment and the required skills. */
    private final boolean[][] allowed;
    /** {@code nearest[i]}: ordinals of the other pickups, nearest first, at most {@code depth} of them. */
    private final int[][] nearest;

    private PickupTable(FoodRecoverySolution solution, int depth) {
        matrix = solution.getMatrix();
        List<Stop> pickups = solution.getStops();
        pickupCount = pickups.size();
        location = new int[pickupCount];
        windowStarts = new long[pickupCount][];
        windowEnds = new long[pickupCount][];
        service = new long[pickupCount];
        kg = new int[pickupCount];
        compartment = new Compartment[pickupCount];
        maxOnBoard = new long[pickupCount];
        weightedKg = new long[pickupCount];
        for (int i = 0; i < pickupCount; i++) {
            Stop pickup = pickups.get(i);
            if (pickup.ordinal != i) {
                throw new IllegalStateException("pickup " + pickup + " has ordinal " + pickup.ordinal + " at " + i);
            }
            location[i] = pickup.getLocation();
            List<TimeWindow> windows = pickup.getWindows();
            windowStarts[i] = windows.stream().mapToLong(TimeWindow::start).toArray();
            windowEnds[i] = windows.stream().mapToLong(TimeWindow::end).toArray();
            service[i] = pickup.getServiceSeconds();
            kg[i] = pickup.getKg();
            compartment[i] = pickup.getCompartment();
            maxOnBoard[i] = pickup.getMaxSecondsOnBoard();
            weightedKg[i] = pickup.getWeightedKg();
        }
        List<Vehicle> vehicles = solution.getVehicles();
        vehicleCount = vehicles.size();
        startLocation = new int[vehicleCount];
        endLocation = new int[vehicleCount];
        shiftStart = new long[vehicleCount];
        latestReturn = new long[vehicleCount];
        capacity = new Capacity[vehicleCount];
        pinIndex = new int[vehicleCount];
        vehicleClass = new int[vehicleCount];
        allowed = new boolean[pickupCount][vehicleCount];
        var classes = new HashMap<List<Object>, Integer>();
        for (int v = 0; v < vehicleCount; v++) {
            Vehicle vehicle = vehicles.get(v);
            startLocation[v] = vehicle.getStartLocation();
            endLocation[v] = vehicle.getEndLocation();
            shiftStart[v] = vehicle.getShiftStart();
            latestReturn[v] = vehicle.getMaxRouteSeconds() > 0
                    ? Math.min(vehicle.getShiftEnd(), vehicle.getShiftStart() + vehicle.getMaxRouteSeconds())
                    : vehicle.getShiftEnd();
            capacity[v] = vehicle.getCapacity();
            pinIndex[v] = vehicle.getPinIndex();
            vehicleClass[v] = classes.computeIfAbsent(List.of(startLocation[v], endLocation[v], shiftStart[v],
                    latestReturn[v], capacity[v], vehicle.getSkills()), key -> classes.size());
            for (int i = 0; i < pickupCount; i++) {
                Stop pickup = pickups.get(i);
                // A drop-off carries no food of its own and needs no skill.
                allowed[i][v] = pickup.getCompartment() == null || (vehicle.getCapacity().carries(pickup.getCompartment())
                        && vehicle.getSkills().containsAll(pickup.getRequiredSkills()));
            }
        }
        int size = Math.min(depth, pickupCount - 1);
        nearest = new int[pickupCount][];
        long[] keys = new long[pickupCount - 1];
        for (int i = 0; i < pickupCount; i++) {
            // Sort (round-trip seconds, ordinal) pairs packed in a long: seconds in the high bits.
            int n = 0;
            for (int j = 0; j < pickupCount; j++) {
                if (j != i) {
                    long roundTrip = matrix.travelSeconds(location[i], location[j])
                            + matrix.travelSeconds(location[j], location[i]);
                    keys[n++] = (Math.min(roundTrip, (1L << 40) - 1) << 22) | j;
                }
            }
            Arrays.sort(keys, 0, n);
            int[] list = new int[size];
            for (int k = 0; k < size; k++) {
                list[k] = (int) (keys[k] & ((1 << 22) - 1));
            }
            nearest[i] = list;
        }
    }

    /** @param depth how many nearest pickups to keep per pickup (fewer when the problem is smaller) */
    static PickupTable of(FoodRecoverySolution solution, int depth) {
        if (solution.getStops().size() >= (1 << 22)) {
            throw new IllegalArgumentException("too many stops for the neighbour lists: " + solution.getStops().size()
                    + " (at most " + ((1 << 22) - 1) + "): split the day into several problems");
        }
        return new PickupTable(solution, depth);
    }

    /** The nearest other pickups of pickup {@code ordinal}, nearest first. Do not modify. */
    int[] nearest(int ordinal) {
        return nearest[ordinal];
    }

    /** Whether vehicle {@code v} has the compartment and skills pickup {@code o} needs. */
    boolean allowed(int o, int v) {
        return allowed[o][v];
    }

    /** When service starts on arrival at {@code arrival} (waiting for the next window if needed). */
    long serviceStart(int o, long arrival) {
        long[] starts = windowStarts[o];
        long[] ends = windowEnds[o];
        for (int w = 0; w < starts.length; w++) {
            if (arrival <= ends[w]) {
                return Math.max(arrival, starts[w]);
            }
        }
        return arrival;
    }

    /** The last window's end: arriving later is late. */
    long lastEnd(int o) {
        long[] ends = windowEnds[o];
        return ends[ends.length - 1];
    }

    /**
     * The latest arrival at pickup {@code o} from which service can start by {@code latestServiceStart} without
     * arriving late, or {@link Long#MIN_VALUE} when none can. Service start grows with arrival, so it is a bound.
     */
    long latestArrival(int o, long latestServiceStart) {
        long[] starts = windowStarts[o];
        long[] ends = windowEnds[o];
        for (int w = starts.length - 1; w >= 0; w--) {
            if (starts[w] <= latestServiceStart) {
                return Math.min(ends[w], latestServiceStart);
            }
        }
        return Long.MIN_VALUE;
    }

    long travel(int fromLocation, int toLocation) {
        return matrix.travelSeconds(fromLocation, toLocation);
    }
}
