package org.prossima.solver.demand;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.stream.test.ConstraintVerifier;

import org.junit.jupiter.api.Test;
import org.prossima.solver.travel.Location;

/**
 * Every constraint of {@link AllocationConstraints} on hand-made allocations, each with the amount worked out by hand
 * and a case where it does not fire. Facts are built with the package-private constructors: a lot's travel minutes
 * from each cooperative are given explicitly (by cooperative index), so the matrix plays no part here.
 */
class AllocationConstraintsTest {

    private static final ConstraintVerifier<AllocationConstraints, AllocationSolution> VERIFIER =
            ConstraintVerifier.build(new AllocationConstraints(), AllocationSolution.class, LotAssignment.class);

    private static final Location TURIN = new Location(45.07, 7.69);

    // ---- building blocks -------------------------------------------------------------------------------------

    private static Lot lot(String id, ServiceType type, int weeklyHours) {
        return new Lot(id, type, List.of(id), weeklyHours, 1, TURIN, 0, 0.0, 0);
    }

    private static CooperativeSpec spec(String id, Map<ServiceType, Integer> capacity, int maxTravelMinutes,
            int disadvantagedSharePercent) {
        return new CooperativeSpec(id, null, 0, capacity, maxTravelMinutes, disadvantagedSharePercent);
    }

    private static Cooperative cooperative(String id, int index, Map<ServiceType, Integer> capacity) {
        return new Cooperative(spec(id, capacity, 60, 30), index);
    }

    /** An assignment of {@code lot} to {@code to} (null: unassigned), {@code minutes} from every cooperative. */
    private static LotAssignment assigned(Lot lot, Cooperative to, int minutes) {
        int[] travel = new int[4];
        Arrays.fill(travel, minutes);
        return assigned(lot, to, travel);
    }

    private static LotAssignment assigned(Lot lot, Cooperative to, int[] travelByCooperativeIndex) {
        var assignment = new LotAssignment(lot, travelByCooperativeIndex, to == null ? List.of() : List.of(to));
        assignment.setCooperative(to);
        return assignment;
    }

    private static Object[] facts(List<Cooperative> cooperatives, LotAssignment... assignments) {
        List<Object> facts = new ArrayList<>(cooperatives);
        facts.addAll(List.of(assignments));
        return facts.toArray();
    }

    // ---- Cooperative capacity (hard, hours beyond the capacity per cooperative and service type) ---------------

    @Test
    void capacityPenalizesTheHoursBeyondEachCooperativesCapacityPerServiceType() {
        var a = cooperative("A", 0, Map.of(ServiceType.CLEANING, 30, ServiceType.LAUNDRY, 10));
        var b = cooperative("B", 1, Map.of(ServiceType.CLEANING, 50));

        // A cleaning: 20 + 20 = 40 h against 30 → 10 over. A laundry: 15 h against 10 → 5 over (the cleaning
        // capacity left over does not help laundry). B cleaning: 20 h against 50 → 0. Total 10 + 5 = 15.
        VERIFIER.verifyThat(AllocationConstraints::capacity)
                .given(assigned(lot("c1", ServiceType.CLEANING, 20), a, 10),
                        assigned(lot("c2", ServiceType.CLEANING, 20), a, 10),
                        assigned(lot("l1", ServiceType.LAUNDRY, 15), a, 10),
                        assigned(lot("c3", ServiceType.CLEANING, 20), b, 10),
                        assigned(lot("c4", ServiceType.CLEANING, 99), null, 10))
                .penalizesBy(15);
    }

    @Test
    void capacityDoesNotFireWhenExactlyFull() {
        var a = cooperative("A", 0, Map.of(ServiceType.CLEANING, 40, ServiceType.LAUNDRY, 10));

        // Cleaning 25 + 15 = 40 = capacity, laundry 10 = capacity; the unassigned 99-hour lot counts nowhere.
        VERIFIER.verifyThat(AllocationConstraints::capacity)
                .given(assigned(lot("c1", ServiceType.CLEANING, 25), a, 10),
                        assigned(lot("c2", ServiceType.CLEANING, 15), a, 10),
                        assigned(lot("l1", ServiceType.LAUNDRY, 10), a, 10),
                        assigned(lot("c3", ServiceType.CLEANING, 99), null, 10))
                .penalizesBy(0);
    }

    // ---- Service offered (hard, 1 per lot given to a cooperative not offering its service) ---------------------

