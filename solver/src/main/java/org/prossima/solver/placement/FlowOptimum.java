package org.prossima.solver.placement;

import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jgrapht.Graph;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;

/**
 * The exact optimum of {@link PlacementVariant#FLOW} (no budgets, no equity) as a minimum-cost flow with JGraphT.
 *
 * <p>Network: every free candidate supplies one unit; it flows either to an eligible opportunity (an edge of the
 * {@link EligibilityGraph}) or straight to the sink (left out). Opportunity → tutor edges carry at most the seats,
 * tutor → sink edges at most the tutor's capacity (an opportunity without a tutor goes to the sink directly). A
 * placement's value is weight + soft gain × 2<sup>−k</sup>, with 2<sup>k</sup> larger than any soft difference of
 * the problem (1,024 per candidate), so values order plans exactly as {@link PlacementObjective} does; edge costs
 * are a constant minus the value, so the cheapest flow is the plan of highest objective. (JGraphT's algorithm
 * refuses arc costs of 10<sup>9</sup> or more, so the objective's own scale cannot be used as is; with a power of
 * two the doubles stay exact.) Pinned candidates keep their opportunity and use up its seat and tutor.
 *
 * @param assignment      candidate id → opportunity id for every candidate placed (pinned ones included)
 * @param placedWeight    total weight of the candidates placed
 * @param mediumScore     the medium score of this plan
 * @param softScore       the soft score of this plan (pair terms only: the flow variant has no equity term)
 * @param objective       {@link PlacementObjective} of this plan
 * @param elapsed         time to compute it
 */
