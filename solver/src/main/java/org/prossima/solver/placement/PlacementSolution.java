package org.prossima.solver.placement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.score.HardMediumSoftScore;

/** Timefold planning solution of the placement model. Built from a {@link PlacementProblem}. */
@PlanningSolution
public class PlacementSolution {

    @ProblemFactCollectionProperty
    private List<Opportunity> opportunities;
    @ProblemFactCollectionProperty
    private List<Tutor> tutors;
    @ProblemFactCollectionProperty
    private List<ConsortiumBudget> budgets;
    @PlanningEntityCollectionProperty
    private List<Placement> placements;
    @PlanningScore
    private HardMediumSoftScore score;

    @SuppressWarnings("unused") // for Timefold's solution cloner
    PlacementSolution() {
    }

    PlacementSolution(List<Opportunity> opportunities, List<Tutor> tutors, List<ConsortiumBudget> budgets,
            List<Placement> placements) {
        this.opportunities = opportunities;
        this.tutors = tutors;
        this.budgets = budgets;
        this.placements = placements;
    }

    /**
     * A fresh solution: accepted placements pinned, everyone else unplaced. Placements are listed with the
     * heaviest candidates first, then those with the fewest choices, the order in which the construction
     * heuristic places them.
     */
    static PlacementSolution of(PlacementProblem problem, CompatibilityTable compatibility) {
        Map<String, Tutor> tutors = new java.util.LinkedHashMap<>();
        problem.tutors().forEach(spec -> tutors.put(spec.id(), new Tutor(spec)));
        List<Opportunity> opportunities = new ArrayList<>();
        Map<String, Opportunity> opportunityById = new HashMap<>();
        for (int o = 0; o < problem.opportunities().size(); o++) {
            OpportunitySpec spec = problem.opportunities().get(o);
            var opportunity = new Opportunity(spec, o, spec.tutorId() == null ? null : tutors.get(spec.tutorId()));
            opportunities.add(opportunity);
            opportunityById.put(spec.id(), opportunity);
        }
        Map<String, Integer> perConsortium = new HashMap<>();
        problem.candidates().forEach(c -> perConsortium.merge(c.consortium(), 1, Integer::sum));
        List<Placement> placements = new ArrayList<>();
        int opportunityCount = opportunities.size();
        for (int c = 0; c < problem.candidates().size(); c++) {
            CandidateSpec spec = problem.candidates().get(c);
            int[] commute = new int[opportunityCount];
            List<Opportunity> eligible = new ArrayList<>();
            for (int o = 0; o < opportunityCount; o++) {
                commute[o] = compatibility.commuteMinutes(c, o);
                if (compatibility.eligible(c, o)) {
                    eligible.add(opportunities.get(o));
                }
            }
            var candidate = new Candidate(spec, c, commute, eligible,
                    PlacementWeights.equityUnit(perConsortium.get(spec.consortium())));
            Opportunity accepted = spec.acceptedOpportunityId() == null ? null
                    : opportunityById.get(spec.acceptedOpportunityId());
            placements.add(new Placement(candidate, accepted));
        }
        placements.sort(Comparator.comparingInt((Placement p) -> -p.getCandidate().weight()
                        - (p.getCandidate().spec().activityOwed() ? PlacementWeights.ACTIVITY_OWED : 0))
                .thenComparingInt(p -> p.getChoices().size()).thenComparing(Placement::getId));
        List<ConsortiumBudget> budgets = problem.variant() == PlacementVariant.FULL
                ? problem.budgets().stream().map(b -> new ConsortiumBudget(b.consortium(), b.monthlyEuros())).toList()
                : List.of();
        return new PlacementSolution(opportunities, List.copyOf(tutors.values()), budgets, placements);
    }

    public List<Opportunity> getOpportunities() {
        return opportunities;
    }

    public List<Tutor> getTutors() {
        return tutors;
    }

    public List<ConsortiumBudget> getBudgets() {
        return budgets;
    }

    public List<Placement> getPlacements() {
        return placements;
    }

    public HardMediumSoftScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftScore score) {
        this.score = score;
    }
}
