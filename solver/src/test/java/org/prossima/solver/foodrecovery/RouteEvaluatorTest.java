package org.prossima.solver.foodrecovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.prossima.solver.foodrecovery.TinyInstance.pickupA;
import static org.prossima.solver.foodrecovery.TinyInstance.pickupB;
import static org.prossima.solver.foodrecovery.TinyInstance.problem;
import static org.prossima.solver.foodrecovery.TinyInstance.vehicle;

import java.util.List;

import org.junit.jupiter.api.Test;

class RouteEvaluatorTest {

    @Test
    void computesTimingsWaitingLoadsAndTotals() {
        var problem = problem(List.of(vehicle("v1", 100, 7200), vehicle("v2", 100, 7200)), pickupA(), pickupB());
        var evaluation = new RouteEvaluator(problem).evaluate(List.of(List.of("a", "b"), List.of()));

        var route = evaluation.routes().getFirst();
        assertThat(route.stops()).containsExactly(
                new StopPlan("a", null, 600, 600, 900, 60, List.of()),
                new StopPlan("b", null, 1200, 1500, 1800, 90, List.of()));
        // b: arrives at 1200, waits 300 s for its window, serves from 1500
        assertThat(route.departureTime()).isZero();
        assertThat(route.returnTime()).isEqualTo(2700);
        assertThat(route.travelSeconds()).isEqualTo(1800);
        assertThat(route.distanceMetres()).isEqualTo(18000);
        assertThat(evaluation.routes().get(1)).isEqualTo(new RoutePlan("v2", List.of(), 0, 0, 0, 0, 0, List.of()));
        assertThat(evaluation.feasible()).isTrue();
        assertThat(evaluation.unassignedPickupIds()).isEmpty();
        assertThat(evaluation.softScore()).isEqualTo(-1800);
    }

    @Test
    void reportsEveryViolationWithItsPenalty() {
        var problem = problem(List.of(vehicle("v1", 80, 2000)), pickupA(), pickupB(900, 1000));
        var evaluation = new RouteEvaluator(problem).evaluate(List.of(List.of("a", "b")));

        assertThat(evaluation.feasible()).isFalse();
        assertThat(evaluation.violations()).containsExactlyInAnyOrder(
                new Violation(FoodRecoveryConstraints.LATE_ARRIVAL, "v1", "b", 4),
                new Violation(FoodRecoveryConstraints.VEHICLE_CAPACITY, "v1", null, 10),
                new Violation(FoodRecoveryConstraints.SHIFT_END, "v1", null, 7));
        assertThat(evaluation.hardScore()).isEqualTo(-21);
    }

    @Test
    void listsUnassignedPickupsAndTheirKg() {
        var problem = problem(List.of(vehicle("v1", 100, 7200)), pickupA(), pickupB());
        var evaluation = new RouteEvaluator(problem).evaluate(List.of(List.of("b")));

        assertThat(evaluation.unassignedPickupIds()).containsExactly("a");
        assertThat(evaluation.mediumScore()).isEqualTo(-60);
    }

    @Test
    void rejectsUnknownOrRepeatedPickupsAndWrongRouteCount() {
        var evaluator = new RouteEvaluator(problem(List.of(vehicle("v1", 100, 7200)), pickupA(), pickupB()));
        assertThatIllegalArgumentException().isThrownBy(() -> evaluator.evaluate(List.of(List.of("zz"))))
                .withMessageContaining("zz");
        assertThatIllegalArgumentException().isThrownBy(() -> evaluator.evaluate(List.of(List.of("a", "a"))))
                .withMessageContaining("more than once");
        assertThatIllegalArgumentException().isThrownBy(() -> evaluator.evaluate(List.of()))
                .withMessageContaining("one route per vehicle");
    }
}
