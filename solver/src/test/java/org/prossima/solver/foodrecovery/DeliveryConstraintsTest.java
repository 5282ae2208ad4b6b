package org.prossima.solver.foodrecovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prossima.solver.foodrecovery.FoodRecoveryConstraintVerifier.VERIFIER;
import static org.prossima.solver.foodrecovery.TinyInstance.solution;

import java.util.List;
import java.util.Set;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import org.junit.jupiter.api.Test;

/**
 * The constraints of handing food over: undelivered food, recipients' capacity, fair shares, and how loads, lateness
 * and perishability count with drop-offs. Delivery to recipients on the tiny instance (depot 0, places 1 and 2; 0–1 600 s, 0–2 900 s,
 * 1–2 300 s). Lot "a" (60 kg) at place 1 and "b" (30 kg) at place 2, windows all day, 300 s
 * service; recipients "R1" at place 2 and "R2" at place 1, 120 s unloading.
 */
class DeliveryConstraintsTest {

    private static final List<TimeWindow> ALL_DAY = List.of(new TimeWindow(0, 36_000));

    private static VehicleSpec van(String id, int kg) {
        return new VehicleSpec(id, new Capacity(kg, kg, 0), 0, 0, 0, 36_000, 0, Set.of(), List.of());
    }

    private static PickupSpec lot(String id, int location, int kg, long maxOnBoard, Set<String> recipients) {
        return new PickupSpec(id, location, ALL_DAY, 300, kg, Compartment.AMBIENT, maxOnBoard, 1, Set.of(),
                recipients);
    }

    private static RecipientSpec recipient(String id, int location, int capacityKg, int people) {
        return new RecipientSpec(id, location, ALL_DAY, 120, capacityKg, people,
                Set.of(Compartment.AMBIENT, Compartment.CHILLED));
    }

    private static String r1(int n) {
        return FoodRecoveryProblem.dropOffId("R1", n);
    }

    private static String r2(int n) {
        return FoodRecoveryProblem.dropOffId("R2", n);
    }

    private static FoodRecoveryProblem problem(List<VehicleSpec> vehicles, List<PickupSpec> lots,
                                               RecipientSpec... recipients) {
        return new FoodRecoveryProblem(TinyInstance.MATRIX, vehicles, lots, List.of(recipients));
    }

    @Test
    void foodBoundForARecipientTheRouteNeverReachesIsUndelivered() {
        var problem = problem(List.of(van("v1", 200)), List.of(lot("a", 1, 60, 0, Set.of("R1"))),
                recipient("R1", 2, 0, 10));
        VERIFIER.verifyThat(FoodRecoveryConstraints::undelivered)
                .givenSolution(solution(problem, List.of(List.of("a")))).settingAllShadowVariables()
                .penalizesBy(60);
    }

    @Test
    void foodHandedToItsRecipientIsDelivered() {
        var problem = problem(List.of(van("v1", 200)), List.of(lot("a", 1, 60, 0, Set.of("R1"))),
                recipient("R1", 2, 0, 10));
        VERIFIER.verifyThat(FoodRecoveryConstraints::undelivered)
                .givenSolution(solution(problem, List.of(List.of("a", r1(0))))).settingAllShadowVariables()
                .hasNoImpact();
    }

    @Test
    void aDropOffBeforeThePickupDeliversNothing() {
        var problem = problem(List.of(van("v1", 200)), List.of(lot("a", 1, 60, 0, Set.of("R1"))),
                recipient("R1", 2, 0, 10));
        VERIFIER.verifyThat(FoodRecoveryConstraints::undelivered)
                .givenSolution(solution(problem, List.of(List.of(r1(0), "a")))).settingAllShadowVariables()
                .penalizesBy(60);
    }

    @Test
    void capacityCountsTheLoadAtItsHighestNotTheSumOfPickups() {
        // a (60) is dropped at R1 before b (60) is loaded: never more than 60 on board
        var problem = problem(List.of(new VehicleSpec("v1", Capacity.ambient(100), 0, 0, 0, 36_000, 0, Set.of(),
                List.of())), List.of(lot("a", 1, 60, 0, Set.of()), lot("b", 2, 60, 0, Set.of())),
                recipient("R1", 2, 0, 10));
        VERIFIER.verifyThat(FoodRecoveryConstraints::vehicleCapacity)
                .givenSolution(solution(problem, List.of(List.of("a", r1(0), "b")))).settingAllShadowVariables()
                .hasNoImpact();
        VERIFIER.verifyThat(FoodRecoveryConstraints::vehicleCapacity)
                .givenSolution(solution(problem, List.of(List.of("a", "b", r1(0))))).settingAllShadowVariables()
                .penalizesBy(20);
    }

    @Test
    void aRecipientGivenMoreThanItCanTakeIsPenalisedByTheExcess() {
        var problem = problem(List.of(van("v1", 200), van("v2", 200)),
                List.of(lot("a", 1, 60, 0, Set.of()), lot("b", 2, 30, 0, Set.of())), recipient("R2", 1, 80, 10));
        VERIFIER.verifyThat(FoodRecoveryConstraints::recipientCapacity)
                .givenSolution(solution(problem, List.of(List.of("a", r2(0)), List.of("b", r2(1)))))
                .settingAllShadowVariables()
                .penalizesBy(10);
    }

