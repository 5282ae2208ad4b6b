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
 * The constraints of what a vehicle carries: capacity per compartment, compartments, skills, perishability (food
 * kept to the end depot), and the food left uncollected, weighted by perishability. Same tiny instance as
 * {@link RouteConstraintsTest}: route [a, b] leaves at 0, a served 600–900, b reached at 1200 (service 300), back at
 * the depot 900 s after leaving b.
 */
class CargoConstraintsTest {

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
