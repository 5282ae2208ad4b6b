package org.prossima.solver.demand;

import java.util.ArrayList;
import java.util.List;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.score.HardMediumSoftScore;

/** Timefold planning solution of the lot allocation. Built from an {@link AllocationProblem}. */
@PlanningSolution
public class AllocationSolution {

    @ProblemFactCollectionProperty
    private List<Cooperative> cooperatives;
    @PlanningEntityCollectionProperty
    private List<LotAssignment> assignments;
    @PlanningScore
    private HardMediumSoftScore score;

    @SuppressWarnings("unused") // for Timefold's solution cloner
    AllocationSolution() {
    }

    AllocationSolution(List<Cooperative> cooperatives, List<LotAssignment> assignments) {
        this.cooperatives = cooperatives;
        this.assignments = assignments;
    }

    static AllocationSolution of(AllocationProblem problem) {
        List<Cooperative> cooperatives = new ArrayList<>();
        for (int c = 0; c < problem.cooperatives().size(); c++) {
            cooperatives.add(new Cooperative(problem.cooperatives().get(c), c));
        }
        List<LotAssignment> assignments = new ArrayList<>();
        for (Lot lot : problem.lots()) {
            int[] minutes = new int[cooperatives.size()];
            List<Cooperative> choices = new ArrayList<>();
            for (Cooperative cooperative : cooperatives) {
                minutes[cooperative.index()] = DemandAggregator.minutes(problem.matrix(), cooperative.spec().place(),
                        lot.place());
                if (cooperative.spec().offers(lot.serviceType())
                        && minutes[cooperative.index()] <= cooperative.spec().maxTravelMinutes()) {
                    choices.add(cooperative);
                }
            }
            assignments.add(new LotAssignment(lot, minutes, choices));
        }
        // Largest lots first: the construction heuristic places them while capacity is plentiful.
        assignments.sort(java.util.Comparator.comparingInt((LotAssignment a) -> -a.getLot().weeklyHours())
                .thenComparing(LotAssignment::getId));
        return new AllocationSolution(cooperatives, assignments);
    }

    public List<Cooperative> getCooperatives() {
        return cooperatives;
    }

    public List<LotAssignment> getAssignments() {
        return assignments;
    }

    public HardMediumSoftScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftScore score) {
        this.score = score;
    }
}
