package org.prossima.solver.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prossima.solver.placement.PlacementFixtures.candidate;
import static org.prossima.solver.placement.PlacementFixtures.opportunity;
import static org.prossima.solver.placement.PlacementFixtures.problem;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class PlacementSolverTest {

    private final PlacementSolver solver = new PlacementSolver();

    @Test
    void placesTheHeavierCandidateWhenSeatsAreShort() {
        var light = candidate("a", "CISS38", 0);
        var heavy = new CandidateSpec("b", "CISS38", 0, light.skills(), light.languages(), light.mobility(), 60, 30,
                light.days(), light.earliestStart(), Programme.SFL, 5, 12, light.limitations(),
                light.preferredSectors(), light.hostsToAvoid(), null, light.rejectedOpportunityIds());
        var problem = problem(List.of(light, heavy), List.of(opportunity("o1", 0, 1)), List.of(), List.of(),
                PlacementVariant.FULL);

        for (var start : PlacementSolver.Start.values()) {
            var plan = solver.solveMeasured(problem, Duration.ofSeconds(1), start, p -> {
            }).plan();
            assertThat(plan.feasible()).isTrue();
            assertThat(plan.placed()).isEqualTo(1);
            assertThat(plan.matches()).filteredOn(m -> m.opportunityId() != null)
                    .extracting(PlacementPlan.Match::candidateId).containsExactly("b");
            assertThat(plan.mediumScore()).isEqualTo(-light.weight());
        }
    }
}
