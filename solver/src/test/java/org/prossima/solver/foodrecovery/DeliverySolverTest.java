package org.prossima.solver.foodrecovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.prossima.solver.equity.Spread;

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

        // the plan's equity figure: kg received per person served, over the charities feeding someone
        Map<String, Integer> kg = new HashMap<>();
        problem.pickups().forEach(p -> kg.put(p.id(), p.kg()));
        Map<String, Double> received = new HashMap<>();
        deliveredTo.forEach((pickup, recipient) -> {
            if (recipient != null) {
                received.merge(recipient, (double) kg.get(pickup), Double::sum);
            }
        });
        double[] perPerson = problem.recipients().stream().filter(r -> r.peopleServed() > 0)
                .mapToDouble(r -> received.getOrDefault(r.id(), 0.0) / r.peopleServed()).toArray();
        assertThat(plan.kgPerPersonSpread()).isEqualTo(Spread.of(perPerson));
        assertThat(plan.kgPerPersonSpread().count()).isPositive();
        assertThat(plan.kgPerPersonSpread().max()).isPositive();
    }
}
