package org.prossima.solver.foodrecovery;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

import org.prossima.solver.foodrecovery.RouteSchedules.Insertion;

/**
 * The recreate of ruin-and-recreate (SISR's greedy insertion with blinks; jsprit's {@code BestInsertion}): put the
 * stops back one by one, each at its cheapest feasible position by added travel ({@link RouteSchedules}), skipping
 * each candidate position with probability {@link #BLINK} so that repeated recreates differ. A stop that fits nowhere
 * stays unassigned. The order is SISR's, chosen at random each time.
 */
final class CheapestInsertion {

    /** Probability of skipping a candidate insertion position. */
    static final double BLINK = 0.01;

    private CheapestInsertion() {
    }

    /**
     * Inserts {@code ordinals} into {@code schedules} and returns where each went, in the order inserted (each
     * index refers to the route as it is after the earlier insertions); stops that fit nowhere are left out.
     * {@code ordinals} is reordered.
     */
    static List<Insertion> recreate(int[] ordinals, RouteSchedules schedules, RandomGenerator random) {
        order(ordinals, schedules.table(), random);
        List<Insertion> inserted = new ArrayList<>(ordinals.length);
        for (int ordinal : ordinals) {
            Insertion best = schedules.cheapestInsertion(ordinal, random, BLINK);
            if (best != null) {
                schedules.insert(best);
                inserted.add(best);
            }
        }
        return inserted;
    }

    /** SISR's recreate orders: random (4), largest demand first (4), farthest from the depot first (2), closest (1). */
    private static void order(int[] ordinals, PickupTable table, RandomGenerator random) {
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
            if (order < 8) {
                keys[i] = -table.weightedKg[o];
            } else {
                long fromDepot = table.travel(table.startLocation[0], table.location[o]);
                keys[i] = order < 10 ? -fromDepot : fromDepot;
            }
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
}
