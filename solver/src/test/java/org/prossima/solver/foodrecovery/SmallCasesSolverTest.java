package org.prossima.solver.foodrecovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Small problems whose best plan is known, solved by the whole configuration. */
class SmallCasesSolverTest {

    @Test
    void twoSmallLotsBeatOneBigOneWhenTheyFillTheVehicleBetter() {
        // 100 kg of space: a (60) and b (30) together save 90 kg; the 85 kg lot fits with neither and saves less.
        var problem = TinyInstance.problem(List.of(TinyInstance.vehicle("v1", 100, 36_000)),
                TinyInstance.pickupA(), TinyInstance.pickupB(),
                new PickupSpec("big", 2, 0, 36_000, 300, 85));
        FoodRecoveryPlan plan = new FoodRecoverySolver().solve(problem, Duration.ofSeconds(1));
        assertThat(plan.unassignedPickupIds()).containsExactly("big");
        assertThat(plan.feasible()).isTrue();
    }
}
