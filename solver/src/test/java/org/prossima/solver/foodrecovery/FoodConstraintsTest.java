package org.prossima.solver.foodrecovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prossima.solver.foodrecovery.TinyInstance.pickupA;
import static org.prossima.solver.foodrecovery.TinyInstance.problem;
import static org.prossima.solver.foodrecovery.TinyInstance.solution;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.stream.test.ConstraintVerifier;
import org.junit.jupiter.api.Test;

/**
 * The constraints about the food and the vehicle: compartments, skills, perishability, route
 * duration, several windows, perishability weights. Same tiny instance as
 * {@link FoodRecoveryConstraintsTest}: route [a, b] leaves at 0, a served 600–900, b reached at
 * 1200 (service 300), back at the depot 900 s after leaving b.
 */
class FoodConstraintsTest {

    private static final ConstraintVerifier<FoodRecoveryConstraints, FoodRecoverySolution> VERIFIER =
            ConstraintVerifier.build(new FoodRecoveryConstraints(), FoodRecoverySolution.class, Vehicle.class,
                    Stop.class);

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
    void chilledFoodBeyondTheChilledSpaceIsOverCapacity() {
        // 50 kg chilled in 40 kg of chilled space: 10 over, however much ambient space is free
        VERIFIER.verifyThat(FoodRecoveryConstraints::vehicleCapacity)
                .givenSolution(route(van(new Capacity(200, 40, 0), 0, Set.of()),
                        food("a", 1, Compartment.CHILLED, 50, 0), food("b", 2, Compartment.AMBIENT, 10, 0)))
                .settingAllShadowVariables()
                .penalizesBy(10);
    }

    @Test
    void ambientFoodMayUseFreeChilledSpace() {
        // 60 kg ambient + 20 kg chilled in 50 ambient + 40 chilled: the ambient overflow fits in the chilled box
        VERIFIER.verifyThat(FoodRecoveryConstraints::vehicleCapacity)
                .givenSolution(route(van(new Capacity(50, 40, 0), 0, Set.of()),
                        food("a", 1, Compartment.AMBIENT, 60, 0), food("b", 2, Compartment.CHILLED, 20, 0)))
                .settingAllShadowVariables()
                .hasNoImpact();
    }

    @Test
    void frozenFoodOnAVehicleWithoutAFreezerIsPenalisedByItsKg() {
        VERIFIER.verifyThat(FoodRecoveryConstraints::missingCompartment)
                .givenSolution(route(van(new Capacity(100, 100, 0), 0, Set.of()),
                        food("a", 1, Compartment.FROZEN, 25, 0), food("b", 2, Compartment.CHILLED, 10, 0)))
                .settingAllShadowVariables()
                .penalizesBy(25);
    }

    @Test
    void chilledFoodInAChilledVanIsFine() {
        VERIFIER.verifyThat(FoodRecoveryConstraints::missingCompartment)
                .givenSolution(route(van(new Capacity(0, 100, 20), 0, Set.of()),
                        food("a", 1, Compartment.FROZEN, 20, 0), food("b", 2, Compartment.AMBIENT, 10, 0)))
                .settingAllShadowVariables()
                .hasNoImpact();
    }

    @Test
    void aMissingSkillIsPenalisedOncePerSkill() {
        var pallets = new PickupSpec("a", 1, List.of(new TimeWindow(0, 3600)), 300, 300, Compartment.AMBIENT, 0, 1,
                Set.of("TAIL_LIFT", "PALLET_JACK"));
        VERIFIER.verifyThat(FoodRecoveryConstraints::missingSkill)
                .givenSolution(route(van(Capacity.ambient(500), 0, Set.of("PALLET_JACK")), pallets))
                .settingAllShadowVariables()
                .penalizesBy(1);
    }

    @Test
    void aVehicleWithTheSkillsIsFine() {
        var pallets = new PickupSpec("a", 1, List.of(new TimeWindow(0, 3600)), 300, 300, Compartment.AMBIENT, 0, 1,
                Set.of("TAIL_LIFT"));
        VERIFIER.verifyThat(FoodRecoveryConstraints::missingSkill)
                .givenSolution(route(van(Capacity.ambient(500), 0, Set.of("TAIL_LIFT")), pallets))
                .settingAllShadowVariables()
                .hasNoImpact();
    }

    @Test
    void perishableFoodTooLongOnBoardIsPenalisedByMinutesOver() {
        // a leaves at 900; b is served 1200-1500 and the van is back at 1500 + 900 = 2400:
        // 1500 s on board against a 1000 s limit: 500 s = 9 started minutes
        VERIFIER.verifyThat(FoodRecoveryConstraints::perishability)
                .givenSolution(route(van(Capacity.ambient(500), 0, Set.of()),
                        food("a", 1, Compartment.AMBIENT, 10, 1000), food("b", 2, Compartment.AMBIENT, 10, 0)))
                .settingAllShadowVariables()
                .penalizesBy(9);
    }

    @Test
    void perishableFoodWithinItsLimitIsFine() {
        VERIFIER.verifyThat(FoodRecoveryConstraints::perishability)
                .givenSolution(route(van(Capacity.ambient(500), 0, Set.of()),
                        food("a", 1, Compartment.AMBIENT, 10, 1800), food("b", 2, Compartment.AMBIENT, 10, 900)))
                .settingAllShadowVariables()
                .hasNoImpact();
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
    void perishableFoodLeftUncollectedWeighsMore() {
        var meals = new PickupSpec("b", 2, List.of(new TimeWindow(0, 3600)), 300, 20, Compartment.CHILLED, 3600, 3,
                Set.of());
        var problem = problem(List.of(van(new Capacity(100, 100, 0), 0, Set.of())), pickupA(), meals);
        VERIFIER.verifyThat(FoodRecoveryConstraints::unassignedPickup)
                .givenSolution(solution(problem, List.of(List.of("a"))))
                .settingAllShadowVariables()
                .penalizesBy(60);
    }

    @Test
    void wholeScoreEqualsTheRouteEvaluatorsFiguresWithEveryFoodConstraintBroken() {
        // van without freezer or tail lift, 1800 s maximum route: a frozen 25 kg lot needing a tail
        // lift, a chilled 50 kg lot (40 kg of chilled space) kept on board too long, and a third
        // lot left uncollected with weight 2
        var frozen = new PickupSpec("a", 1, List.of(new TimeWindow(0, 3600)), 300, 25, Compartment.FROZEN, 0, 1,
                Set.of("TAIL_LIFT"));
        var chilled = food("b", 2, Compartment.CHILLED, 50, 600);
        var left = new PickupSpec("c", 2, List.of(new TimeWindow(0, 3600)), 300, 7, Compartment.AMBIENT, 0, 2,
                Set.of());
        var problem = problem(List.of(van(new Capacity(100, 40, 0), 1800, Set.of())), frozen, chilled, left);
        var routes = List.of(List.of("a", "b"));
        var evaluation = new RouteEvaluator(problem).evaluate(routes);
        // missing compartment 25 + missing skill 1 + capacity 10 + route 10 min over + b on board 900 s
        // for 600 s allowed: 5 min
        assertThat(evaluation.hardScore()).isEqualTo(-(25 + 1 + 10 + 10 + 5));
        assertThat(evaluation.mediumScore()).isEqualTo(-14);
        VERIFIER.verifyThat()
                .givenSolution(solution(problem, routes)).settingAllShadowVariables()
                .scores(HardMediumSoftScore.of(evaluation.hardScore(), evaluation.mediumScore(),
                        evaluation.softScore()));
    }
}
