package org.prossima.solver.demand;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningSolutionMetaModel;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningVariableMetaModel;
import ai.timefold.solver.core.preview.api.move.test.MoveTester;
import org.junit.jupiter.api.Test;
import org.prossima.solver.travel.HaversineTravelTimeMatrix;
import org.prossima.solver.travel.Location;
import org.prossima.solver.travel.TravelProfile;

/** The kick moves ({@link KickMove}, {@link KickMoveIteratorFactory}): what one does, its undo, and no score drift. */
class KickMovesTest {

    private static final PlanningSolutionMetaModel<AllocationSolution> META_MODEL =
            PlanningSolutionMetaModel.of(AllocationSolution.class, LotAssignment.class);
    private static final PlanningVariableMetaModel<AllocationSolution, LotAssignment, Cooperative> COOPERATIVE =
            (PlanningVariableMetaModel<AllocationSolution, LotAssignment, Cooperative>) META_MODEL
                    .genuineEntity(LotAssignment.class).variable("cooperative", Cooperative.class);
    private static final SolutionManager<AllocationSolution, HardMediumSoftScore> SOLUTION_MANAGER =
            SolutionManager.create(SolverFactory.create(AllocationSolver.solverConfig()));

    /** From scratch: the score of the solution as it stands. */
    private static HardMediumSoftScore score(AllocationSolution solution) {
        return SOLUTION_MANAGER.update(solution);
    }

    private static Map<String, String> assignment(AllocationSolution solution) {
        Map<String, String> byLot = new HashMap<>();
        solution.getAssignments().forEach(a -> byLot.put(a.getId(),
                a.getCooperative() == null ? null : a.getCooperative().id()));
        return byLot;
    }

    /**
     * Cooperative A (cleaning 50 hours, 30% disadvantaged) is 10 minutes from three cleaning lots of 40, 30 and 20
     * hours; it holds the 40-hour lot. Kicking it out for the 30-hour lot leaves 20 hours of room, which the
     * 20-hour lot takes. Before: 50 hours unserved; travel 10, work 40 × 30 / 10 = 120, one cooperative is always
     * balanced: 0hard/-50medium/110soft. After: 40 unserved; travel 20, work 90 + 60: 0hard/-40medium/130soft.
     */
    @Test
    void aKickMoveTradesALotForTwoAndIsUndoneExactly() {
        var a = new CooperativeSpec("A", null, 0, Map.of(ServiceType.CLEANING, 50), 30, 30);
        List<Location> places = List.of(new Location(45.0, 7.7), new Location(45.01, 7.7),
                new Location(45.02, 7.7), new Location(45.03, 7.7));
        var matrix = new HaversineTravelTimeMatrix(places, TravelProfile.CAR);
        var solution = AllocationSolution.of(new AllocationProblem(places, matrix,
                List.of(lot("l40", 40, places, 1), lot("l30", 30, places, 2), lot("l20", 20, places, 3)),
                List.of(a)));
        Map<String, LotAssignment> lots = new HashMap<>();
        solution.getAssignments().forEach(lot -> lots.put(lot.getId(), lot));
        Cooperative coopA = solution.getCooperatives().getFirst();
        lots.get("l40").setCooperative(coopA);
        int[] minutes = {DemandAggregator.minutes(matrix, 0, 1), DemandAggregator.minutes(matrix, 0, 2),
                DemandAggregator.minutes(matrix, 0, 3)};
        var before = score(solution);
        assertThat(before).isEqualTo(HardMediumSoftScore.of(0, -50, 120 - minutes[0]));

        var move = new KickMove(COOPERATIVE, lots.get("l30"), coopA, List.of(lots.get("l40")),
                List.of(lots.get("l20")));
        MoveTester.build(META_MODEL).using(solution).executeTemporarily(move, view -> {
            assertThat(assignment(solution)).containsEntry("l40", null).containsEntry("l30", "A")
                    .containsEntry("l20", "A");
            assertThat(score(solution)).isEqualTo(HardMediumSoftScore.of(0, -40, 150 - minutes[1] - minutes[2]));
        });

        assertThat(assignment(solution)).containsEntry("l40", "A").containsEntry("l30", null)
                .containsEntry("l20", null);
        assertThat(score(solution)).isEqualTo(before);
        assertThat(move.getPlanningEntities()).containsExactly(lots.get("l30"), lots.get("l40"), lots.get("l20"));
        assertThat(move.getPlanningValues()).containsExactly(coopA);
    }

