package org.prossima.solver.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.prossima.solver.placement.PlacementFixtures.candidate;
import static org.prossima.solver.placement.PlacementFixtures.opportunity;
import static org.prossima.solver.placement.PlacementFixtures.problem;

import java.time.Duration;
import java.util.List;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
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

    @Test
    void acceptedPlacementsStayAndRejectedPairsAreNeverProposed() {
        var pinnedLight = candidate("light", "CISS38", 0).withDecisions("o1", List.of());
        var heavy = new CandidateSpec("heavy", "CISS38", 0, pinnedLight.skills(), pinnedLight.languages(),
                pinnedLight.mobility(), 60, 30, pinnedLight.days(), pinnedLight.earliestStart(), Programme.SFL, 5, 30,
                pinnedLight.limitations(), pinnedLight.preferredSectors(), pinnedLight.hostsToAvoid(), null,
                java.util.Set.of("o2"));
        var problem = problem(List.of(pinnedLight, heavy),
                List.of(opportunity("o1", 0, 1), opportunity("o2", 0, 1), opportunity("o3", 1, 1)), List.of(),
                List.of(), PlacementVariant.FULL);

        for (var start : PlacementSolver.Start.values()) {
            var plan = solver.solveMeasured(problem, Duration.ofSeconds(1), start, p -> {
            }).plan();
            var byCandidate = PlacementFixtures.assignmentOf(plan);
            assertThat(byCandidate).containsEntry("light", "o1");
            assertThat(plan.matches().getFirst().pinned()).isTrue();
            // o1 is taken by the accepted placement and o2 was rejected for "heavy": only o3 (Chivasso) is left,
            // 41 km away by bus (over 60 minutes), so heavy stays out rather than break a rule.
            assertThat(byCandidate).doesNotContainKey("heavy");
            assertThat(plan.feasible()).isTrue();
            assertThat(plan.flowReference().optimumPlaced()).isEqualTo(1);
        }
    }

    @Test
    void theFlowVariantReachesTheFlowOptimumSeededAndCold() {
        var problem = new org.prossima.solver.placement.demo.RosterGenerator(PlacementEvaluatorTest.TOWNS,
                PlacementFixtures.MONDAY).generate(3, 120, 40).problem(PlacementVariant.FLOW);

        var seeded = solver.solveMeasured(problem, Duration.ofSeconds(2), PlacementSolver.Start.SEEDED, p -> {
        }).plan();
        var cold = solver.solveMeasured(problem, Duration.ofSeconds(5), PlacementSolver.Start.COLD, p -> {
        }).plan();

        assertThat(seeded.objective()).isEqualTo(seeded.flowReference().optimumObjective());
        assertThat(seeded.flowReference().exact()).isTrue();
        assertThat(cold.feasible()).isTrue();
        assertThat(cold.objective()).isLessThanOrEqualTo(cold.flowReference().optimumObjective());
        assertThat(cold.flowReference().gapPercent()).isLessThan(0.5);
    }

    @Test
    void theFlowCopesWithTheHeaviestCandidates() {
        // Priority 5 and 240 months waiting: weight 300, the largest the model allows. The flow's arc costs must
        // stay within what JGraphT accepts (below 10^9) and still order plans exactly.
        var light = candidate("light", "CISS38", 0);
        var heaviest = new CandidateSpec("heaviest", "CISS38", 0, light.skills(), light.languages(),
                light.mobility(), 60, 30, light.days(), light.earliestStart(), Programme.ADI, 5, 240,
                light.limitations(), light.preferredSectors(), light.hostsToAvoid(), null, java.util.Set.of());
        var problem = problem(List.of(light, heaviest), List.of(opportunity("o1", 0, 1)), List.of(), List.of(),
                PlacementVariant.FLOW);

        var plan = solver.solve(problem, Duration.ofSeconds(1));

        assertThat(PlacementFixtures.assignmentOf(plan)).containsOnly(java.util.Map.entry("heaviest", "o1"));
        assertThat(plan.objective()).isEqualTo(plan.flowReference().optimumObjective());
    }

    @Test
    void anEvaluatorThatDisagreesWithTimefoldFailsTheSolveWhenAsserting() {
        // Tests run with Java assertions on, as a FULL_ASSERT solver would: a difference is a bug, never a log line.
        var problem = problem(List.of(candidate("a", "CISS38", 0)), List.of(opportunity("o1", 0, 1)), List.of(),
                List.of(), PlacementVariant.FULL);
        var plan = solver.solve(problem, Duration.ofMillis(200));

        var disagreeing = PlacementFixtures.withSolverScore(plan, HardMediumSoftScore.of(0, plan.mediumScore(),
                plan.softScore() - 1).toString());

        assertThatThrownBy(() -> solver.checkAgreement(disagreeing)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(plan.score()).hasMessageContaining(disagreeing.solverScore())
                .hasMessageContaining("PlacementEvaluatorTest");
        assertThat(plan.solverScore()).isEqualTo(plan.score());
        assertThatCode(() -> solver.checkAgreement(plan)).doesNotThrowAnyException();
    }
}
