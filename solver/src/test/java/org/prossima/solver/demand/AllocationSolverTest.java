package org.prossima.solver.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.prossima.solver.demand.AllocationPlan.CooperativeLoad;
import org.prossima.solver.demand.AllocationPlan.JobOpening;
import org.prossima.solver.demand.AllocationPlan.LotPlan;
import org.prossima.solver.text.Text;
import org.prossima.solver.travel.ExplicitTravelTimeMatrix;
import org.prossima.solver.travel.Location;
import org.prossima.solver.travel.TravelProfile;

/**
 * {@link AllocationSolver} on small hand-made problems whose optimum is worked out by hand. Travel comes from an
 * explicit matrix in whole minutes, 3 hours between places unless set.
 */
class AllocationSolverTest {

    private static final String SOURCE = "test figures";
    private static final Duration ONE_SECOND = Duration.ofSeconds(1);
    private static final Text NO_COOPERATIVE = Text.of("demand.unserved.NO_COOPERATIVE");

    private final AllocationSolver solver = new AllocationSolver();

    // ---- building blocks -------------------------------------------------------------------------------------

    private static List<Location> places(int n) {
        List<Location> places = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            places.add(new Location(45.0 + 0.01 * i, 7.7));
        }
        return places;
    }

    /** Symmetric travel minutes between {@code n} places, 180 minutes unless given as {from, to, minutes}. */
    private static ExplicitTravelTimeMatrix minutes(int n, int[]... pairs) {
        long[][] seconds = new long[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                seconds[i][j] = i == j ? 0 : 180 * 60;
            }
        }
        for (int[] pair : pairs) {
            seconds[pair[0]][pair[1]] = pair[2] * 60L;
            seconds[pair[1]][pair[0]] = pair[2] * 60L;
        }
        return new ExplicitTravelTimeMatrix(TravelProfile.CAR, seconds, seconds, SOURCE, false);
    }

    private static Lot lot(String id, ServiceType type, int weeklyHours, int place) {
        return new Lot(id, type, List.of(id + "-r"), weeklyHours, 3, new Location(45.0 + 0.01 * place, 7.7), place,
                0.0, 0);
    }

    private static Map<String, String> assignment(AllocationPlan plan) {
        Map<String, String> byLot = new HashMap<>();
        plan.lotPlans().forEach(p -> byLot.put(p.lotId(), p.cooperativeId()));
        return byLot;
    }

    // ---- the plan ----------------------------------------------------------------------------------------------

    /**
     * Places 0–2 are the bases of A, B and C; lots L1–L6 are at places 3–8.
     * <pre>
     * A: cleaning 100, laundry 40 (total 140), travels 30 min, 40% disadvantaged
     * B: cleaning 100, gardening 50 (total 150), travels 45 min, 30%
     * C: childcare 80 (total 80), travels 20 min, 60%
     * L1 cleaning 50 h: A 10 min, B 40 min    → A or B
     * L2 cleaning 40 h: A 35 min (over 30), B 40 → B only
     * L3 laundry 30 h: A 15 min, B 20 (no laundry) → A only
     * L4 gardening 30 h: B 25 min             → B only
     * L5 childcare 40 h: C 20 min (= limit), A 5 (no childcare) → C only
     * L6 canteen 20 h: A 5 min, nobody offers canteen → unserved
     * </pre>
     * L1 at A: travel 10 + 40 + 15 + 25 + 20 = 110; disadvantaged work (hours × share / 10) 200 + 120 + 120 + 90 +
     * 240 = 770; loads (1000 × hours / total capacity, truncated per lot) A 357 + 214 = 571, B 266 + 200 = 466,
     * C 500: sum of squares 793,197 − 1537² / 3 = 5,740.67, √ = 75.77 → 76. Soft 770 − 110 − 76 = 584.
     * L1 at B instead: travel 140, work 720, loads 214, 799, 500 → unfairness 413.7 → soft 166: A is the optimum.
     */
    @Test
    void sixLotsThreeCooperatives() {
        var a = new CooperativeSpec("A", "Coop A", 0, Map.of(ServiceType.CLEANING, 100, ServiceType.LAUNDRY, 40), 30,
                40);
        var b = new CooperativeSpec("B", "Coop B", 1, Map.of(ServiceType.CLEANING, 100, ServiceType.GARDENING, 50),
                45, 30);
        var c = new CooperativeSpec("C", "Coop C", 2, Map.of(ServiceType.CHILDCARE, 80), 20, 60);
        var matrix = minutes(9,
                new int[] { 0, 3, 10 }, new int[] { 1, 3, 40 },
                new int[] { 0, 4, 35 }, new int[] { 1, 4, 40 },
                new int[] { 0, 5, 15 }, new int[] { 1, 5, 20 },
                new int[] { 1, 6, 25 },
                new int[] { 2, 7, 20 }, new int[] { 0, 7, 5 },
                new int[] { 0, 8, 5 });
        var lots = List.of(lot("L1", ServiceType.CLEANING, 50, 3), lot("L2", ServiceType.CLEANING, 40, 4),
                lot("L3", ServiceType.LAUNDRY, 30, 5), lot("L4", ServiceType.GARDENING, 30, 6),
                lot("L5", ServiceType.CHILDCARE, 40, 7), lot("L6", ServiceType.CANTEEN, 20, 8));
        var problem = new AllocationProblem(places(9), matrix, lots, List.of(a, b, c));

        var plan = solver.solve(problem, ONE_SECOND);

        assertThat(plan.feasible()).isTrue();
        assertThat(plan.score()).isEqualTo("0hard/-20medium/584soft");
        assertThat(plan.hardScore()).isZero();
        assertThat(plan.mediumScore()).isEqualTo(-20);
        assertThat(plan.softScore()).isEqualTo(584);
        assertThat(plan.lots()).isEqualTo(6);
        assertThat(plan.allocatedLots()).isEqualTo(5);
        assertThat(plan.weeklyHours()).isEqualTo(210);
        assertThat(plan.allocatedWeeklyHours()).isEqualTo(190);
        assertThat(plan.travelSource()).isEqualTo(SOURCE);

        // In the problem's lot order, with the travel from the chosen base.
        assertThat(plan.lotPlans()).containsExactly(
                new LotPlan("L1", "A", 10, null),
                new LotPlan("L2", "B", 40, null),
                new LotPlan("L3", "A", 15, null),
                new LotPlan("L4", "B", 25, null),
                new LotPlan("L5", "C", 20, null),
                new LotPlan("L6", null, null, NO_COOPERATIVE));

        // Every allocated lot: a cooperative offering its service, within its travel limit and its capacity.
        Map<String, CooperativeSpec> cooperatives = Map.of("A", a, "B", b, "C", c);
        for (LotPlan lotPlan : plan.lotPlans()) {
            if (lotPlan.cooperativeId() == null) {
                continue;
            }
            Lot lot = lots.stream().filter(l -> l.id().equals(lotPlan.lotId())).findFirst().orElseThrow();
            CooperativeSpec host = cooperatives.get(lotPlan.cooperativeId());
            assertThat(host.offers(lot.serviceType())).as(lot.id()).isTrue();
            assertThat(lotPlan.travelMinutes()).as(lot.id())
                    .isEqualTo(DemandAggregator.minutes(matrix, host.place(), lot.place()))
                    .isLessThanOrEqualTo(host.maxTravelMinutes());
        }
        assertThat(plan.cooperatives()).allMatch(load -> load.weeklyHours() <= load.capacityHours());
        assertThat(plan.cooperatives()).containsExactly(
                new CooperativeLoad("A", "CLEANING", 50, 100),
                new CooperativeLoad("A", "LAUNDRY", 30, 40),
                new CooperativeLoad("B", "CLEANING", 40, 100),
                new CooperativeLoad("B", "GARDENING", 30, 50),
                new CooperativeLoad("C", "CHILDCARE", 40, 80));

        // One job per allocated lot: hours × share / 100 (at least 6), in places of up to 20 hours.
        // L1 50 h × 40% = 20 → 1 × 20. L2 40 × 30% = 12 → 1 × 12. L3 30 × 40% = 12 → 1 × 12.
        // L4 30 × 30% = 9 → 1 × 9. L5 40 × 60% = 24 → 2 places of 12.
        assertThat(plan.jobs()).containsExactly(
                new JobOpening("JOB-L1", "L1", "A", ServiceType.CLEANING, "cleaning", 1, 20, 3),
                new JobOpening("JOB-L2", "L2", "B", ServiceType.CLEANING, "cleaning", 1, 12, 4),
                new JobOpening("JOB-L3", "L3", "A", ServiceType.LAUNDRY, "laundry", 1, 12, 5),
                new JobOpening("JOB-L4", "L4", "B", ServiceType.GARDENING, "green-care", 1, 9, 6),
                new JobOpening("JOB-L5", "L5", "C", ServiceType.CHILDCARE, "social-care", 2, 12, 7));
    }

    // ---- short capacity ----------------------------------------------------------------------------------------

    @Test
    void whenCapacityIsShortTheLargerLotIsServed() {
        // One cooperative with 40 hours of cleaning, two lots of 30 and 25 hours 10 minutes away: only one fits.
        // Serving 30 leaves 25 unserved (medium −25), serving 25 leaves 30 (−30): the 30-hour lot wins.
        var a = new CooperativeSpec("A", null, 0, Map.of(ServiceType.CLEANING, 40), 30, 30);
        var problem = new AllocationProblem(places(3), minutes(3, new int[] { 0, 1, 10 }, new int[] { 0, 2, 10 }),
                List.of(lot("small", ServiceType.CLEANING, 25, 1), lot("big", ServiceType.CLEANING, 30, 2)),
                List.of(a));

        var plan = solver.solve(problem, ONE_SECOND);

        assertThat(plan.feasible()).isTrue();
        assertThat(plan.mediumScore()).isEqualTo(-25);
        assertThat(assignment(plan)).containsEntry("big", "A").containsEntry("small", null);
        LotPlan small = plan.lotPlans().getFirst();
        assertThat(small.travelMinutes()).isNull();
        assertThat(small.reason()).isEqualTo(Text.of("demand.unserved.ONE_COOPERATIVE_FULL"));
        // Soft: travel 10, work 30 × 30 / 10 = 90, a single cooperative is always balanced: 90 − 10 = 80.
        assertThat(plan.softScore()).isEqualTo(80);
        assertThat(plan.jobs()).containsExactly(
                new JobOpening("JOB-big", "big", "A", ServiceType.CLEANING, "cleaning", 1, 9, 2));
    }

    @Test
    void aLotSeveralFullCooperativesCouldTakeSaysHowMany() {
        // A and B have 10 hours of cleaning each, 10 minutes from three lots of 8 hours: each takes one, the third
        // is left with both cooperatives as choices and no room in either.
        var a = new CooperativeSpec("A", null, 0, Map.of(ServiceType.CLEANING, 10), 30, 30);
        var b = new CooperativeSpec("B", null, 1, Map.of(ServiceType.CLEANING, 10), 30, 30);
        var problem = new AllocationProblem(places(5), minutes(5, new int[] { 0, 2, 10 }, new int[] { 0, 3, 10 },
                new int[] { 0, 4, 10 }, new int[] { 1, 2, 10 }, new int[] { 1, 3, 10 }, new int[] { 1, 4, 10 }),
                List.of(lot("x", ServiceType.CLEANING, 8, 2), lot("y", ServiceType.CLEANING, 8, 3),
                        lot("z", ServiceType.CLEANING, 8, 4)),
                List.of(a, b));

        var plan = solver.solve(problem, ONE_SECOND);

        assertThat(plan.mediumScore()).isEqualTo(-8);
        assertThat(plan.lotPlans()).filteredOn(p -> p.cooperativeId() == null).singleElement()
                .extracting(LotPlan::reason).isEqualTo(Text.of("demand.unserved.COOPERATIVES_FULL", 2));
    }

    @Test
    // Kick moves (KickMoveIteratorFactory) trade the large lot for the two smaller ones in one step.
    void whenCapacityIsShortTwoSmallerLotsBeatOneLargerIfTheyServeMoreHours() {
        // 50 hours of cleaning for lots of 40, 30 and 20 hours: 40 alone serves 40 (−50 unserved), 30 + 20 serves 50
        // (−40 unserved). Taking the largest lot first is not the optimum here: from {l40} every single move is
        // worse (l40 out: −90 medium; l30 or l20 in: over capacity; swapping l40 for l30: −60), so the search has to
        // cross a worse plan to reach the optimum.
        var a = new CooperativeSpec("A", null, 0, Map.of(ServiceType.CLEANING, 50), 30, 30);
        var problem = new AllocationProblem(places(4),
                minutes(4, new int[] { 0, 1, 10 }, new int[] { 0, 2, 10 }, new int[] { 0, 3, 10 }),
                List.of(lot("l40", ServiceType.CLEANING, 40, 1), lot("l30", ServiceType.CLEANING, 30, 2),
                        lot("l20", ServiceType.CLEANING, 20, 3)),
                List.of(a));

        var plan = solver.solve(problem, ONE_SECOND);

        assertThat(plan.feasible()).isTrue();
        assertThat(plan.mediumScore()).isEqualTo(-40);
        assertThat(assignment(plan)).containsEntry("l40", null).containsEntry("l30", "A").containsEntry("l20", "A");
    }

    // ---- nothing to decide -------------------------------------------------------------------------------------

    @Test
    void lotsNoCooperativeCanTakeAreUnservedWithoutSolving() {
        // A offers gardening only; B offers cleaning but is 60 minutes away with a 30-minute limit.
        var a = new CooperativeSpec("A", null, 0, Map.of(ServiceType.GARDENING, 40), 30, 30);
        var b = new CooperativeSpec("B", null, 1, Map.of(ServiceType.CLEANING, 40), 30, 30);
        var problem = new AllocationProblem(places(3), minutes(3, new int[] { 0, 2, 5 }, new int[] { 1, 2, 60 }),
                List.of(lot("c1", ServiceType.CLEANING, 12, 2), lot("l1", ServiceType.LAUNDRY, 18, 2)),
                List.of(a, b));

        List<AllocationPlan> reported = new ArrayList<>();
        var plan = solver.solve(problem, Duration.ofSeconds(3), reported::add);
        // No solver ran: Timefold reports a best plan as soon as it has one (its construction heuristic's, even
        // here), and none was reported.
        assertThat(reported).isEmpty();

        assertThat(plan.score()).isEqualTo("0hard/-30medium/0soft");
        assertThat(plan.feasible()).isTrue();
        assertThat(plan.allocatedLots()).isZero();
        assertThat(plan.weeklyHours()).isEqualTo(30);
        assertThat(plan.allocatedWeeklyHours()).isZero();
        assertThat(plan.jobs()).isEmpty();
        assertThat(plan.lotPlans()).containsExactly(
                new LotPlan("c1", null, null, NO_COOPERATIVE), new LotPlan("l1", null, null, NO_COOPERATIVE));
        assertThat(plan.cooperatives()).containsExactly(new CooperativeLoad("A", "GARDENING", 0, 40),
                new CooperativeLoad("B", "CLEANING", 0, 40));
    }

    // ---- jobs ----------------------------------------------------------------------------------------------------

    @Test
    void jobsSplitDisadvantagedHoursIntoPlacesOfUpToTwentyHours() {
        // 50 h at 40% = 20 h → 1 place of 20.
        assertThat(job(50, 40)).containsExactly(1, 20);
        // 100 h at 30% = 30 h → 2 places of 15.
        assertThat(job(100, 30)).containsExactly(2, 15);
        // 70 h at 60% = 42 h → 3 places of 14.
        assertThat(job(70, 60)).containsExactly(3, 14);
        // 200 h at 100% = 200 h → 10 places of 20.
        assertThat(job(200, 100)).containsExactly(10, 20);
        // 33 h at 30% = 9.9 → 9 h (truncated) → 1 place of 9.
        assertThat(job(33, 30)).containsExactly(1, 9);
        // 10 h at 30% = 3 h → at least 6 → 1 place of 6.
        assertThat(job(10, 30)).containsExactly(1, 6);
        // 41 h at 100% = 41 h → 3 places of 41 / 3 = 13 (truncated: 39 of the 41 hours).
        assertThat(job(41, 100)).containsExactly(3, 13);

        var job = AllocationPlan.jobs(lot("L9", ServiceType.ERRANDS, 50, 4),
                new CooperativeSpec("K", null, 0, Map.of(ServiceType.ERRANDS, 60), 30, 40));
        assertThat(job).isEqualTo(new JobOpening("JOB-L9", "L9", "K", ServiceType.ERRANDS, "logistics", 1, 20, 4));
    }

    private static int[] job(int hours, int share) {
        var job = AllocationPlan.jobs(lot("L", ServiceType.CLEANING, hours, 0),
                new CooperativeSpec("K", null, 0, Map.of(ServiceType.CLEANING, 500), 30, share));
        return new int[] { job.seats(), job.weeklyHoursPerSeat() };
    }

    // ---- bad input ---------------------------------------------------------------------------------------------

    @Test
    void badInputIsRejected() {
        var a = new CooperativeSpec("A", null, 0, Map.of(ServiceType.CLEANING, 40), 30, 30);
        var problem = new AllocationProblem(places(2), minutes(2), List.of(lot("c1", ServiceType.CLEANING, 10, 1)),
                List.of(a));

        assertThatIllegalArgumentException().isThrownBy(() -> solver.solve(problem, Duration.ZERO));
        assertThatIllegalArgumentException().isThrownBy(() -> solver.solve(problem, Duration.ofSeconds(-1)));
        assertThatIllegalArgumentException().isThrownBy(() -> solver.solve(problem, null));
        assertThatNullPointerException().isThrownBy(() -> solver.solve(null, ONE_SECOND));
        // Duplicate ids and places outside the matrix.
        assertThatIllegalArgumentException().isThrownBy(() -> new AllocationProblem(places(2), minutes(2),
                List.of(lot("c1", ServiceType.CLEANING, 10, 1), lot("c1", ServiceType.LAUNDRY, 10, 1)), List.of(a)));
        assertThatIllegalArgumentException().isThrownBy(() -> new AllocationProblem(places(2), minutes(2),
                List.of(lot("c1", ServiceType.CLEANING, 10, 1)), List.of(a, a)));
        assertThatIllegalArgumentException().isThrownBy(() -> new AllocationProblem(places(2), minutes(2),
                List.of(lot("c1", ServiceType.CLEANING, 10, 2)), List.of(a)));
        assertThatIllegalArgumentException().isThrownBy(() -> new AllocationProblem(places(3), minutes(2),
                List.of(lot("c1", ServiceType.CLEANING, 10, 1)), List.of(a)));
    }
}