    @Test
    void serviceOfferedPenalizesEachLotAtACooperativeNotOfferingItsService() {
        var a = cooperative("A", 0, Map.of(ServiceType.CLEANING, 100));
        var b = cooperative("B", 1, Map.of(ServiceType.GARDENING, 100));

        // Laundry at A (not offered) and cleaning at B (not offered): 1 + 1 = 2, whatever the hours.
        VERIFIER.verifyThat(AllocationConstraints::serviceOffered)
                .given(assigned(lot("l1", ServiceType.LAUNDRY, 30), a, 10),
                        assigned(lot("c1", ServiceType.CLEANING, 5), b, 10),
                        assigned(lot("c2", ServiceType.CLEANING, 5), a, 10),
                        assigned(lot("g1", ServiceType.GARDENING, 5), b, 10))
                .penalizesBy(2);
    }

    @Test
    void serviceOfferedDoesNotFireForOfferedServicesOrUnassignedLots() {
        var a = cooperative("A", 0, Map.of(ServiceType.CLEANING, 100));

        VERIFIER.verifyThat(AllocationConstraints::serviceOffered)
                .given(assigned(lot("c1", ServiceType.CLEANING, 5), a, 10),
                        assigned(lot("l1", ServiceType.LAUNDRY, 30), null, 10))
                .penalizesBy(0);
    }

    // ---- Travel within the limit (hard, minutes beyond the cooperative's limit) --------------------------------

    @Test
    void travelLimitPenalizesTheMinutesBeyondTheCooperativesLimit() {
        var a = new Cooperative(spec("A", Map.of(ServiceType.CLEANING, 100), 30, 30), 0);
        var b = new Cooperative(spec("B", Map.of(ServiceType.CLEANING, 100), 60, 30), 1);

        // c1 at A: 45 min against 30 → 15. c2 at B: 61 against 60 → 1. c3 at A: 30 = limit → 0 (B would be 90 min
        // away, which does not matter: only the assigned cooperative's minutes count). Total 15 + 1 = 16.
        VERIFIER.verifyThat(AllocationConstraints::travelLimit)
                .given(assigned(lot("c1", ServiceType.CLEANING, 10), a, new int[] { 45, 5 }),
                        assigned(lot("c2", ServiceType.CLEANING, 10), b, new int[] { 5, 61 }),
                        assigned(lot("c3", ServiceType.CLEANING, 10), a, new int[] { 30, 90 }))
                .penalizesBy(16);
    }

    @Test
    void travelLimitDoesNotFireAtOrWithinTheLimit() {
        var a = new Cooperative(spec("A", Map.of(ServiceType.CLEANING, 100), 30, 30), 0);

        VERIFIER.verifyThat(AllocationConstraints::travelLimit)
                .given(assigned(lot("c1", ServiceType.CLEANING, 10), a, new int[] { 30 }),
                        assigned(lot("c2", ServiceType.CLEANING, 10), a, new int[] { 0 }),
                        assigned(lot("c3", ServiceType.CLEANING, 10), null, new int[] { 200 }))
                .penalizesBy(0);
    }

    // ---- Unserved hours (medium, the hours of each lot no cooperative takes) ----------------------------------

    @Test
    void unservedPenalizesTheHoursOfLotsLeftWithoutACooperative() {
        var a = cooperative("A", 0, Map.of(ServiceType.CLEANING, 100));

        // Unassigned: 12 + 30 = 42 hours; the 50-hour lot at A counts nothing.
        VERIFIER.verifyThat(AllocationConstraints::unserved)
                .given(assigned(lot("c1", ServiceType.CLEANING, 12), null, 10),
                        assigned(lot("l1", ServiceType.LAUNDRY, 30), null, 10),
                        assigned(lot("c2", ServiceType.CLEANING, 50), a, 10))
                .penalizesBy(42);
    }

    @Test
    void unservedDoesNotFireWhenEveryLotIsTaken() {
        var a = cooperative("A", 0, Map.of(ServiceType.CLEANING, 100));

        VERIFIER.verifyThat(AllocationConstraints::unserved)
                .given(assigned(lot("c1", ServiceType.CLEANING, 12), a, 10),
                        assigned(lot("c2", ServiceType.CLEANING, 50), a, 10))
                .penalizesBy(0);
    }

    // ---- Travel (soft, minutes from the assigned cooperative's base) ------------------------------------------

