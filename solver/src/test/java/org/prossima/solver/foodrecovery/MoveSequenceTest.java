package org.prossima.solver.foodrecovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningListVariableMetaModel;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningSolutionMetaModel;
import ai.timefold.solver.core.preview.api.move.Move;
import ai.timefold.solver.core.preview.api.move.test.MoveTester;

import org.junit.jupiter.api.Test;

/**
 * Our neighbourhoods are deterministic for a given random seed: the same seed gives the same moves. This test holds
 * them to a recorded sequence (resource {@code move-sequence.txt}, written by the version before ruin-and-recreate
 * was split into route schedules, string removal and cheapest insertion), so that a refactoring that is meant to
 * change nothing changes nothing. A deliberate change of the search (a new weight, another ruin) changes the
 * sequence: write the file again from {@link #sequence()} and say so in the commit.
 */
class MoveSequenceTest {

    private static final PlanningSolutionMetaModel<FoodRecoverySolution> META_MODEL =
            PlanningSolutionMetaModel.of(FoodRecoverySolution.class, Vehicle.class, Stop.class);
    private static final PlanningListVariableMetaModel<FoodRecoverySolution, Vehicle, Stop> STOPS =
            META_MODEL.genuineEntity(Vehicle.class).listVariable("stops", Stop.class);

    /** 60 pickups, 5 vehicles of 300 kg, the first 12 pickups unassigned; ruin-and-recreate and nearby moves in turn. */
    static List<String> sequence() {
        var problem = RandomInstances.aroundIvrea(41, 60, 5, 300);
        List<List<String>> routes = new ArrayList<>();
        problem.vehicles().forEach(v -> routes.add(new ArrayList<>()));
        for (int i = 12; i < problem.pickups().size(); i++) {
            routes.get(i % routes.size()).add(problem.pickups().get(i).id());
        }
        var solution = TinyInstance.solution(problem, routes);
        SolutionManager.create(SolverFactory.<FoodRecoverySolution>create(FoodRecoverySolver.solverConfig()))
                .update(solution);
        var ruin = new RuinRecreateMoveIteratorFactory();
        ruin.prepare(solution, STOPS);
        var nearby = new NearbyMoveIteratorFactory();
        nearby.prepare(solution, STOPS);
        var tester = MoveTester.build(META_MODEL).using(solution);
        var random = new SplittableRandom(7);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            Move<FoodRecoverySolution> move = i % 3 == 2 ? nearby.generate(solution.getStops(), random)
                    : ruin.generate(solution, random);
            tester.execute(Objects.requireNonNull(move));
            lines.add(move + " -> " + solution.routeIds());
        }
        return lines;
    }

    @Test
    void theSameSeedGivesTheRecordedMoves() throws IOException {
        List<String> recorded;
        try (InputStream in = MoveSequenceTest.class.getResourceAsStream("move-sequence.txt")) {
            recorded = new String(Objects.requireNonNull(in, "move-sequence.txt").readAllBytes(),
                    StandardCharsets.UTF_8).lines().toList();
        }
        assertThat(sequence()).containsExactlyElementsOf(recorded);
    }
}
