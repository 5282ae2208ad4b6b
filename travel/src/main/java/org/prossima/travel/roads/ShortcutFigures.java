package org.prossima.travel.roads;

import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.storage.RoutingCHEdgeIteratorState;
import com.graphhopper.storage.RoutingCHGraph;
import com.graphhopper.util.EdgeIteratorState;

/**
 * Metres and milliseconds of every shortcut of a node-based contraction hierarchy, in both directions, so that the
 * many-to-many search can carry a path's metres and milliseconds beside its weight without unpacking it.
 *
 * <p>GraphHopper 11 stores only a shortcut's weight (rounded to 1/1000) and the two edges it skips. A node-based
 * shortcut {@code a–b} skips {@code a–c} and {@code c–b}, where {@code c} was contracted before {@code a}; so its
 * figures are the sums of its two halves, each read in the direction of travel. Original edges give theirs through
 * the profile's weighting ({@link Weighting#calcEdgeMillis}, the edge's distance), exactly as GraphHopper's own path
 * extraction adds them up. Shortcut {@code i} is CH edge {@code baseEdges + i}; "forward" is from its lower-level
 * end {@code a} (the node that lists it) to {@code b}.
 *
 * <p>Memory: 12 bytes a shortcut (metres as float, milliseconds as int each way).
 */
final class ShortcutFigures {

    /** Milliseconds of a direction the shortcut cannot be travelled in. */
    static final int NONE = -1;

    private final float[] metres;
    private final int[] millisForward;
    private final int[] millisBackward;

    private ShortcutFigures(float[] metres, int[] millisForward, int[] millisBackward) {
        this.metres = metres;
        this.millisForward = millisForward;
        this.millisBackward = millisBackward;
    }

    double metres(int shortcut) {
        return metres[shortcut];
    }

    /** From the lower-level end to the higher one ({@code forward}) or back. */
    int millis(int shortcut, boolean forward) {
        return forward ? millisForward[shortcut] : millisBackward[shortcut];
    }

    int count() {
        return metres.length;
    }

    static ShortcutFigures of(RoutingCHGraph ch) {
        return new Builder(ch).build();
    }

    private static final class Builder {
        private final RoutingCHGraph ch;
        private final Weighting weighting;
        private final int baseEdges;
        private final int[] nodeA;
        private final int[] nodeB;
        private final boolean[] done;
        private final float[] metres;
        private final int[] millisForward;
        private final int[] millisBackward;

        Builder(RoutingCHGraph ch) {
            if (ch.isEdgeBased()) {
                throw new IllegalArgumentException("edge-based contraction hierarchies (turn costs) are not supported: "
                        + "the road profiles are node-based");
            }
            this.ch = ch;
            this.weighting = ch.getWeighting();
            this.baseEdges = ch.getBaseGraph().getEdges();
            int n = ch.getShortcuts();
            nodeA = new int[n];
            nodeB = new int[n];
            done = new boolean[n];
            metres = new float[n];
            millisForward = new int[n];
            millisBackward = new int[n];
        }

        ShortcutFigures build() {
            for (int s = 0; s < done.length; s++) {
                compute(s);
            }
            return new ShortcutFigures(metres, millisForward, millisBackward);
        }

        /**
         * Shortcuts are stored by increasing level of their lower end, so the shortcuts a shortcut skips (which sit
         * at a node contracted earlier) come first and the recursion is one level deep; it stays correct if not.
         */
        private void compute(int s) {
            if (done[s]) {
                return;
            }
            RoutingCHEdgeIteratorState sc = ch.getEdgeIteratorState(baseEdges + s, Integer.MIN_VALUE);
            int a = sc.getBaseNode();
            int b = sc.getAdjNode();
            nodeA[s] = a;
            nodeB[s] = b;
            int first = sc.getSkippedEdge1();
            int second = sc.getSkippedEdge2();
            prepare(first);
            prepare(second);
            if (!touches(first, a) || !touches(second, b)) {
                int swap = first;
                first = second;
                second = swap;
            }
            if (!touches(first, a) || !touches(second, b)) {
                throw new IllegalStateException("shortcut " + s + " (" + a + "–" + b + ") skips edges " + first + " and "
                        + second + " that do not join its ends");
            }
            int c = otherEnd(first, a);
            metres[s] = (float) (metres(first) + metres(second));
            millisForward[s] = sum(millis(first, a, c), millis(second, c, b));
            millisBackward[s] = sum(millis(second, b, c), millis(first, c, a));
            done[s] = true;
        }

        private void prepare(int edge) {
            if (edge >= baseEdges) {
                compute(edge - baseEdges);
            }
        }

        private boolean touches(int edge, int node) {
            if (edge >= baseEdges) {
                int s = edge - baseEdges;
                return nodeA[s] == node || nodeB[s] == node;
            }
            EdgeIteratorState e = ch.getBaseGraph().getEdgeIteratorState(edge, Integer.MIN_VALUE);
            return e.getBaseNode() == node || e.getAdjNode() == node;
        }

        private int otherEnd(int edge, int node) {
            if (edge >= baseEdges) {
                int s = edge - baseEdges;
                return nodeA[s] == node ? nodeB[s] : nodeA[s];
            }
            EdgeIteratorState e = ch.getBaseGraph().getEdgeIteratorState(edge, Integer.MIN_VALUE);
            return e.getBaseNode() == node ? e.getAdjNode() : e.getBaseNode();
        }

        private double metres(int edge) {
            if (edge >= baseEdges) {
                return metres[edge - baseEdges];
            }
            return ch.getBaseGraph().getEdgeIteratorState(edge, Integer.MIN_VALUE).getDistance();
        }

        /** Milliseconds to travel {@code edge} from {@code from} to {@code to}, or {@link #NONE}. */
        private int millis(int edge, int from, int to) {
            if (edge >= baseEdges) {
                int s = edge - baseEdges;
                return nodeA[s] == from ? millisForward[s] : millisBackward[s];
            }
            EdgeIteratorState e = ch.getBaseGraph().getEdgeIteratorState(edge, to);
            if (Double.isInfinite(weighting.calcEdgeWeight(e, false))) {
                return NONE;
            }
            return Math.toIntExact(weighting.calcEdgeMillis(e, false));
        }

        private static int sum(int x, int y) {
            return x == NONE || y == NONE ? NONE : Math.addExact(x, y);
        }
    }
}