    @Test
    void travelPenalizesTheMinutesFromTheAssignedCooperative() {
        var a = cooperative("A", 0, Map.of(ServiceType.CLEANING, 100));
        var b = cooperative("B", 1, Map.of(ServiceType.CLEANING, 100));

        // c1 at A: 12 (not B's 50); c2 at B: 30 (not A's 7); c3 unassigned: nothing. Total 12 + 30 = 42.
        VERIFIER.verifyThat(AllocationConstraints::travel)
                .given(assigned(lot("c1", ServiceType.CLEANING, 10), a, new int[] { 12, 50 }),
                        assigned(lot("c2", ServiceType.CLEANING, 10), b, new int[] { 7, 30 }),
                        assigned(lot("c3", ServiceType.CLEANING, 10), null, new int[] { 100, 100 }))
                .penalizesBy(42);
    }

    @Test
    void travelDoesNotFireForUnassignedLotsOrCooperativesOnTheSpot() {
        var a = cooperative("A", 0, Map.of(ServiceType.CLEANING, 100));

        VERIFIER.verifyThat(AllocationConstraints::travel)
                .given(assigned(lot("c1", ServiceType.CLEANING, 10), a, new int[] { 0 }),
                        assigned(lot("c2", ServiceType.CLEANING, 10), null, new int[] { 100 }))
                .penalizesBy(0);
    }

    // ---- Work for disadvantaged workers (soft reward, hours × share / 10) -------------------------------------

    @Test
    void disadvantagedWorkRewardsHoursTimesTheCooperativesShareInTenthsOfHourPercent() {
        var a = new Cooperative(spec("A", Map.of(ServiceType.CLEANING, 100), 60, 30), 0);
        var b = new Cooperative(spec("B", Map.of(ServiceType.CLEANING, 100), 60, 45), 1);

        // c1 at A: 20 h × 30% = 600 hour-percent / 10 = 60 (the javadoc's example). c2 at B: 25 h × 45% = 1125 / 10
        // = 112 (integer division). c3 unassigned: nothing. Total 60 + 112 = 172.
        VERIFIER.verifyThat(AllocationConstraints::disadvantagedWork)
                .given(assigned(lot("c1", ServiceType.CLEANING, 20), a, 10),
                        assigned(lot("c2", ServiceType.CLEANING, 25), b, 10),
                        assigned(lot("c3", ServiceType.CLEANING, 40), null, 10))
                .rewardsWith(172);
    }

    @Test
    void disadvantagedWorkDoesNotFireWithoutAllocatedLots() {
        VERIFIER.verifyThat(AllocationConstraints::disadvantagedWork)
                .given(assigned(lot("c1", ServiceType.CLEANING, 20), null, 10),
                        assigned(lot("c2", ServiceType.CLEANING, 25), null, 10))
                .rewardsWith(0);
    }

    // ---- Balance across cooperatives (soft, rounded load-balance unfairness of the utilisations) ---------------

    @Test
    void balancePenalizesTheUnfairnessOfUtilisationsOverTotalCapacity() {
        // Total capacities: A 150 + 50 = 200, B 200, C 200, D 200.
        var a = cooperative("A", 0, Map.of(ServiceType.CLEANING, 150, ServiceType.LAUNDRY, 50));
        var b = cooperative("B", 1, Map.of(ServiceType.CLEANING, 200));
        var c = cooperative("C", 2, Map.of(ServiceType.CLEANING, 200));
        var d = cooperative("D", 3, Map.of(ServiceType.CLEANING, 200));

        // A: cleaning 20 h → 1000 × 20 / 200 = 100 (over the total 200, not the cleaning 150, which would give 133).
        // B: 12 h + 8 h → 60 + 40 = 100. C and D: no lot → 0. The unassigned lot counts nowhere.
        // Loads 100, 100, 0, 0: mean 50, squared deviations 4 × 50² = 10000, unfairness √10000 = 100.
        VERIFIER.verifyThat(AllocationConstraints::balance)
                .given(facts(List.of(a, b, c, d),
                        assigned(lot("c1", ServiceType.CLEANING, 20), a, 10),
                        assigned(lot("c2", ServiceType.CLEANING, 12), b, 10),
                        assigned(lot("c3", ServiceType.CLEANING, 8), b, 10),
                        assigned(lot("c4", ServiceType.CLEANING, 80), null, 10)))
                .penalizesBy(100);
    }

