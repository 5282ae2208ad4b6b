package org.prossima.solver.foodrecovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.SplittableRandom;

import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningListVariableMetaModel;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningSolutionMetaModel;
import ai.timefold.solver.core.preview.api.move.Move;
import ai.timefold.solver.core.preview.api.move.test.MoveTester;

import org.junit.jupiter.api.Test;

class CustomMovesTest {

    private static final PlanningSolutionMetaModel<FoodRecoverySolution> META_MODEL =
            PlanningSolutionMetaModel.of(FoodRecoverySolution.class, Vehicle.class, Stop.class);
    private static final PlanningListVariableMetaModel<FoodRecoverySolution, Vehicle, Stop> PICKUPS =
            META_MODEL.genuineEntity(Vehicle.class).listVariable("stops", Stop.class);
    private static final SolutionManager<FoodRecoverySolution, ?> SOLUTION_MANAGER =
            SolutionManager.create(SolverFactory.create(FoodRecoverySolver.solverConfig()));

    /** Pickups dealt round-robin to the vehicles except the first {@code unassigned}, shadow variables set. */
    private static FoodRecoverySolution dealt(FoodRecoveryProblem problem, int unassigned) {
        List<List<String>> routes = new ArrayList<>();
        problem.vehicles().forEach(v -> routes.add(new ArrayList<>()));
        for (int i = unassigned; i < problem.pickups().size(); i++) {
            routes.get(i % routes.size()).add(problem.pickups().get(i).id());
        }
        var solution = TinyInstance.solution(problem, routes);
        SOLUTION_MANAGER.update(solution);
        return solution;
    }

    private static List<List<String>> routes(FoodRecoverySolution solution) {
        return solution.routeIds();
    }

    private static void assertConsistent(FoodRecoverySolution solution) {
        var seen = new HashSet<Stop>();
        for (Vehicle vehicle : solution.getVehicles()) {
            for (int i = 0; i < vehicle.getStops().size(); i++) {
                Stop pickup = vehicle.getStops().get(i);
                assertThat(seen.add(pickup)).as("%s appears once", pickup).isTrue();
                assertThat(pickup.getVehicle()).isSameAs(vehicle);
                assertThat(pickup.getIndex()).isEqualTo(i);
            }
        }
        solution.getStops().stream().filter(p -> !seen.contains(p))
                .forEach(p -> assertThat(p.getVehicle()).isNull());
    }

    @Test
    void tailExchangeSwapsTheRoutesTails() {
        var problem = RandomInstances.aroundIvrea(3, 6, 2, 500);
        var solution = dealt(problem, 0); // v0: p0 p2 p4, v1: p1 p3 p5
        var tester = MoveTester.build(META_MODEL).using(solution);
        Vehicle v0 = solution.getVehicles().get(0);
        Vehicle v1 = solution.getVehicles().get(1);
        var before = routes(solution);
        tester.executeTemporarily(new TailExchangeMove(PICKUPS, v0, 1, v1, 2), view ->
                assertThat(routes(solution)).containsExactly(List.of("p0", "p5"), List.of("p1", "p3", "p2", "p4")));
        assertThat(routes(solution)).isEqualTo(before);
        tester.execute(new TailExchangeMove(PICKUPS, v0, 3, v1, 0));
        assertThat(routes(solution)).containsExactly(List.of("p0", "p2", "p4", "p1", "p3", "p5"), List.of());
        assertConsistent(solution);
    }

    @Test
    void reverseTurnsAStretchOfOneRouteAround() {
        var problem = RandomInstances.aroundIvrea(3, 5, 1, 500);
        var solution = dealt(problem, 0);
        var tester = MoveTester.build(META_MODEL).using(solution);
        tester.execute(new ReverseMove(PICKUPS, solution.getVehicles().get(0), 1, 4));
        assertThat(routes(solution)).containsExactly(List.of("p0", "p4", "p3", "p2", "p1"));
        assertConsistent(solution);
    }

    @Test
    void relocatePutsThePickupRightBesideItsNeighbour() {
        var problem = RandomInstances.aroundIvrea(3, 4, 1, 500);
        var solution = dealt(problem, 0); // p0 p1 p2 p3
        var factory = new NearbyMoveIteratorFactory();
        factory.prepare(solution, PICKUPS);
        var tester = MoveTester.build(META_MODEL).using(solution);
        List<Stop> p = solution.getStops();
        tester.executeTemporarily(factory.relocate(p.get(0), p.get(2), true),
                view -> assertThat(routes(solution)).containsExactly(List.of("p1", "p2", "p0", "p3")));
        tester.executeTemporarily(factory.relocate(p.get(0), p.get(2), false),
                view -> assertThat(routes(solution)).containsExactly(List.of("p1", "p0", "p2", "p3")));
        tester.executeTemporarily(factory.relocate(p.get(3), p.get(1), false),
                view -> assertThat(routes(solution)).containsExactly(List.of("p0", "p3", "p1", "p2")));
        tester.executeTemporarily(factory.relocate(p.get(3), p.get(1), true),
                view -> assertThat(routes(solution)).containsExactly(List.of("p0", "p1", "p3", "p2")));
        assertThat(factory.relocate(p.get(0), p.get(1), false)).isNull(); // already there
        assertThat(routes(solution)).containsExactly(List.of("p0", "p1", "p2", "p3"));
    }

