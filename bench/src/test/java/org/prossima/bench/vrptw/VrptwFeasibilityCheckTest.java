package org.prossima.bench.vrptw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class VrptwFeasibilityCheckTest {

    private final SolomonInstance tiny = TinyInstance.load();

    @Test
    void acceptsAFeasiblePlanAndSumsItsDistance() {
        // [1, 2]: 5 + 5 + 10, waiting at 2 from 15 to 20; [3]: 10 + 10
        var result = VrptwFeasibilityCheck.check(tiny, List.of(List.of(1, 2), List.of(3)));

        assertThat(result.problems()).isEmpty();
        assertThat(result.feasible()).isTrue();
        assertThat(result.vehiclesUsed()).isEqualTo(2);
        assertThat(result.totalDistance()).isCloseTo(40.0, within(1e-9));
    }

    @Test
    void reportsALateArrival() {
        // 2 first: arrives at 10, waits until 20, leaves at 25, reaches 1 at 30 > 20
        var result = VrptwFeasibilityCheck.check(tiny, List.of(List.of(2, 1), List.of(3)));

        assertThat(result.feasible()).isFalse();
        assertThat(result.problems()).singleElement().asString()
                .contains("arrives at customer 1 at 30.0, after its due date 20.0");
    }

    @Test
    void reportsCapacityAndMissingOrRepeatedCustomers() {
        var overloaded = VrptwFeasibilityCheck.check(tiny, List.of(List.of(1, 2, 3), List.of()));
        assertThat(overloaded.problems()).containsExactly("route 1: load 35 exceeds capacity 30");
        assertThat(overloaded.vehiclesUsed()).isEqualTo(1);

        var incomplete = VrptwFeasibilityCheck.check(tiny, List.of(List.of(1, 2), List.of(1)));
        assertThat(incomplete.problems()).containsExactly("customer 1 visited 2 times", "customer 3 visited 0 times");
    }

    @Test
    void reportsALateReturnToTheDepot() {
        var early = new SolomonInstance("EARLY", 1, 100, List.of(
                new SolomonCustomer(0, 0, 0, 0, 0, 12, 0),
                new SolomonCustomer(1, 3, 4, 10, 0, 20, 5)));
        var result = VrptwFeasibilityCheck.check(early, List.of(List.of(1)));

        assertThat(result.problems()).containsExactly("route 1: returns to the depot at 15.0, after its due date 12.0");
    }

    @Test
    void reportsMoreVehiclesThanTheInstanceHas() {
        var result = VrptwFeasibilityCheck.check(tiny, List.of(List.of(1), List.of(2), List.of(3)));
        assertThat(result.problems()).containsExactly("3 vehicles used, the instance has 2");
    }
}