    /**
     * Timefold checks every move's score against a calculation from scratch and its undo against the state before
     * ({@code FULL_ASSERT}), here with the kick moves alone in the local search so that they are nearly all the
     * moves made, on problems with short capacity where kicking pays.
     */
    @Test
    void fullAssertFindsNoScoreCorruption() {
        var kicksOnly = AllocationSolver.solverConfig().withEnvironmentMode(EnvironmentMode.FULL_ASSERT)
                .withTerminationSpentLimit(Duration.ofSeconds(1));
        var localSearch = (LocalSearchPhaseConfig) kicksOnly.getPhaseConfigList().get(1);
        localSearch.setMoveSelectorConfig(new MoveIteratorFactoryConfig()
                .withMoveIteratorFactoryClass(KickMoveIteratorFactory.class));
        var withEveryMove = AllocationSolver.solverConfig().withEnvironmentMode(EnvironmentMode.FULL_ASSERT)
                .withTerminationSpentLimit(Duration.ofSeconds(1));
        for (var config : List.of(kicksOnly, withEveryMove)) {
            for (long seed : new long[] {1, 2}) {
                var problem = shortOfCapacity(seed);
                var best = SolverFactory.<AllocationSolution>create(config).buildSolver()
                        .solve(AllocationSolution.of(problem));
                assertThat(best.getScore().isFeasible()).as("seed %d", seed).isTrue();
                assertThat(best.getScore()).isEqualTo(score(best));
                assertThat(best.getAssignments()).filteredOn(lot -> lot.getCooperative() != null)
                        .isNotEmpty()
                        .allSatisfy(lot -> assertThat(lot.getChoices()).contains(lot.getCooperative()));
            }
        }
    }

    /** 40 lots of 4 services around Ivrea and 6 cooperatives with about half the hours the lots need. */
    private static AllocationProblem shortOfCapacity(long seed) {
        Random random = new Random(seed);
        List<Location> places = new ArrayList<>();
        List<Lot> lots = new ArrayList<>();
        ServiceType[] types = {ServiceType.CLEANING, ServiceType.GARDENING, ServiceType.LAUNDRY,
                ServiceType.ERRANDS};
        for (int i = 0; i < 40; i++) {
            places.add(new Location(45.35 + 0.25 * random.nextDouble(), 7.7 + 0.3 * random.nextDouble()));
            lots.add(new Lot("L" + i, types[random.nextInt(types.length)], List.of("R" + i),
                    4 + 2 * random.nextInt(12), 5, places.get(i), i, 0, 0));
        }
        List<CooperativeSpec> cooperatives = new ArrayList<>();
        for (int c = 0; c < 6; c++) {
            places.add(new Location(45.4 + 0.15 * random.nextDouble(), 7.75 + 0.2 * random.nextDouble()));
            Map<ServiceType, Integer> capacity = new EnumMap<>(ServiceType.class);
            capacity.put(types[c % types.length], 40 + 10 * random.nextInt(5));
            capacity.put(types[(c + 1) % types.length], 20 + 10 * random.nextInt(3));
            cooperatives.add(new CooperativeSpec("C" + c, null, places.size() - 1, capacity, 40 + random.nextInt(30),
                    30 + random.nextInt(40)));
        }
        return new AllocationProblem(places, new HaversineTravelTimeMatrix(places, TravelProfile.CAR), lots,
                cooperatives);
    }

    private static Lot lot(String id, int hours, List<Location> places, int place) {
        return new Lot(id, ServiceType.CLEANING, List.of(id + "-r"), hours, 2, places.get(place), place, 0, 0);
    }
}
