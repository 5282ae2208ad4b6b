package org.prossima.solver.placement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;

import org.prossima.solver.placement.PlacementPlan.ConsortiumSummary;
import org.prossima.solver.placement.PlacementPlan.ConstraintTotal;
import org.prossima.solver.placement.PlacementPlan.FlowReference;
import org.prossima.solver.placement.PlacementPlan.Match;
import org.prossima.solver.travel.TravelProfile;

/**
 * Turns an assignment (candidate id → opportunity id) into a plan: its score from the independent evaluator, the
 * distance to the flow optimum, one explained match per candidate, the figures per consortium and the travel
 * sources. Holds what every plan of one problem shares (the pair table, the eligibility graph, the flow optimum),
 * computed once per solve.
 */
final class PlanAssembler {

    private final PlacementProblem problem;
    private final CompatibilityTable table;
    private final EligibilityGraph eligibility;
    private final FlowOptimum flow;
    private final PlacementEvaluator evaluator;
    private final PlacementExplainer explainer;
    private final long totalWeight;
    private final Map<String, Integer> opportunityIndex = new HashMap<>();

    PlanAssembler(PlacementProblem problem) {
        this.problem = problem;
        this.table = new CompatibilityTable(problem);
        this.eligibility = new EligibilityGraph(table);
        this.flow = FlowOptimum.compute(eligibility);
        this.evaluator = new PlacementEvaluator(problem, table);
        this.explainer = new PlacementExplainer(problem, table);
        this.totalWeight = PlacementObjective.totalWeight(problem);
        for (int o = 0; o < problem.opportunities().size(); o++) {
            opportunityIndex.put(problem.opportunities().get(o).id(), o);
        }
    }

    CompatibilityTable table() {
        return table;
    }

    FlowOptimum flow() {
        return flow;
    }

    /**
     * @param assignment  candidate id → opportunity id of the candidates placed
     * @param solverScore Timefold's score of the same assignment
     */
    PlacementPlan plan(Map<String, String> assignment, HardMediumSoftScore solverScore) {
        PlacementEvaluation evaluation = evaluator.evaluate(assignment);
        var score = HardMediumSoftScore.of(evaluation.hardScore(), evaluation.mediumScore(), evaluation.softScore());
        long objective = PlacementObjective.of(totalWeight, evaluation.mediumScore(), evaluation.softScore());
        var reference = new FlowReference(flow.objective(), flow.assignment().size(),
                PlacementObjective.gapPercent(objective, flow.objective()),
                problem.variant() == PlacementVariant.FLOW, flow.elapsed().toMillis());
        var room = new RoomLeft(problem, eligibility, opportunityIndex, assignment);
        List<Match> matches = new ArrayList<>();
        Map<String, ConsortiumFigures> perConsortium = new TreeMap<>();
        for (int c = 0; c < problem.candidates().size(); c++) {
            CandidateSpec candidate = problem.candidates().get(c);
            Integer o = opportunityIndex.get(assignment.get(candidate.id()));
            OpportunitySpec opportunity = o == null ? null : problem.opportunities().get(o);
            perConsortium.merge(candidate.consortium(), ConsortiumFigures.of(opportunity), ConsortiumFigures::plus);
            matches.add(o == null ? leftOut(c, room) : placed(c, o));
        }
        return new PlacementPlan(problem.variant(), score.toString(), solverScore.toString(), score.hardScore(),
                score.mediumScore(),
                score.softScore(), score.isFeasible(), problem.candidates().size(), assignment.size(), objective,
                reference, matches, consortia(perConsortium), constraints(evaluation), travelSources(),
                travelEstimate());
    }

    private Match placed(int c, int o) {
        CandidateSpec candidate = problem.candidates().get(c);
        String opportunityId = problem.opportunities().get(o).id();
        boolean pinned = opportunityId.equals(candidate.acceptedOpportunityId());
        Integer commute = table.commuteKnown(c, o) ? table.commuteMinutes(c, o) : null;
        return new Match(candidate.id(), candidate.consortium(), opportunityId, pinned, commute, profile(candidate),
                eligibility.opportunitiesOf(c).size(), explainer.placed(c, o, pinned));
    }

    private Match leftOut(int c, RoomLeft room) {
        CandidateSpec candidate = problem.candidates().get(c);
        return new Match(candidate.id(), candidate.consortium(), null, false, null, profile(candidate),
                eligibility.opportunitiesOf(c).size(), explainer.leftOut(c, room.eligibleWithRoom(c)));
    }

    private static String profile(CandidateSpec candidate) {
        return candidate.mobility().travelProfile().name();
    }

    private List<ConsortiumSummary> consortia(Map<String, ConsortiumFigures> perConsortium) {
        Map<String, Long> budgets = new HashMap<>();
        problem.budgets().forEach(b -> budgets.put(b.consortium(), b.monthlyEuros()));
        List<ConsortiumSummary> consortia = new ArrayList<>();
        perConsortium.forEach((consortium, figures) -> consortia.add(new ConsortiumSummary(consortium,
                figures.candidates(), figures.placed(), figures.placementRatePercent(), figures.monthlyCostEuros(),
                budgets.get(consortium))));
        return consortia;
    }

    private static List<ConstraintTotal> constraints(PlacementEvaluation evaluation) {
        List<ConstraintTotal> constraints = new ArrayList<>();
        evaluation.totals().forEach((name, total) -> constraints.add(new ConstraintTotal(name,
                PlacementEvaluator.level(name), total, evaluation.matchCounts().get(name))));
        return constraints;
    }

    /** The profiles the candidates travel by, in a fixed order. */
    private TreeSet<TravelProfile> profiles() {
        var profiles = new TreeSet<TravelProfile>();
        problem.candidates().forEach(c -> profiles.add(c.mobility().travelProfile()));
        return profiles;
    }

    private List<String> travelSources() {
        return profiles().stream().map(p -> p.name().toLowerCase(Locale.ROOT) + ": "
                + problem.matrices().get(p).source()).toList();
    }

    private boolean travelEstimate() {
        return profiles().stream().anyMatch(p -> problem.matrices().get(p).estimate());
    }
}
