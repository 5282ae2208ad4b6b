package org.prossima.solver.foodrecovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prossima.solver.foodrecovery.TinyInstance.pickupA;
import static org.prossima.solver.foodrecovery.TinyInstance.pickupB;
import static org.prossima.solver.foodrecovery.TinyInstance.problem;
import static org.prossima.solver.foodrecovery.TinyInstance.solution;
import static org.prossima.solver.foodrecovery.TinyInstance.vehicle;

import java.util.List;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.stream.test.ConstraintVerifier;

import org.junit.jupiter.api.Test;

/**
 * Route [a, b] on the tiny instance: leaves at 0, arrives at a at 600, loads until 900, arrives at b at 1200, waits
 * for the window to open at 1500, leaves at 1800, returns at 2700. Travel 600 + 300 + 900 = 1800 s, load 90 kg.
 */
class FoodRecoveryConstraintsTest {

    private static final ConstraintVerifier<FoodRecoveryConstraints, FoodRecoverySolution> VERIFIER =
            ConstraintVerifier.build(new FoodRecoveryConstraints(), FoodRecoverySolution.class, Vehicle.class,
                    Stop.class);

    private static FoodRecoverySolution routeAb(int capacityKg, long shiftEnd) {
        return routeAb(capacityKg, shiftEnd, pickupB());
    }

    private static FoodRecoverySolution routeAb(int capacityKg, long shiftEnd, PickupSpec b) {
        var problem = problem(List.of(vehicle("v1", capacityKg, shiftEnd)), pickupA(), b);
        return solution(problem, List.of(List.of("a", "b")));
    }

    @Test
    void capacityPenalisesKgOverCapacity() {
        VERIFIER.verifyThat(FoodRecoveryConstraints::vehicleCapacity)
                .givenSolution(routeAb(80, 7200)).settingAllShadowVariables()
                .penalizesBy(10);
    }

    @Test
    void capacityLeavesAFullVehicleAlone() {
        VERIFIER.verifyThat(FoodRecoveryConstraints::vehicleCapacity)
                .givenSolution(routeAb(90, 7200)).settingAllShadowVariables()
                .hasNoImpact();
    }

    @Test
    void lateArrivalPenalisesMinutesRoundedUp() {
        // b's window is [900, 1000], the vehicle arrives at 1200: 200 s late = 4 started minutes
        VERIFIER.verifyThat(FoodRecoveryConstraints::lateArrival)
                .givenSolution(routeAb(100, 7200, pickupB(900, 1000))).settingAllShadowVariables()
                .penalizesBy(4);
    }

    @Test
    void arrivalAtTheWindowEndIsOnTime() {
        VERIFIER.verifyThat(FoodRecoveryConstraints::lateArrival)
                .givenSolution(routeAb(100, 7200, pickupB(1100, 1200))).settingAllShadowVariables()
                .hasNoImpact();
    }

    @Test
    void lateReturnPenalisesMinutesRoundedUp() {
        // returns at 2700, shift ends at 2000: 700 s = 12 started minutes
        VERIFIER.verifyThat(FoodRecoveryConstraints::shiftEnd)
                .givenSolution(routeAb(100, 2000)).settingAllShadowVariables()
                .penalizesBy(12);
    }

    @Test
    void returnAtTheShiftEndIsOnTime() {
        VERIFIER.verifyThat(FoodRecoveryConstraints::shiftEnd)
                .givenSolution(routeAb(100, 2700)).settingAllShadowVariables()
                .hasNoImpact();
    }

    @Test
    void unassignedPickupPenalisesItsKg() {
        var problem = problem(List.of(vehicle("v1", 100, 7200)), pickupA(), pickupB());
        VERIFIER.verifyThat(FoodRecoveryConstraints::unassignedPickup)
                .givenSolution(solution(problem, List.of(List.of("a")))).settingAllShadowVariables()
                .penalizesBy(30);
    }

    @Test
    void assignedPickupsAreNotPenalisedAsUnassigned() {
        VERIFIER.verifyThat(FoodRecoveryConstraints::unassignedPickup)
                .givenSolution(routeAb(100, 7200)).settingAllShadowVariables()
                .hasNoImpact();
    }

    @Test
    void travelTimeCountsEveryLegIncludingTheReturn() {
        VERIFIER.verifyThat(FoodRecoveryConstraints::travelTime)
                .givenSolution(routeAb(100, 7200)).settingAllShadowVariables()
                .penalizesBy(1800);
    }

    @Test
    void travelTimeSumsVehiclesSeparately() {
        // v1 [a]: 600 + 600, v2 [b]: 900 + 900
        var problem = problem(List.of(vehicle("v1", 100, 7200), vehicle("v2", 100, 7200)), pickupA(),
                pickupB());
        VERIFIER.verifyThat(FoodRecoveryConstraints::travelTime)
                .givenSolution(solution(problem, List.of(List.of("a"), List.of("b")))).settingAllShadowVariables()
                .penalizesBy(3000);
    }

    @Test
    void unusedVehiclesDoNotTravel() {
        var problem = problem(List.of(vehicle("v1", 100, 7200)), pickupA(), pickupB());
        VERIFIER.verifyThat(FoodRecoveryConstraints::travelTime)
                .givenSolution(solution(problem, List.of(List.of()))).settingAllShadowVariables()
                .hasNoImpact();
    }

    @Test
    void wholeScoreEqualsTheRouteEvaluatorsFigures() {
        // v1 [a, b]: 10 kg over capacity, 4 minutes late at b (arrives 1200), returns at 2400: 7 minutes late
        var problem = problem(List.of(vehicle("v1", 80, 2000), vehicle("v2", 100, 7200)), pickupA(),
                pickupB(900, 1000));
        var routes = List.of(List.of("a", "b"), List.<String>of());
        var evaluation = new RouteEvaluator(problem).evaluate(routes);
        assertThat(evaluation.hardScore()).isEqualTo(-(10 + 4 + 7));
        VERIFIER.verifyThat()
                .givenSolution(solution(problem, routes)).settingAllShadowVariables()
                .scores(HardMediumSoftScore.of(evaluation.hardScore(), evaluation.mediumScore(),
                        evaluation.softScore()));
    }
}
