package org.prossima.solver.foodrecovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prossima.solver.foodrecovery.FoodRecoveryConstraintVerifier.VERIFIER;
import static org.prossima.solver.foodrecovery.TinyInstance.pickupA;
import static org.prossima.solver.foodrecovery.TinyInstance.pickupB;
import static org.prossima.solver.foodrecovery.TinyInstance.problem;
import static org.prossima.solver.foodrecovery.TinyInstance.solution;
import static org.prossima.solver.foodrecovery.TinyInstance.vehicle;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;

import org.junit.jupiter.api.Test;

/**
 * The constraints of a route's time and travel: late arrival (one window or several), shift end, maximum route
 * duration, travel time. Tiny instance (depot 0, donors 1 and 2; 0–1 600 s, 0–2 900 s, 1–2 300 s): route [a, b]
 * leaves at 0, arrives at a at 600, loads until 900, arrives at b at 1200, waits for b's window to open at 1500,
 * leaves at 1800, returns at 2700. Travel 600 + 300 + 900 = 1800 s, load 90 kg. With b's window all morning
 * ({@link #van} and {@link #food}) b is served 1200–1500 and the van is back at 2400.
 */
class RouteConstraintsTest {

    private static FoodRecoverySolution routeAb(int capacityKg, long shiftEnd) {
        return routeAb(capacityKg, shiftEnd, pickupB());
    }

    private static FoodRecoverySolution routeAb(int capacityKg, long shiftEnd, PickupSpec b) {
        var problem = problem(List.of(vehicle("v1", capacityKg, shiftEnd)), pickupA(), b);
        return solution(problem, List.of(List.of("a", "b")));
    }

    private static VehicleSpec van(Capacity capacity, long maxRouteSeconds, Set<String> skills) {
        return new VehicleSpec("v1", capacity, 0, 0, 0, 10_000, maxRouteSeconds, skills, List.of());
    }

    private static PickupSpec food(String id, int location, Compartment compartment, int kg, long maxOnBoard) {
        return new PickupSpec(id, location, List.of(new TimeWindow(0, 3600)), 300, kg, compartment, maxOnBoard, 1,
                Set.of());
    }

    private static FoodRecoverySolution route(VehicleSpec vehicle, PickupSpec... pickups) {
        var problem = problem(List.of(vehicle), pickups);
        return solution(problem, List.of(Arrays.stream(pickups).map(PickupSpec::id).toList()));
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
    void arrivingBetweenTwoWindowsWaitsForTheSecondAndIsNotLate() {
        // b is reached at 1200, between [0, 1000] and [1400, 2000]
        var b = new PickupSpec("b", 2, List.of(new TimeWindow(0, 1000), new TimeWindow(1400, 2000)), 300, 10,
                Compartment.AMBIENT, 0, 1, Set.of());
        VERIFIER.verifyThat(FoodRecoveryConstraints::lateArrival)
                .givenSolution(route(van(Capacity.ambient(500), 0, Set.of()), pickupA(), b))
                .settingAllShadowVariables()
                .hasNoImpact();
    }

    @Test
    void arrivingAfterTheLastWindowIsLateFromItsEnd() {
        // b is reached at 1200, after [0, 500] and [700, 1000]: 200 s late = 4 minutes
        var b = new PickupSpec("b", 2, List.of(new TimeWindow(0, 500), new TimeWindow(700, 1000)), 300, 10,
                Compartment.AMBIENT, 0, 1, Set.of());
        VERIFIER.verifyThat(FoodRecoveryConstraints::lateArrival)
                .givenSolution(route(van(Capacity.ambient(500), 0, Set.of()), pickupA(), b))
                .settingAllShadowVariables()
                .penalizesBy(4);
    }

    @Test
    void aRouteLongerThanItsMaximumIsPenalisedByMinutesOver() {
        // route [a, b] lasts 0 -> 2400 (b: arrival 1200, service to 1500, back at 2400); max 1800: 10 minutes over
        VERIFIER.verifyThat(FoodRecoveryConstraints::maxRouteDuration)
                .givenSolution(route(van(Capacity.ambient(500), 1800, Set.of()),
                        food("a", 1, Compartment.AMBIENT, 10, 0), food("b", 2, Compartment.AMBIENT, 10, 0)))
                .settingAllShadowVariables()
                .penalizesBy(10);
    }

    @Test
    void aRouteWithinItsMaximumIsFine() {
        VERIFIER.verifyThat(FoodRecoveryConstraints::maxRouteDuration)
                .givenSolution(route(van(Capacity.ambient(500), 2400, Set.of()),
                        food("a", 1, Compartment.AMBIENT, 10, 0), food("b", 2, Compartment.AMBIENT, 10, 0)))
                .settingAllShadowVariables()
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
