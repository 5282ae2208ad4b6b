package org.prossima.solver.foodrecovery;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * The ruin of ruin-and-recreate, after slack induction by string removals (SISR, Christiaens and Vanden Berghe 2020;
 * jsprit's {@code RuinString}): from a random seed stop, walk its nearest stops and, in each route met that has not
 * been ruined yet, remove a string of consecutive stops through the one met. Pinned stops stay. How much goes is
 * random around {@link #AVERAGE_REMOVED} stops in strings of at most {@link #MAX_STRING}.
 */
final class StringRemoval {

    /** Average number of stops removed (SISR's c-bar). */
    static final double AVERAGE_REMOVED = 10;
    /** Longest string removed from one route (SISR's L-max). */
    static final int MAX_STRING = 10;

    private StringRemoval() {
    }

    /** Removes strings around a random seed from {@code schedules}; returns the removed stops' ordinals. */
    static int[] ruin(RouteSchedules schedules, RandomGenerator random) {
        int movable = schedules.movableCount();
        if (movable == 0) {
            return new int[0];
        }
        PickupTable table = schedules.table();
        double averageRouteSize = (double) movable / Math.max(1, schedules.usedRouteCount());
        double maxStringLength = Math.min(MAX_STRING, averageRouteSize);
        double maxStrings = 4 * AVERAGE_REMOVED / (1 + maxStringLength) - 1;
        int stringCount = Math.max(1, (int) (1 + random.nextDouble() * maxStrings));
        int seed = schedules.randomMovable(random, movable);
        int[] near = table.nearest(seed);
        boolean[] ruinedRoute = new boolean[schedules.vehicleCount];
        int[] removed = new int[movable];
        int removedCount = 0;
        int ruined = 0;
        for (int k = -1; k < near.length && ruined < stringCount; k++) {
            int stop = k < 0 ? seed : near[k];
            int v = schedules.vehicleOf[stop];
            if (v < 0 || ruinedRoute[v]) {
                continue;
            }
            int pin = table.pinIndex[v];
            int position = schedules.positionOf(stop);
            if (position < pin) {
                continue;
            }
            int size = schedules.size[v] - pin; // the movable part
            int maxLength = (int) Math.min(size, maxStringLength);
            int length = Math.max(1, Math.min(1 + (int) (random.nextDouble() * maxLength), size));
            int lowest = Math.max(pin, position - length + 1);
            int highest = Math.min(position, schedules.size[v] - length);
            int start = lowest + random.nextInt(highest - lowest + 1);
            for (int i = start; i < start + length; i++) {
                removed[removedCount++] = schedules.route[v][i];
            }
            schedules.removeRange(v, start, length);
            ruinedRoute[v] = true;
            ruined++;
        }
        return Arrays.copyOf(removed, removedCount);
    }
}