public record FlowOptimum(Map<String, String> assignment, long placedWeight, long mediumScore, long softScore,
        long objective, Duration elapsed) {

    public FlowOptimum {
        assignment = Collections.unmodifiableMap(new LinkedHashMap<>(assignment));
    }

    public static FlowOptimum compute(EligibilityGraph eligibility) {
        long started = System.nanoTime();
        CompatibilityTable compatibility = eligibility.compatibility();
        PlacementProblem problem = compatibility.problem();
        int candidateCount = problem.candidates().size();
        int opportunityCount = problem.opportunities().size();
        Map<String, Integer> tutorIndex = new HashMap<>();
        for (TutorSpec tutor : problem.tutors()) {
            tutorIndex.put(tutor.id(), tutorIndex.size());
        }
        int[] seatsLeft = new int[opportunityCount];
        for (int o = 0; o < opportunityCount; o++) {
            seatsLeft[o] = problem.opportunities().get(o).seats();
        }
        int[] tutorLeft = problem.tutors().stream().mapToInt(TutorSpec::maxPeople).toArray();

        Map<String, String> assignment = new LinkedHashMap<>();
        Map<String, Integer> opportunityById = new HashMap<>();
        for (int o = 0; o < opportunityCount; o++) {
            opportunityById.put(problem.opportunities().get(o).id(), o);
        }
        long placedWeight = 0;
        long soft = 0;
        boolean[] free = new boolean[candidateCount];
        for (int c = 0; c < candidateCount; c++) {
            CandidateSpec candidate = problem.candidates().get(c);
            if (candidate.acceptedOpportunityId() == null) {
                free[c] = true;
                continue;
            }
            int o = opportunityById.get(candidate.acceptedOpportunityId());
            assignment.put(candidate.id(), candidate.acceptedOpportunityId());
            placedWeight += candidate.weight(problem.opportunities().get(o));
            soft += compatibility.softGain(c, o);
            seatsLeft[o] = Math.max(0, seatsLeft[o] - 1);
            String tutor = problem.opportunities().get(o).tutorId();
            if (tutor != null) {
                int t = tutorIndex.get(tutor);
                tutorLeft[t] = Math.max(0, tutorLeft[t] - 1);
            }
        }

        // Vertices: candidates 0..C-1, opportunities C..C+O-1, tutors after, then the sink.
        int tutorBase = candidateCount + opportunityCount;
        int sink = tutorBase + problem.tutors().size();
        Graph<Integer, DefaultWeightedEdge> network = new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
        for (int v = 0; v <= sink; v++) {
            network.addVertex(v);
        }
        Map<DefaultWeightedEdge, Integer> capacity = new HashMap<>();
        int softBits = 64 - Long.numberOfLeadingZeros(1024L * Math.max(1, candidateCount));
        double maxValue = 0;
        for (int c = 0; c < candidateCount; c++) {
            if (!free[c]) {
                continue;
            }
            for (int o : eligibility.opportunitiesOf(c)) {
                maxValue = Math.max(maxValue, value(compatibility, c, o, softBits));
            }
        }
        double base = Math.floor(maxValue) + 1;
        int freeCount = 0;
        for (int c = 0; c < candidateCount; c++) {
            if (!free[c]) {
                continue;
            }
            freeCount++;
            for (int o : eligibility.opportunitiesOf(c)) {
                if (seatsLeft[o] > 0) {
                    addArc(network, capacity, c, candidateCount + o, 1, base - value(compatibility, c, o, softBits));
                }
            }
            addArc(network, capacity, c, sink, 1, base);
        }
        for (int o = 0; o < opportunityCount; o++) {
            String tutor = problem.opportunities().get(o).tutorId();
            int target = tutor == null ? sink : tutorBase + tutorIndex.get(tutor);
            addArc(network, capacity, candidateCount + o, target, seatsLeft[o], 0);
        }
        for (int t = 0; t < tutorLeft.length; t++) {
            addArc(network, capacity, tutorBase + t, sink, tutorLeft[t], 0);
        }
        int totalSupply = freeCount;
        boolean[] isFree = free;
        var flowProblem = new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(network,
                v -> v == sink ? -totalSupply : v < candidateCount && isFree[v] ? 1 : 0,
                edge -> capacity.get(edge));
        var flow = new CapacityScalingMinimumCostFlow<Integer, DefaultWeightedEdge>()
                .getMinimumCostFlow(flowProblem);
        for (var entry : flow.getFlowMap().entrySet()) {
            if (entry.getValue() < 0.5) {
                continue;
            }
            int from = network.getEdgeSource(entry.getKey());
            int to = network.getEdgeTarget(entry.getKey());
            if (from < candidateCount && to != sink) {
                int o = to - candidateCount;
                CandidateSpec candidate = problem.candidates().get(from);
                assignment.put(candidate.id(), problem.opportunities().get(o).id());
                placedWeight += candidate.weight(problem.opportunities().get(o));
                soft += compatibility.softGain(from, o);
            }
        }
        long totalWeight = PlacementObjective.totalWeight(problem);
        long medium = placedWeight - totalWeight;
        Map<String, String> ordered = new LinkedHashMap<>();
        for (CandidateSpec candidate : problem.candidates()) {
            String opportunity = assignment.get(candidate.id());
            if (opportunity != null) {
                ordered.put(candidate.id(), opportunity);
            }
        }
        return new FlowOptimum(ordered, placedWeight, medium, soft,
                PlacementObjective.of(totalWeight, medium, soft), Duration.ofNanos(System.nanoTime() - started));
    }

    /** Weight + soft gain × 2^-softBits: exact in a double, and ordered as the objective. */
    private static double value(CompatibilityTable compatibility, int candidate, int opportunity, int softBits) {
        return compatibility.problem().candidates().get(candidate)
                .weight(compatibility.problem().opportunities().get(opportunity))
                + Math.scalb((double) compatibility.softGain(candidate, opportunity), -softBits);
    }

    private static void addArc(Graph<Integer, DefaultWeightedEdge> network,
            Map<DefaultWeightedEdge, Integer> capacity, int from, int to, int arcCapacity, double cost) {
        DefaultWeightedEdge edge = network.addEdge(from, to);
        network.setEdgeWeight(edge, cost);
        capacity.put(edge, arcCapacity);
    }
}