    @Test
    void aRecipientWithinItsCapacityIsFine() {
        var problem = problem(List.of(van("v1", 200), van("v2", 200)),
                List.of(lot("a", 1, 60, 0, Set.of()), lot("b", 2, 30, 0, Set.of())), recipient("R2", 1, 90, 10));
        VERIFIER.verifyThat(FoodRecoveryConstraints::recipientCapacity)
                .givenSolution(solution(problem, List.of(List.of("a", r2(0)), List.of("b", r2(1)))))
                .settingAllShadowVariables()
                .hasNoImpact();
    }

    @Test
    void perishableFoodCountsItsTimeOnBoardUntilTheDropOff() {
        // a leaves place 1 at 900, reaches R1 (place 2) at 1200: 300 s on board. Limit 240 s: 1 minute over.
        // Kept to the depot instead it would be on board 300 + 120 + 900 s, far beyond.
        var problem = problem(List.of(van("v1", 200)), List.of(lot("a", 1, 60, 240, Set.of())),
                recipient("R1", 2, 0, 10));
        VERIFIER.verifyThat(FoodRecoveryConstraints::perishability)
                .givenSolution(solution(problem, List.of(List.of("a", r1(0))))).settingAllShadowVariables()
                .penalizesBy(1);
    }

    @Test
    void perishableFoodDroppedOffInTimeIsFine() {
        var problem = problem(List.of(van("v1", 200)), List.of(lot("a", 1, 60, 300, Set.of())),
                recipient("R1", 2, 0, 10));
        VERIFIER.verifyThat(FoodRecoveryConstraints::perishability)
                .givenSolution(solution(problem, List.of(List.of("a", r1(0))))).settingAllShadowVariables()
                .hasNoImpact();
    }

    @Test
    void foodAllGivenToOneOfTwoRecipientsIsUnfair() {
        // R1 feeds 100 people, R2 300: of 40 kg, R1's share is 10 and R2's 30. R1 gets all 40:
        // (|40 - 10| + |0 - 30|) / 2 = 30 kg away from the shares, × the weight in seconds per kg
        var problem = problem(List.of(van("v1", 200)), List.of(lot("b", 2, 40, 0, Set.of())),
                recipient("R1", 2, 0, 100), recipient("R2", 1, 0, 300));
        VERIFIER.verifyThat(FoodRecoveryConstraints::fairShares)
                .givenSolution(solution(problem, List.of(List.of("b", r1(0))))).settingAllShadowVariables()
                .penalizesBy(30 * FoodRecoveryConstraints.FAIR_SHARE_SECONDS_PER_KG);
    }

    @Test
    void foodSharedInProportionToThePeopleServedIsFair() {
        var problem = problem(List.of(van("v1", 200)),
                List.of(lot("a", 1, 30, 0, Set.of("R2")), lot("b", 2, 10, 0, Set.of("R1"))),
                recipient("R1", 2, 0, 100), recipient("R2", 1, 0, 300));
        VERIFIER.verifyThat(FoodRecoveryConstraints::fairShares)
                .givenSolution(solution(problem, List.of(List.of("a", "b", r1(0), r2(0)))))
                .settingAllShadowVariables()
                .hasNoImpact();
    }

    @Test
    void arrivingAtARecipientAfterItClosesIsLate() {
        var closesEarly = new RecipientSpec("R1", 2, List.of(new TimeWindow(0, 1000)), 120, 0, 10,
                Set.of(Compartment.AMBIENT));
        var problem = problem(List.of(van("v1", 200)), List.of(lot("a", 1, 60, 0, Set.of())), closesEarly);
        // a served 600-900, R1 reached at 1200: 200 s late = 4 minutes
        VERIFIER.verifyThat(FoodRecoveryConstraints::lateArrival)
                .givenSolution(solution(problem, List.of(List.of("a", r1(0))))).settingAllShadowVariables()
                .penalizesBy(4);
    }

    @Test
    void unusedDropOffsCostNothing() {
        var problem = problem(List.of(van("v1", 200)), List.of(lot("a", 1, 60, 0, Set.of())),
                recipient("R1", 2, 0, 10));
        VERIFIER.verifyThat(FoodRecoveryConstraints::unassignedPickup)
                .givenSolution(solution(problem, List.of(List.of("a")))).settingAllShadowVariables()
                .hasNoImpact();
    }

    @Test
    void wholeScoreEqualsTheRouteEvaluatorsFiguresWithDeliveries() {
        var problem = problem(List.of(van("v1", 30), van("v2", 200)),
                List.of(lot("a", 1, 60, 240, Set.of("R1")), lot("b", 2, 30, 0, Set.of("R2")),
                        lot("c", 2, 20, 0, Set.of())),
                recipient("R1", 2, 40, 100), recipient("R2", 1, 0, 300));
        var routes = List.of(List.of("a", "c", r1(0)), List.of("b"));
        var evaluation = new RouteEvaluator(problem).evaluate(routes);
        assertThat(evaluation.feasible()).isFalse();
        assertThat(evaluation.violations()).extracting(Violation::constraint).contains(
                FoodRecoveryConstraints.VEHICLE_CAPACITY, FoodRecoveryConstraints.PERISHABILITY,
                FoodRecoveryConstraints.UNDELIVERED, FoodRecoveryConstraints.RECIPIENT_CAPACITY);
        assertThat(evaluation.unfairKg()).isPositive();
        VERIFIER.verifyThat()
                .givenSolution(solution(problem, routes)).settingAllShadowVariables()
                .scores(HardMediumSoftScore.of(evaluation.hardScore(), evaluation.mediumScore(),
                        evaluation.softScore()));
    }
}
