package org.prossima.solver.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.prossima.solver.placement.PlacementFixtures.candidate;
import static org.prossima.solver.placement.PlacementFixtures.opportunity;
import static org.prossima.solver.placement.PlacementFixtures.problem;

import java.time.Duration;
import java.util.List;
import java.util.Map;

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
    void aPersonOwingACommunityActivityGetsTheScarceCommunitySeatAndTheExplanationSaysWhy() {
        // one community-activity seat; "heavy" weighs 72 (priority 5, 12 months), "owes" 42 (priority 3, 6 months)
        // but their support measure asks for a community activity they do not have
        var owes = candidate("owes", "CISS38", 0).withActivityOwed(true);
        var heavy = heavy(owes);
        var seat = communityActivity("ca1");

        for (var variant : PlacementVariant.values()) {
            for (var start : PlacementSolver.Start.values()) {
                var plan = solver.solveMeasured(problem(List.of(heavy, owes), List.of(seat), List.of(), List.of(),
                        variant), Duration.ofSeconds(1), start, p -> {
                        }).plan();
                assertThat(PlacementFixtures.assignmentOf(plan)).as("%s %s", variant, start)
                        .containsExactly(Map.entry("owes", "ca1"));
                assertThat(plan.mediumScore()).isEqualTo(-heavy.weight() + PlacementWeights.ACTIVITY_OWED);
                if (variant == PlacementVariant.FLOW) {
                    assertThat(plan.objective()).isEqualTo(plan.flowReference().optimumObjective());
                }
                var match = plan.matches().stream().filter(m -> m.candidateId().equals("owes")).findFirst()
                        .orElseThrow();
                assertThat(match.explanation().contributions()).anySatisfy(c -> {
                    assertThat(c.constraint()).isEqualTo(PlacementConstraints.ACTIVITY_OWED);
                    assertThat(c.points()).isEqualTo(PlacementWeights.ACTIVITY_OWED);
                    assertThat(c.text().key()).isEqualTo("placement.contribution.ACTIVITY_OWED");
                });
            }
        }
        // without the support measure the heavier person takes the seat: the priority is what changed the outcome
        var withoutMeasure = solver.solveMeasured(problem(List.of(heavy, owes.withActivityOwed(false)), List.of(seat),
                List.of(), List.of(), PlacementVariant.FULL), Duration.ofSeconds(1), PlacementSolver.Start.SEEDED,
                p -> {
                }).plan();
        assertThat(PlacementFixtures.assignmentOf(withoutMeasure)).containsExactly(Map.entry("heavy", "ca1"));
        assertThat(withoutMeasure.matches()).allSatisfy(m -> assertThat(m.explanation().contributions())
                .noneMatch(c -> c.constraint().equals(PlacementConstraints.ACTIVITY_OWED)));
    }

    @Test
    void owingACommunityActivityGivesNoPriorityForAnInternship() {
        var owes = candidate("owes", "CISS38", 0).withActivityOwed(true);

        var plan = solver.solveMeasured(problem(List.of(heavy(owes), owes), List.of(opportunity("o1", 0, 1)),
                List.of(), List.of(), PlacementVariant.FULL), Duration.ofSeconds(1), PlacementSolver.Start.SEEDED,
                p -> {
                }).plan();

        assertThat(PlacementFixtures.assignmentOf(plan)).containsExactly(Map.entry("heavy", "o1"));
    }

    /** A person like {@code like} but heavier: priority 5, 12 months waiting (72 against 42), owing nothing. */
    private static CandidateSpec heavy(CandidateSpec like) {
        return new CandidateSpec("heavy", like.consortium(), 0, like.skills(), like.languages(), like.mobility(), 60,
                30, like.days(), like.earliestStart(), Programme.SFL, 5, 12, like.limitations(),
                like.preferredSectors(), like.hostsToAvoid(), null, like.rejectedOpportunityIds());
    }

    private static OpportunitySpec communityActivity(String id) {
        var o = opportunity(id, 0, 1);
        return new OpportunitySpec(id, OpportunityKind.COMMUNITY_ACTIVITY, o.hostId(), o.place(), "community",
                o.requiredSkills(), o.desirableSkills(), o.languages(), o.weeklyHours(), o.days(), 1, o.startFrom(),
                o.startUntil(), 0, null, o.activityTags());
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