    @Test
    void randomNearbyMovesKeepEveryPickupOnceAndUndoRestoresTheRoutes() {
        var problem = RandomInstances.aroundIvrea(11, 30, 4, 300);
        var solution = dealt(problem, 5);
        var factory = new NearbyMoveIteratorFactory();
        factory.prepare(solution, PICKUPS);
        var tester = MoveTester.build(META_MODEL).using(solution);
        var random = new SplittableRandom(1);
        for (int i = 0; i < 300; i++) {
            Move<FoodRecoverySolution> move = factory.generate(solution.getStops(), random);
            var before = routes(solution);
            tester.executeTemporarily(move, view -> assertConsistent(solution));
            assertThat(routes(solution)).as("undo of %s", move).isEqualTo(before);
            assertConsistent(solution);
            if (i % 3 == 0) {
                tester.execute(move);
                assertConsistent(solution);
            }
        }
    }

    @Test
    void ruinAndRecreateKeepsEveryPickupAtMostOnceAndUndoRestoresTheRoutes() {
        // Over-constrained: 30 pickups of 5–60 kg, 3 vehicles of 150 kg; some must stay out.
        var problem = RandomInstances.aroundIvrea(5, 30, 3, 150);
        var solution = dealt(problem, 20);
        var factory = new RuinRecreateMoveIteratorFactory();
        factory.prepare(solution, PICKUPS);
        var tester = MoveTester.build(META_MODEL).using(solution);
        var random = new SplittableRandom(2);
        for (int i = 0; i < 200; i++) {
            RuinRecreateMove move = factory.generate(solution, random);
            assertThat(move.removed()).doesNotHaveDuplicates();
            assertThat(move.inserted()).doesNotHaveDuplicates();
            var before = routes(solution);
            tester.executeTemporarily(move, view -> {
                assertConsistent(solution);
                // What was removed and not inserted again is unassigned now.
                move.removed().stream().filter(p -> !move.inserted().contains(p))
                        .forEach(p -> assertThat(p.getVehicle()).isNull());
                move.inserted().forEach(p -> assertThat(p.getVehicle()).isNotNull());
            });
            assertThat(routes(solution)).isEqualTo(before);
            tester.execute(move);
            assertConsistent(solution);
        }
        // Recreate only inserts where capacity allows: every route within 150 kg.
        solution.getVehicles().forEach(v -> assertThat(v.getStops().stream().mapToInt(Stop::getKg).sum())
                .isLessThanOrEqualTo(150));
    }

