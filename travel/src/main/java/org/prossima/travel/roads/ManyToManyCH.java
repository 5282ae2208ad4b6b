package org.prossima.travel.roads;

import java.util.Arrays;

import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.storage.Graph;
import com.graphhopper.storage.RoutingCHEdgeExplorer;
import com.graphhopper.storage.RoutingCHEdgeIterator;
import com.graphhopper.storage.RoutingCHGraph;
import com.graphhopper.util.EdgeIteratorState;

/**
 * Shortest paths between every pair of N nodes of a node-based contraction hierarchy with the bucket-based
 * many-to-many algorithm (Knopp, Sanders, Schultes, Schulz, Wagner, "Computing many-to-many shortest paths using
 * highway hierarchies", ALENEX 2007, as used on contraction hierarchies):
 * <ol>
 * <li>from each target {@code t}, an upward search on the reversed graph; every node {@code v} it settles gets the
 * entry {@code (t, d(v→t))} in its bucket;</li>
 * <li>from each source {@code s}, an upward search on the graph; at every node {@code v} it settles, each bucket
 * entry {@code (t, d)} offers the path {@code s→v→t} of weight {@code d(s→v) + d}, and the smallest offer per
 * target wins.</li>
 * </ol>
 * That is 2N one-sided searches of a few hundred nodes instead of N² point-to-point queries. Both searches use
 * stall-on-demand (a settled node that a neighbour already reached more cheaply is neither expanded nor used),
 * with GraphHopper's margin of 0.001 for shortcut weights stored rounded to 1/1000.
 *
 * <p>The searches minimise GraphHopper's weight of the profile, exactly like its own CH route, and carry each
 * path's milliseconds and metres beside the weight ({@link ShortcutFigures} for shortcuts, the weighting and edge
 * distance for original and virtual edges). So the seconds and metres of a pair are those of the path with the
 * smallest weight, which for car and van is the fastest path. Ties: when two paths have exactly the same weight, the
 * one with fewer metres wins, both within one search and between meeting nodes.
 *
 * <p>The graph is usually a query graph: snapped points are virtual nodes above every level, and edges touching
 * them are always followed, as in GraphHopper's own CH algorithms. An instance is not thread-safe (it holds the
 * search arrays); the graph is only read.
 */
final class ManyToManyCH {

    /** The most distinct nodes whose n×n figures fit in Java arrays. */
    static final int MAX_NODES = 46_340;

    /** GraphHopper's stall-on-demand margin, for shortcut weights stored rounded to 1/1000. */
    private static final double STALL_MARGIN = 0.001;

    private final RoutingCHGraph graph;
    private final Graph queryGraph;
    private final Weighting weighting;
    private final ShortcutFigures shortcuts;
    private final int realNodes;
    private final int realEdges;
    private final int chEdges;

    /**
     * @param graph     the (query) CH graph to search
     * @param shortcuts figures of the shortcuts of the underlying CH graph
     * @param realNodes nodes of the base graph: higher ids are virtual
     * @param realEdges edges of the base graph: CH edge ids from here to {@code chEdges} are shortcuts
     * @param chEdges   edges of the underlying CH graph (base edges and shortcuts): higher ids are virtual
     */
    ManyToManyCH(RoutingCHGraph graph, ShortcutFigures shortcuts, int realNodes, int realEdges, int chEdges) {
        this.graph = graph;
        this.queryGraph = graph.getBaseGraph();
        this.weighting = graph.getWeighting();
        this.shortcuts = shortcuts;
        this.realNodes = realNodes;
        this.realEdges = realEdges;
        this.chEdges = chEdges;
    }

    /** Row-major figures between {@code nodes} (distinct); unreachable pairs have infinite weight. */
    PairFigures compute(int[] nodes) {
        int n = nodes.length;
        if (n > MAX_NODES) {
            throw new IllegalArgumentException("a matrix between " + n + " distinct places is too large: at most "
                    + MAX_NODES + " (split the locations)");
        }
        Buckets buckets = fillBuckets(nodes);
        double[] weight = new double[n * n];
        long[] millis = new long[n * n];
        double[] metres = new double[n * n];
        Arrays.fill(weight, Double.POSITIVE_INFINITY);
        UpwardSearch forward = new UpwardSearch(false);
        for (int i = 0; i < n; i++) {
            int row = i * n;
            forward.run(nodes[i], (v, w, ms, m) -> {
                for (int k = buckets.start[v], end = buckets.start[v + 1]; k < end; k++) {
                    int cell = row + buckets.target[k];
                    double total = w + buckets.weight[k];
                    double totalMetres = m + buckets.metres[k];
                    if (total < weight[cell] || (total == weight[cell] && totalMetres < metres[cell])) {
                        weight[cell] = total;
                        millis[cell] = ms + buckets.millis[k];
                        metres[cell] = totalMetres;
                    }
                }
            });
        }
        return new PairFigures(n, weight, millis, metres);
    }

    private Buckets fillBuckets(int[] targets) {
        BucketEntries entries = new BucketEntries();
        UpwardSearch backward = new UpwardSearch(true);
        for (int t = 0; t < targets.length; t++) {
            int target = t;
            backward.run(targets[t], (v, w, ms, m) -> entries.add(v, target, w, ms, m));
        }
        return entries.byNode(graph.getNodes());
    }

    /** Row-major n×n figures: GraphHopper weight, milliseconds and metres of the chosen path. */
    record PairFigures(int size, double[] weight, long[] millis, double[] metres) {

        boolean reachable(int from, int to) {
            return weight[from * size + to] != Double.POSITIVE_INFINITY;
        }
    }

