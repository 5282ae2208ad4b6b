package org.prossima.solver.placement;

import java.util.ArrayList;
import java.util.List;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;

/**
 * The bipartite graph of feasible pairs: a candidate is joined to every opportunity they meet all pair conditions
 * for ({@link CompatibilityTable#eligible}). A pinned candidate is joined only to their accepted opportunity. Seats,
 * tutors and budgets are not pair conditions: they are capacities on top of this graph.
 */
public final class EligibilityGraph {

    /** A vertex: candidate or opportunity, by its index in the problem. */
    public record Node(boolean candidate, int index) {
    }

    private final CompatibilityTable compatibility;
    private final Graph<Node, DefaultEdge> graph;
    private final List<Node> candidates;
    private final List<Node> opportunities;

    public EligibilityGraph(CompatibilityTable compatibility) {
        this.compatibility = compatibility;
        PlacementProblem problem = compatibility.problem();
        this.graph = GraphTypeBuilder.<Node, DefaultEdge>undirected().allowingMultipleEdges(false)
                .allowingSelfLoops(false).edgeClass(DefaultEdge.class).weighted(false).buildGraph();
        this.candidates = new ArrayList<>();
        this.opportunities = new ArrayList<>();
        for (int o = 0; o < problem.opportunities().size(); o++) {
            Node node = new Node(false, o);
            graph.addVertex(node);
            opportunities.add(node);
        }
        for (int c = 0; c < problem.candidates().size(); c++) {
            Node node = new Node(true, c);
            graph.addVertex(node);
            candidates.add(node);
            String accepted = problem.candidates().get(c).acceptedOpportunityId();
            for (int o = 0; o < problem.opportunities().size(); o++) {
                boolean joined = accepted == null ? compatibility.eligible(c, o)
                        : accepted.equals(problem.opportunities().get(o).id());
                if (joined) {
                    graph.addEdge(node, opportunities.get(o));
                }
            }
        }
    }

    public CompatibilityTable compatibility() {
        return compatibility;
    }

    /** The JGraphT graph (read it, do not change it). */
    public Graph<Node, DefaultEdge> graph() {
        return graph;
    }

    public Node candidate(int index) {
        return candidates.get(index);
    }

    public Node opportunity(int index) {
        return opportunities.get(index);
    }

    /** Indexes of the opportunities joined to a candidate. */
    public List<Integer> opportunitiesOf(int candidate) {
        Node node = candidates.get(candidate);
        List<Integer> result = new ArrayList<>();
        for (DefaultEdge edge : graph.edgesOf(node)) {
            Node other = graph.getEdgeSource(edge).equals(node) ? graph.getEdgeTarget(edge) : graph.getEdgeSource(edge);
            result.add(other.index());
        }
        result.sort(null);
        return result;
    }

    /** Number of feasible pairs. */
    public int edgeCount() {
        return graph.edgeSet().size();
    }
}
