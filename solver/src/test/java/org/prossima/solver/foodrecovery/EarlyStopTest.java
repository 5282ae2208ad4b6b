package org.prossima.solver.foodrecovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.prossima.solver.solving.StopSignal;

/**
 * A solve given five minutes stops when asked and returns its best plan so far, whole: what the service does when a
 * plan is cancelled or the service shuts down. (The timeout only keeps a broken stop from hanging the build.)
 */
class EarlyStopTest {

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aSolveAskedToStopReturnsItsBestPlanSoFar() {
        FoodRecoveryProblem problem = RandomInstances.aroundIvrea(7, 40, 5, 400);
        StopSignal stop = new StopSignal();
        AtomicInteger bests = new AtomicInteger();
        FoodRecoveryPlan plan = new FoodRecoverySolver().solve(problem, Duration.ofMinutes(5), best -> {
            if (bests.incrementAndGet() == 3) {
                stop.request();
            }
        }, stop);
        assertThat(stop.requested()).isTrue();
        assertThat(plan.routes()).hasSize(5);
        assertThat(plan.routes().stream().mapToInt(r -> r.pickupIds().size()).sum()
                + plan.unassignedPickupIds().size()).as("every pickup is in the plan, routed or not").isEqualTo(40);
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aSolveAskedToStopBeforeItStartsStopsAtOnce() {
        StopSignal stop = new StopSignal();
        stop.request();
        FoodRecoveryPlan plan = new FoodRecoverySolver().solve(RandomInstances.aroundIvrea(8, 30, 4, 400),
                Duration.ofMinutes(5), best -> {
                }, stop);
        assertThat(plan.routes()).hasSize(4);
    }
}