    @FunctionalInterface
    private interface SettledNode {
        void settled(int node, double weight, long millis, double metres);
    }

    /** A Dijkstra search that only goes up the hierarchy, forward (out-edges) or backward (in-edges). */
    private final class UpwardSearch {
        private final boolean backward;
        private final RoutingCHEdgeExplorer expand;
        private final RoutingCHEdgeExplorer stall;
        private final double[] weight;
        private final long[] millis;
        private final double[] metres;
        private final int[] reached;
        private final int[] settled;
        private final MinHeap heap = new MinHeap();
        private int stamp;

        UpwardSearch(boolean backward) {
            this.backward = backward;
            this.expand = backward ? graph.createInEdgeExplorer() : graph.createOutEdgeExplorer();
            this.stall = backward ? graph.createOutEdgeExplorer() : graph.createInEdgeExplorer();
            int nodes = graph.getNodes();
            weight = new double[nodes];
            millis = new long[nodes];
            metres = new double[nodes];
            reached = new int[nodes];
            settled = new int[nodes];
        }

        void run(int start, SettledNode visitor) {
            stamp++;
            heap.clear();
            reach(start, 0, 0, 0);
            while (!heap.isEmpty()) {
                double key = heap.peekKey();
                int v = heap.pop();
                if (settled[v] == stamp || key > weight[v]) {
                    continue;
                }
                settled[v] = stamp;
                if (stallable(v)) {
                    continue;
                }
                visitor.settled(v, weight[v], millis[v], metres[v]);
                relaxEdges(v);
            }
        }

        private void reach(int node, double w, long ms, double m) {
            reached[node] = stamp;
            weight[node] = w;
            millis[node] = ms;
            metres[node] = m;
            heap.push(w, node);
        }

        /** True when a neighbour proves that {@code v} is reached more cheaply than by its current path. */
        private boolean stallable(int v) {
            RoutingCHEdgeIterator it = stall.setBaseNode(v);
            while (it.next()) {
                int u = it.getAdjNode();
                if (reached[u] == stamp && weight[u] + it.getWeight(!backward) < weight[v] - STALL_MARGIN) {
                    return true;
                }
            }
            return false;
        }

        private void relaxEdges(int v) {
            RoutingCHEdgeIterator it = expand.setBaseNode(v);
            while (it.next()) {
                int u = it.getAdjNode();
                if (!upward(v, u)) {
                    continue;
                }
                double edgeWeight = it.getWeight(backward);
                if (Double.isInfinite(edgeWeight)) {
                    continue;
                }
                double w = weight[v] + edgeWeight;
                boolean seen = reached[u] == stamp;
                if (seen && (settled[u] == stamp || w > weight[u])) {
                    continue;
                }
                int edge = it.getEdge();
                long edgeMillis;
                double edgeMetres;
                if (edge >= realEdges && edge < chEdges) {
                    int shortcut = edge - realEdges;
                    edgeMillis = shortcuts.millis(shortcut, !backward);
                    edgeMetres = shortcuts.metres(shortcut);
                    if (edgeMillis == ShortcutFigures.NONE) {
                        throw new IllegalStateException("shortcut " + shortcut + " has a finite weight but no time in "
                                + "the direction searched");
                    }
                } else {
                    EdgeIteratorState state = queryGraph.getEdgeIteratorStateForKey(it.getOrigEdgeKeyFirst());
                    edgeMillis = weighting.calcEdgeMillis(state, backward);
                    edgeMetres = state.getDistance();
                }
                double m = metres[v] + edgeMetres;
                if (seen && w == weight[u] && m >= metres[u]) {
                    continue;
                }
                reach(u, w, millis[v] + edgeMillis, m);
            }
        }

        /** The level filter of CH searches; edges at virtual nodes (snapped points) are always followed. */
        private boolean upward(int from, int to) {
            return from >= realNodes || to >= realNodes || graph.getLevel(from) <= graph.getLevel(to);
        }
    }

    /** Bucket entries as they come, then grouped by node (counting sort) for the forward scans. */
    private static final class BucketEntries {
        private int size;
        private int[] node = new int[1024];
        private int[] target = new int[1024];
        private double[] weight = new double[1024];
        private long[] millis = new long[1024];
        private double[] metres = new double[1024];

        void add(int v, int t, double w, long ms, double m) {
            if (size == node.length) {
                int capacity = size * 2;
                node = Arrays.copyOf(node, capacity);
                target = Arrays.copyOf(target, capacity);
                weight = Arrays.copyOf(weight, capacity);
                millis = Arrays.copyOf(millis, capacity);
                metres = Arrays.copyOf(metres, capacity);
            }
            node[size] = v;
            target[size] = t;
            weight[size] = w;
            millis[size] = ms;
            metres[size] = m;
            size++;
        }

        Buckets byNode(int nodes) {
            int[] start = new int[nodes + 1];
            for (int k = 0; k < size; k++) {
                start[node[k] + 1]++;
            }
            for (int v = 0; v < nodes; v++) {
                start[v + 1] += start[v];
            }
            int[] next = Arrays.copyOf(start, nodes);
            Buckets b = new Buckets(start, new int[size], new double[size], new long[size], new double[size]);
            for (int k = 0; k < size; k++) {
                int at = next[node[k]]++;
                b.target[at] = target[k];
                b.weight[at] = weight[k];
                b.millis[at] = millis[k];
                b.metres[at] = metres[k];
            }
            return b;
        }
    }

    /** Node {@code v}'s entries are {@code start[v]} (inclusive) to {@code start[v + 1]} (exclusive). */
    private record Buckets(int[] start, int[] target, double[] weight, long[] millis, double[] metres) {
    }
}
