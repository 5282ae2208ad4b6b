package org.prossima.solver.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningSolutionMetaModel;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningVariableMetaModel;
import ai.timefold.solver.core.preview.api.move.test.MoveTester;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.prossima.solver.placement.demo.RosterGenerator;

/**
 * The ejection chains, moved one by one and undone, and under Timefold's FULL_ASSERT: a chain never fills a seat, a
 * tutor or a budget beyond its limit, undoing it gives back the plan as it was, and the score Timefold keeps
 * incrementally is never corrupted by them (nor by the change and swap moves beside them).
 */
class EjectionMovesTest {

    private static final PlanningSolutionMetaModel<PlacementSolution> META_MODEL =
            PlanningSolutionMetaModel.of(PlacementSolution.class, Placement.class);
    private static final PlanningVariableMetaModel<PlacementSolution, Placement, Opportunity> OPPORTUNITY =
            META_MODEL.genuineEntity(Placement.class).basicVariable("opportunity", Opportunity.class);

    /**
     * 60 people for about 30 seats, with tutors and budgets; one in five accepted at an eligible opportunity that
     * still has a seat, tutor room and budget for them, so the plan starts within its limits.
     */
    private static PlacementProblem crowded(long seed, PlacementVariant variant) {
        var roster = new RosterGenerator(PlacementEvaluatorTest.TOWNS, LocalDate.of(2027, 1, 4))
                .generate(seed, 60, 18);
        var problem = roster.problem(variant);
        var eligibility = new EligibilityGraph(new CompatibilityTable(problem));
        Map<String, Integer> seats = new HashMap<>();
        problem.opportunities().forEach(o -> seats.put(o.id(), o.seats()));
        Map<String, Integer> tutorRoom = new HashMap<>();
        problem.tutors().forEach(t -> tutorRoom.put(t.id(), t.maxPeople()));
        Map<String, Long> budgets = new HashMap<>();
        problem.budgets().forEach(b -> budgets.put(b.consortium(), b.monthlyEuros()));
        List<CandidateSpec> candidates = new ArrayList<>();
        for (int c = 0; c < problem.candidates().size(); c++) {
            CandidateSpec candidate = problem.candidates().get(c);
            OpportunitySpec accepted = c % 5 != 0 ? null : eligibility.opportunitiesOf(c).stream()
                    .map(problem.opportunities()::get)
                    .filter(o -> seats.get(o.id()) > 0 && (o.tutorId() == null || tutorRoom.get(o.tutorId()) > 0)
                            && budgets.getOrDefault(candidate.consortium(), Long.MAX_VALUE) >= o.monthlyCostEuros())
                    .findFirst().orElse(null);
            if (accepted != null) {
                seats.merge(accepted.id(), -1, Integer::sum);
                if (accepted.tutorId() != null) {
                    tutorRoom.merge(accepted.tutorId(), -1, Integer::sum);
                }
                budgets.computeIfPresent(candidate.consortium(), (k, left) -> left - accepted.monthlyCostEuros());
            }
            candidates.add(accepted == null ? candidate : candidate.withDecisions(accepted.id(), List.of()));
        }
        assertThat(candidates).filteredOn(c -> c.acceptedOpportunityId() != null).isNotEmpty();
        return PlacementFixtures.withCandidates(problem, candidates);
    }

    private static Map<String, String> assignment(PlacementSolution solution) {
        Map<String, String> assignment = new HashMap<>();
        solution.getPlacements().forEach(p -> assignment.put(p.getId(),
                p.getOpportunity() == null ? null : p.getOpportunity().id()));
        return assignment;
    }

    /** Seats, tutors and budgets within their limits: the hard totals the chains must never break. */
    private static void assertWithinLimits(PlacementProblem problem, PlacementEvaluator evaluator,
            PlacementSolution solution) {
        Map<String, String> placed = new HashMap<>();
        assignment(solution).forEach((candidate, opportunity) -> {
            if (opportunity != null) {
                placed.put(candidate, opportunity);
            }
        });
        var totals = evaluator.evaluate(placed).totals();
        assertThat(totals.get(PlacementConstraints.SEATS)).as("seats").isZero();
        assertThat(totals.get(PlacementConstraints.TUTOR_CAPACITY)).as("tutors").isZero();
        if (problem.variant() == PlacementVariant.FULL) {
            assertThat(totals.get(PlacementConstraints.BUDGET)).as("budgets").isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(PlacementVariant.class)
    void chainsStayWithinSeatsTutorsAndBudgetsAndUndoRestoresThePlan(PlacementVariant variant) {
        var problem = crowded(11, variant);
        var table = new CompatibilityTable(problem);
        var evaluator = new PlacementEvaluator(problem, table);
        var solution = PlacementSolution.of(problem, table);
        FlowSeed.apply(solution, problem, FlowOptimum.compute(new EligibilityGraph(table)), table);
        assertWithinLimits(problem, evaluator, solution);
        var factory = new EjectionMoveIteratorFactory();
        factory.prepare(solution, OPPORTUNITY);
        var tester = MoveTester.build(META_MODEL).using(solution);
        var random = new SplittableRandom(3);
        int chains = 0;
        for (int i = 0; i < 400; i++) {
            ReassignMove move = factory.generate(random);
            assertThat(move.placements()).as("a placement moves once in a chain").doesNotHaveDuplicates()
                    .noneMatch(Placement::isPinned);
            chains += move.placements().size() > 1 ? 1 : 0;
            var before = assignment(solution);
            tester.executeTemporarily(move, view -> assertWithinLimits(problem, evaluator, solution));
            assertThat(assignment(solution)).as("undo of %s", move).isEqualTo(before);
            if (i % 3 == 0) {
                tester.execute(move);
                factory.catchUp();
                assertWithinLimits(problem, evaluator, solution);
            }
        }
        assertThat(chains).as("moves that eject someone").isPositive();
    }

    @ParameterizedTest
    @EnumSource(PlacementVariant.class)
    void fullAssertFindsNoScoreCorruption(PlacementVariant variant) {
        var problem = crowded(12, variant);
        for (var start : PlacementSolver.Start.values()) {
            var table = new CompatibilityTable(problem);
            var solution = PlacementSolution.of(problem, table);
            if (start == PlacementSolver.Start.SEEDED) {
                FlowSeed.apply(solution, problem, FlowOptimum.compute(new EligibilityGraph(table)), table);
            }
            var config = PlacementSolverConfig.of(variant, start, EnvironmentMode.FULL_ASSERT)
                    .withTerminationSpentLimit(Duration.ofSeconds(2));

            var best = SolverFactory.<PlacementSolution>create(config).buildSolver().solve(solution);

            Map<String, String> placed = new HashMap<>();
            best.getPlacements().stream().filter(p -> p.getOpportunity() != null)
                    .forEach(p -> placed.put(p.getId(), p.getOpportunity().id()));
            var evaluation = new PlacementEvaluator(problem, table).evaluate(placed);
            assertThat(HardMediumSoftScore.of(evaluation.hardScore(), evaluation.mediumScore(),
                    evaluation.softScore())).as("%s %s", variant, start).isEqualTo(best.getScore());
        }
    }
}