    @Test
    void balanceRoundsTheUnfairnessHalfUp() {
        var a = cooperative("A", 0, Map.of(ServiceType.CLEANING, 200));
        var b = cooperative("B", 1, Map.of(ServiceType.CLEANING, 200));

        // Loads 100 (20 h of 200) and 0: mean 50, squared deviations 2 × 50² = 5000, √5000 = 70.71 → 71.
        VERIFIER.verifyThat(AllocationConstraints::balance)
                .given(facts(List.of(a, b), assigned(lot("c1", ServiceType.CLEANING, 20), a, 10)))
                .penalizesBy(71);
    }

    @Test
    void balanceTruncatesEachLotsUtilisation() {
        var a = cooperative("A", 0, Map.of(ServiceType.CLEANING, 300));
        var b = cooperative("B", 1, Map.of(ServiceType.CLEANING, 300));

        // A: 1000 × 20 / 300 = 66 (66.67 truncated), B: 1000 × 10 / 300 = 33 (33.33 truncated). Mean 49.5,
        // squared deviations 2 × 16.5² = 544.5, √544.5 = 23.33 → 23 (unrounded loads would give 23.57 → 24).
        VERIFIER.verifyThat(AllocationConstraints::balance)
                .given(facts(List.of(a, b),
                        assigned(lot("c1", ServiceType.CLEANING, 20), a, 10),
                        assigned(lot("c2", ServiceType.CLEANING, 10), b, 10)))
                .penalizesBy(23);
    }

    @Test
    void balanceDoesNotFireWhenLoadsAreEqual() {
        var a = cooperative("A", 0, Map.of(ServiceType.CLEANING, 100, ServiceType.LAUNDRY, 100));
        var b = cooperative("B", 1, Map.of(ServiceType.CLEANING, 100));
        var c = cooperative("C", 2, Map.of(ServiceType.LAUNDRY, 50));

        // A: 1000 × 40 / 200 = 200; B: 1000 × 20 / 100 = 200; C: 1000 × 10 / 50 = 200. Unfairness 0: no match.
        VERIFIER.verifyThat(AllocationConstraints::balance)
                .given(facts(List.of(a, b, c),
                        assigned(lot("c1", ServiceType.CLEANING, 40), a, 10),
                        assigned(lot("c2", ServiceType.CLEANING, 20), b, 10),
                        assigned(lot("l1", ServiceType.LAUNDRY, 10), c, 10)))
                .penalizes(0);
    }

    @Test
    void balanceDoesNotFireWhenNoCooperativeHasALot() {
        var a = cooperative("A", 0, Map.of(ServiceType.CLEANING, 100));
        var b = cooperative("B", 1, Map.of(ServiceType.CLEANING, 100));

        VERIFIER.verifyThat(AllocationConstraints::balance)
                .given(facts(List.of(a, b), assigned(lot("c1", ServiceType.CLEANING, 40), null, 10)))
                .penalizes(0);
    }

    // ---- all constraints together ------------------------------------------------------------------------------

    @Test
    void wholeScoreServesMoreHoursBeforeAnythingSoft() {
        var a = new Cooperative(spec("A", Map.of(ServiceType.CLEANING, 50), 30, 30), 0);
        var l40 = lot("l40", ServiceType.CLEANING, 40);
        var l30 = lot("l30", ServiceType.CLEANING, 30);
        var l20 = lot("l20", ServiceType.CLEANING, 20);

        // Only l40 (the largest lot first): unserved 30 + 20 = 50; travel 10; work 40 × 30 / 10 = 120; a single
        // cooperative is always balanced. 0hard/-50medium/110soft.
        VERIFIER.verifyThat()
                .given(a, assigned(l40, a, 10), assigned(l30, null, 10), assigned(l20, null, 10))
                .scores(HardMediumSoftScore.of(0, -50, 110));
        // l30 and l20 (exactly the 50 hours of capacity): unserved 40; travel 20; work 90 + 60 = 150.
        // 0hard/-40medium/130soft: better on the medium level.
        VERIFIER.verifyThat()
                .given(a, assigned(l40, null, 10), assigned(l30, a, 10), assigned(l20, a, 10))
                .scores(HardMediumSoftScore.of(0, -40, 130));
        // All three: 90 - 50 = 40 hours over capacity, nothing unserved; travel 30, work 120 + 90 + 60 = 270.
        VERIFIER.verifyThat()
                .given(a, assigned(l40, a, 10), assigned(l30, a, 10), assigned(l20, a, 10))
                .scores(HardMediumSoftScore.of(-40, 0, 240));
    }
}
