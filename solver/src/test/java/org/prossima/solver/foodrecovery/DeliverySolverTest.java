package org.prossima.solver.foodrecovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Solving with recipients: food bound for a charity reaches it, checked by the independent evaluator. */
class DeliverySolverTest {

    @Test
    void foodBoundForACharityReachesItInTimeAndThePlanIsFeasible() {
        FoodRecoveryProblem problem = RandomInstances.withRecipients(21, 30, 4, 500, 3);
        // 3 s is enough on a quiet 2-core machine; 8 leaves room when other builds share it.
        FoodRecoveryPlan plan = new FoodRecoverySolver().solve(problem, Duration.ofSeconds(8));

        var evaluation = new RouteEvaluator(problem).evaluate(plan.routes().stream()
                .map(r -> r.stops().stream().map(StopPlan::stopId).toList()).toList());
        assertThat(evaluation.violations()).isEmpty();
        assertThat(plan.feasible()).isTrue();
        assertThat(plan.unassignedPickupIds()).hasSizeLessThanOrEqualTo(3);

        Map<String, String> deliveredTo = new HashMap<>();
        for (RoutePlan route : plan.routes()) {
            for (StopPlan stop : route.stops()) {
                stop.deliveredPickupIds().forEach(id -> deliveredTo.put(id, stop.recipientId()));
            }
        }
        for (PickupSpec pickup : problem.pickups()) {
            if (!pickup.recipientIds().isEmpty() && !plan.unassignedPickupIds().contains(pickup.id())) {
                assertThat(pickup.recipientIds()).contains(deliveredTo.get(pickup.id()));
            }
        }
        assertThat(List.copyOf(deliveredTo.values())).isNotEmpty();
    }
}
