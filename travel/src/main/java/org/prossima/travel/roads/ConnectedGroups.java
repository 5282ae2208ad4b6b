package org.prossima.travel.roads;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.prossima.solver.travel.Unroutable;
import org.prossima.solver.travel.UnroutableReason;
import org.prossima.travel.roads.ManyToManyCH.PairFigures;

/**
 * Splits snapped locations into groups whose members all reach one another (reachability is transitive, so these
 * are the classes of "reaches and is reached by"), keeps the largest group (the one with the lowest index on a
 * tie) as the matrix, and reports every other location with what it cannot reach.
 */
final class ConnectedGroups {

    private ConnectedGroups() {
    }

    /**
     * @param routable  indexes of the snapped locations, increasing
     * @param distinct  for each of them, its row in {@code figures} (locations on the same node share a row)
     */
    static RoadMatrixResult result(SnappedLocations snapped, int[] routable, int[] distinct, PairFigures figures,
            String source) {
        int[] group = groups(distinct, figures);
        int main = largestGroup(group);
        List<Integer> kept = new ArrayList<>();
        for (int k = 0; k < routable.length; k++) {
            if (group[k] == main) {
                kept.add(k);
            }
        }
        List<Unroutable> unroutable = new ArrayList<>(snapped.notSnapped());
        for (int k = 0; k < routable.length; k++) {
            if (group[k] != main) {
                unroutable.add(notConnected(snapped, routable, distinct, figures, k, kept));
            }
        }
        unroutable.sort(Comparator.comparingInt(Unroutable::index));
        int r = kept.size();
        long[] millis = new long[r * r];
        double[] metres = new double[r * r];
        for (int a = 0; a < r; a++) {
            int from = distinct[kept.get(a)];
            for (int b = 0; b < r; b++) {
                int cell = from * figures.size() + distinct[kept.get(b)];
                millis[a * r + b] = figures.millis()[cell];
                metres[a * r + b] = figures.metres()[cell];
            }
        }
        List<Integer> indexes = kept.stream().map(k -> routable[k]).toList();
        return new RoadMatrixResult(new RoadTravelTimeMatrix(r, millis, metres, snapped.profile(), source), indexes,
                unroutable);
    }

    private static int[] groups(int[] distinct, PairFigures figures) {
        int[] group = new int[distinct.length];
        Arrays.fill(group, -1);
        int groups = 0;
        for (int a = 0; a < distinct.length; a++) {
            if (group[a] >= 0) {
                continue;
            }
            group[a] = groups;
            for (int b = a + 1; b < distinct.length; b++) {
                if (group[b] < 0 && figures.reachable(distinct[a], distinct[b])
                        && figures.reachable(distinct[b], distinct[a])) {
                    group[b] = groups;
                }
            }
            groups++;
        }
        return group;
    }

    private static int largestGroup(int[] group) {
        int[] sizes = new int[group.length + 1];
        int best = 0;
        for (int g : group) {
            sizes[g]++;
            if (sizes[g] > sizes[best] || (sizes[g] == sizes[best] && g < best)) {
                best = g;
            }
        }
        return best;
    }

    private static Unroutable notConnected(SnappedLocations snapped, int[] routable, int[] distinct,
            PairFigures figures, int k, List<Integer> kept) {
        int cannotReach = 0;
        int cannotBeReached = 0;
        int example = -1;
        for (int m : kept) {
            boolean to = figures.reachable(distinct[k], distinct[m]);
            boolean from = figures.reachable(distinct[m], distinct[k]);
            cannotReach += to ? 0 : 1;
            cannotBeReached += from ? 0 : 1;
            if ((!to || !from) && example < 0) {
                example = routable[m];
            }
        }
        String profile = snapped.profile().name().toLowerCase(Locale.ROOT);
        String detail = "on a road open to " + profile + ", but with no " + profile + " route to " + cannotReach
                + " and from " + cannotBeReached + " of the " + kept.size() + " connected locations (e.g. location "
                + example + "): a road-network island, a one-way or an access restriction";
        int index = routable[k];
        return new Unroutable(index, snapped.locations().get(index), UnroutableReason.NOT_CONNECTED, detail);
    }
}