    @Test
    void noMoveTouchesPinnedStops() {
        // 30 pickups, 3 vehicles; the first two pickups of each vehicle are pinned (done or confirmed).
        var base = RandomInstances.aroundIvrea(9, 30, 3, 500);
        List<VehicleSpec> vehicles = new ArrayList<>();
        for (int v = 0; v < 3; v++) {
            VehicleSpec spec = base.vehicles().get(v);
            vehicles.add(new VehicleSpec(spec.id(), spec.capacity(), spec.startLocation(), spec.endLocation(),
                    spec.shiftStart(), spec.shiftEnd(), 0, java.util.Set.of(), List.of("p" + v, "p" + (v + 3))));
        }
        var problem = new FoodRecoveryProblem(base.matrix(), vehicles, base.pickups());
        List<List<String>> rest = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int i = 6; i < 26; i++) { // p26..p29 stay unassigned
            rest.get(i % 3).add("p" + i);
        }
        var solution = TinyInstance.solution(problem, rest);
        SOLUTION_MANAGER.update(solution);
        var nearby = new NearbyMoveIteratorFactory();
        nearby.prepare(solution, PICKUPS);
        var ruin = new RuinRecreateMoveIteratorFactory();
        ruin.prepare(solution, PICKUPS);
        var tester = MoveTester.build(META_MODEL).using(solution);
        var random = new SplittableRandom(3);
        for (int i = 0; i < 400; i++) {
            Move<FoodRecoverySolution> move = i % 2 == 0 ? nearby.generate(solution.getStops(), random)
                    : ruin.generate(solution, random);
            tester.execute(move);
            assertConsistent(solution);
            for (int v = 0; v < 3; v++) {
                assertThat(solution.getVehicles().get(v).getStops()).extracting(Stop::getId)
                        .as("after %s", move).startsWith("p" + v, "p" + (v + 3));
            }
        }
    }

    /**
     * Every feature our estimate has to know about: chilled food, two windows with a break, perishable food, a
     * required skill, a route duration limit and a pinned stop.
     */
    private static FoodRecoveryProblem richProblem() {
        var base = RandomInstances.aroundIvrea(23, 25, 3, 400);
        List<PickupSpec> pickups = new ArrayList<>();
        for (int i = 0; i < base.pickups().size(); i++) {
            PickupSpec p = base.pickups().get(i);
            long start = p.windows().getFirst().start();
            long end = p.windows().getLast().end();
            long middle = (start + end) / 2;
            var windows = i % 2 == 0 ? List.of(new TimeWindow(start, middle - 900), new TimeWindow(middle + 900, end))
                    : p.windows();
            pickups.add(new PickupSpec(p.id(), p.location(), windows, p.serviceSeconds(), p.kg(),
                    i % 3 == 0 ? Compartment.CHILLED : Compartment.AMBIENT, i % 4 == 0 ? 3 * 3600 : 0,
                    i % 3 == 0 ? 3 : 1, i % 7 == 0 ? java.util.Set.of("TAIL_LIFT") : java.util.Set.of()));
        }
        List<VehicleSpec> vehicles = new ArrayList<>();
        for (int v = 0; v < 3; v++) {
            VehicleSpec spec = base.vehicles().get(v);
            vehicles.add(new VehicleSpec(spec.id(), v == 0 ? new Capacity(200, 200, 0) : Capacity.ambient(400),
                    spec.startLocation(), spec.endLocation(), spec.shiftStart(), spec.shiftEnd(),
                    v == 1 ? 6 * 3600 : 0, v == 0 ? java.util.Set.of("TAIL_LIFT") : java.util.Set.of(),
                    v == 2 ? List.of("p1") : List.of()));
        }
        return new FoodRecoveryProblem(base.matrix(), vehicles, pickups);
    }

    @Test
    void recreateInsertsOnlyWhereTheRouteStaysFeasible() {
        for (var problem : List.of(RandomInstances.aroundIvrea(31, 60, 4, 250), richProblem())) {
            var solution = FoodRecoverySolution.of(problem);
            var schedules = new RouteSchedules(PickupTable.of(solution, 10));
            schedules.load(solution.getVehicles());
            var evaluator = new RouteEvaluator(problem);
            var random = new SplittableRandom(4);
            int inserted = 0;
            for (int o = 0; o < solution.getStops().size(); o++) {
                if (schedules.vehicleOf[o] >= 0) {
                    continue;
                }
                var best = schedules.cheapestInsertion(o, random, 0);
                if (best == null) {
                    continue;
                }
                schedules.insert(best);
                inserted++;
                List<List<String>> routes = new ArrayList<>();
                for (int v = 0; v < schedules.vehicleCount; v++) {
                    List<String> route = new ArrayList<>();
                    for (int i = 0; i < schedules.size[v]; i++) {
                        route.add(solution.getStops().get(schedules.route[v][i]).getId());
                    }
                    routes.add(route);
                }
                // Exact for everything but the perishability of the pickup being inserted.
                assertThat(evaluator.evaluate(routes).violations())
                        .filteredOn(violation -> !violation.constraint().equals(FoodRecoveryConstraints.PERISHABILITY))
                        .as("after inserting %s", solution.getStops().get(o)).isEmpty();
            }
            assertThat(inserted).isGreaterThan(10);
        }
    }

    @Test
    void fullAssertFindsNoScoreCorruption() {
        for (var problem : List.of(RandomInstances.aroundIvrea(21, 25, 3, 400),
                RandomInstances.aroundIvrea(22, 25, 3, 100), richProblem())) {
            var config = FoodRecoverySolver.solverConfig().withEnvironmentMode(EnvironmentMode.FULL_ASSERT)
                    .withTerminationSpentLimit(Duration.ofSeconds(2));
            var best = SolverFactory.<FoodRecoverySolution>create(config).buildSolver()
                    .solve(FoodRecoverySolution.of(problem));
            assertConsistent(best);
            var evaluation = new RouteEvaluator(problem).evaluate(best.routeIds());
            assertThat(evaluation.hardScore()).isEqualTo(best.getScore().hardScore());
            assertThat(evaluation.mediumScore()).isEqualTo(best.getScore().mediumScore());
            assertThat(-evaluation.totalTravelSeconds()).isEqualTo(best.getScore().softScore());
        }
    }
}
