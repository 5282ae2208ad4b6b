package org.prossima.solver.foodrecovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FoodRecoverySolverTest {

    private static final FoodRecoverySolver SOLVER = new FoodRecoverySolver();

    /** 40 pickups, 5 vans of 400 kg (plenty), solved for 2 s. */
    private static FoodRecoveryProblem normal;
    private static FoodRecoveryPlan normalPlan;
    private static List<FoodRecoveryPlan> normalProgress = new CopyOnWriteArrayList<>();
    /** The same pickups (about 1,300 kg) with 5 vans of 100 kg, solved for 2 s at the same time. */
    private static FoodRecoveryProblem overConstrained;
    private static FoodRecoveryPlan overConstrainedPlan;

    @BeforeAll
    static void solveConcurrently() throws Exception {
        normal = RandomInstances.aroundIvrea(42, 40, 5, 400);
        overConstrained = RandomInstances.aroundIvrea(42, 40, 5, 100);
        // Two solves at once from two threads on one shared FoodRecoverySolver: it must be thread-safe.
        try (var executor = Executors.newFixedThreadPool(2)) {
            var first = executor.submit(() -> SOLVER.solve(normal, Duration.ofSeconds(2), normalProgress::add));
            var second = executor.submit(() -> SOLVER.solve(overConstrained, Duration.ofSeconds(2)));
            normalPlan = first.get();
            overConstrainedPlan = second.get();
        }
    }

    @Test
    void solvesARandomInstanceFeasiblyAssigningAtLeast90Percent() {
        assertThat(normalPlan.feasible()).as(normalPlan.score()).isTrue();
        assertThat(normalPlan.hardScore()).isZero();
        assertThat(normal.pickups().size() - normalPlan.unassignedPickupIds().size()).isGreaterThanOrEqualTo(36);
        assertThat(normalPlan.routes()).extracting(RoutePlan::vehicleId).containsExactly("v0", "v1", "v2", "v3", "v4");
        assertThat(normalPlan.travelTimeEstimate()).isTrue();
        assertThat(normalPlan.travelTimeSource()).startsWith("straight-line estimate");
    }

    @Test
    void planFiguresAgreeWithTheSolversScore() {
        for (var pair : List.of(List.of(normal, normalPlan), List.of(overConstrained, overConstrainedPlan))) {
            var problem = (FoodRecoveryProblem) pair.get(0);
            var plan = (FoodRecoveryPlan) pair.get(1);
            var routes = plan.routes().stream().map(r -> r.stops().stream().map(StopPlan::stopId).toList()).toList();
            var evaluation = new RouteEvaluator(problem).evaluate(routes);

            assertThat(plan.totalTravelSeconds()).isEqualTo(-plan.softScore()).isEqualTo(evaluation.totalTravelSeconds());
            assertThat(evaluation.mediumScore()).isEqualTo(plan.mediumScore());
            assertThat(evaluation.hardScore()).isEqualTo(plan.hardScore());
            assertThat(plan.hardScore() == 0).isEqualTo(evaluation.violations().isEmpty());
            assertThat(plan.totalTravelSeconds())
                    .isEqualTo(plan.routes().stream().mapToLong(RoutePlan::travelSeconds).sum());
        }
    }

    @Test
    void overConstrainedInstanceLeavesPickupsOutInsteadOfBreakingHardConstraints() {
        assertThat(overConstrainedPlan.feasible()).as(overConstrainedPlan.score()).isTrue();
        assertThat(overConstrainedPlan.unassignedPickupIds()).isNotEmpty();
        long capacity = 5 * 100;
        assertThat(-overConstrainedPlan.mediumScore()).isGreaterThanOrEqualTo(overConstrained.totalKg() - capacity);
        // Pickups only: what a vehicle collects stays on board to the end.
        assertThat(overConstrainedPlan.routes())
                .allSatisfy(route -> assertThat(route.collectedKg()).isLessThanOrEqualTo(100));
    }

    @Test
    void reportsImprovingBestPlansEndingWithTheReturnedOne() {
        assertThat(normalProgress).isNotEmpty();
        assertThat(normalProgress.getLast().score()).isEqualTo(normalPlan.score());
    }

    @Test
    void runsNoSolverWhenThereIsNothingToDecide() {
        var noPickups = RandomInstances.aroundIvrea(1, 0, 2, 100);
        var solved = SOLVER.solveMeasured(noPickups, Duration.ofMinutes(5), plan -> {
        });
        assertThat(solved.moveEvaluationCount()).as("moves evaluated: none, no solver ran").isEqualTo(-1);
        var plan = solved.plan();
        assertThat(plan.score()).isEqualTo("0hard/0medium/0soft");
        assertThat(plan.routes()).hasSize(2).allSatisfy(route -> assertThat(route.stops()).isEmpty());

        var noVehicles = RandomInstances.aroundIvrea(1, 3, 0, 100);
        var solvedWithoutVehicles = SOLVER.solveMeasured(noVehicles, Duration.ofMinutes(5), best -> {
        });
        assertThat(solvedWithoutVehicles.moveEvaluationCount()).isEqualTo(-1);
        var unassigned = solvedWithoutVehicles.plan();
        assertThat(unassigned.unassignedPickupIds()).hasSize(3);
        assertThat(unassigned.mediumScore()).isEqualTo(-noVehicles.totalKg());
        assertThat(unassigned.feasible()).isTrue();
    }

    @Test
    void rejectsANonPositiveTimeLimit() {
        assertThatIllegalArgumentException().isThrownBy(() -> SOLVER.solve(normal, Duration.ZERO))
                .withMessageContaining("PT0S");
    }
}
