package org.prossima.solver.placement;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import org.prossima.solver.solving.StopSignal;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.impl.solver.DefaultSolver;

/**
 * Plain Java entry point of placement matching: a problem in, a plan out within a time limit. Thread-safe; one
 * instance serves any number of solves.
 *
 * <p>Every solve first builds the eligibility graph and the exact flow optimum of the problem without budgets and
 * equity ({@link FlowOptimum}). By default the solver starts from that optimum ({@link Start#SEEDED}, see
 * {@link FlowSeed}); the bench also runs it from nothing ({@link Start#COLD}) to measure the solver alone. The plan
 * is assembled from the best solution by {@link PlanAssembler}, its score recomputed by the independent
 * {@link PlacementEvaluator}.
 */
public final class PlacementSolver {

    private static final System.Logger LOG = System.getLogger(PlacementSolver.class.getName());
    /** Progress plans are built at most this often: a plan explains every candidate. */
    private static final long PROGRESS_INTERVAL_NANOS = 1_000_000_000L;

    /** Where the local search starts. */
    public enum Start {
        /** From nothing: a greedy construction ({@link GreedyConstruction}), then local search. */
        COLD,
        /** From the flow optimum (accepted placements kept), then local search. */
        SEEDED
    }

    /**
     * A plan with the solver's statistics.
     *
     * @param plan                     the plan
     * @param moveEvaluationCount      moves Timefold evaluated, -1 when nothing was solved
     * @param moveEvaluationsPerSecond their speed, -1 when nothing was solved
     * @param solveMillis              wall-clock time of the Timefold solve (flow excluded)
     */
    public record Solved(PlacementPlan plan, long moveEvaluationCount, long moveEvaluationsPerSecond,
            long solveMillis) {
    }

    private final Map<Start, Map<PlacementVariant, SolverFactory<PlacementSolution>>> factories =
            new EnumMap<>(Start.class);
    /** Scores a plan with nothing to decide (all pinned or without choices), which no solve scores. */
    private final Map<PlacementVariant, SolutionManager<PlacementSolution, HardMediumSoftScore>> scoring =
            new EnumMap<>(PlacementVariant.class);
    private final boolean asserting;

    /** A solver in Timefold's default environment mode. */
    public PlacementSolver() {
        this(null);
    }

    /**
     * A solver in {@code environmentMode} (null: Timefold's default). In a step-asserting mode, or when Java
     * assertions are enabled (as in every test run), a plan whose evaluator score differs from Timefold's fails
     * the solve; otherwise the difference is logged as an error and the plan keeps the evaluator's score.
     */
    public PlacementSolver(EnvironmentMode environmentMode) {
        for (Start start : Start.values()) {
            Map<PlacementVariant, SolverFactory<PlacementSolution>> byVariant = new EnumMap<>(PlacementVariant.class);
            for (PlacementVariant variant : PlacementVariant.values()) {
                byVariant.put(variant, SolverFactory.create(PlacementSolverConfig.of(variant, start,
                        environmentMode)));
            }
            factories.put(start, byVariant);
        }
        factories.get(Start.SEEDED).forEach((variant, factory) -> scoring.put(variant,
                SolutionManager.create(factory)));
        this.asserting = (environmentMode != null && environmentMode.isStepAssertOrMore())
                || PlacementSolver.class.desiredAssertionStatus();
    }

    /** Solves from the flow optimum for at most {@code timeLimit} and returns the best plan. */
    public PlacementPlan solve(PlacementProblem problem, Duration timeLimit) {
        return solveMeasured(problem, timeLimit, Start.SEEDED, plan -> {
        }).plan();
    }

    /**
     * Like {@link #solve(PlacementProblem, Duration)}, reporting a new best plan to {@code onBestPlan} at most once
     * a second while solving. A failing listener is logged and does not stop the solve.
     */
    public PlacementPlan solve(PlacementProblem problem, Duration timeLimit, Consumer<PlacementPlan> onBestPlan) {
        return solveMeasured(problem, timeLimit, Start.SEEDED, onBestPlan).plan();
    }

    /** Like {@link #solve(PlacementProblem, Duration, Consumer)}, stopping early when {@code stop} asks. */
    public PlacementPlan solve(PlacementProblem problem, Duration timeLimit, Consumer<PlacementPlan> onBestPlan,
            StopSignal stop) {
        return solveMeasured(problem, timeLimit, Start.SEEDED, onBestPlan, stop).plan();
    }

    public Solved solveMeasured(PlacementProblem problem, Duration timeLimit, Start start,
            Consumer<PlacementPlan> onBestPlan) {
        return solveMeasured(problem, timeLimit, start, onBestPlan, StopSignal.none());
    }

    /** {@link #solveMeasured(PlacementProblem, Duration, Start, Consumer)}, stopping early when {@code stop} asks. */
    public Solved solveMeasured(PlacementProblem problem, Duration timeLimit, Start start,
            Consumer<PlacementPlan> onBestPlan, StopSignal stop) {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(onBestPlan, "onBestPlan");
        if (timeLimit == null || timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("timeLimit must be positive: " + timeLimit
                    + "; give the longest time the solve may take, e.g. Duration.ofSeconds(10)");
        }
        var assembler = new PlanAssembler(problem);
        PlacementSolution solution = PlacementSolution.of(problem, assembler.table());
        if (start == Start.SEEDED) {
            FlowSeed.apply(solution, problem, assembler.flow(), assembler.table());
        }
        boolean anythingToDecide = solution.getPlacements().stream()
                .anyMatch(p -> !p.isPinned() && !p.getChoices().isEmpty());
        if (!anythingToDecide) {
            PlacementPlan plan = assembler.plan(assignment(solution), scoring.get(problem.variant()).update(solution));
            checkAgreement(plan);
            return new Solved(plan, -1, -1, 0);
        }
        var override = new SolverConfigOverride().withTerminationConfig(
                PlacementSolverConfig.termination(problem.variant(), assembler.flow(), timeLimit));
        var solver = factories.get(start).get(problem.variant()).buildSolver(override);
        long[] lastReport = {System.nanoTime() - PROGRESS_INTERVAL_NANOS};
        solver.addEventListener(event -> {
            if (stop.requested()) {
                solver.terminateEarly();
            }
            long now = System.nanoTime();
            if (now - lastReport[0] >= PROGRESS_INTERVAL_NANOS) {
                lastReport[0] = now;
                PlacementSolution newBest = event.getNewBestSolution();
                report(onBestPlan, assembler.plan(assignment(newBest), newBest.getScore()));
            }
        });
        stop.attach(solver::terminateEarly);
        long started = System.nanoTime();
        PlacementSolution best = solver.solve(solution);
        long millis = (System.nanoTime() - started) / 1_000_000;
        long speed = solver instanceof DefaultSolver<?> defaultSolver ? defaultSolver.getMoveEvaluationSpeed() : -1;
        long count = solver instanceof DefaultSolver<?> defaultSolver ? defaultSolver.getMoveEvaluationCount() : -1;
        LOG.log(Level.INFO, "placement {0} {1}: {2} candidates, {3} opportunities in {4} ms: {5}, {6} moves ({7}/s)",
                problem.variant(), start, problem.candidates().size(), problem.opportunities().size(), millis,
                best.getScore(), count, speed);
        PlacementPlan plan = assembler.plan(assignment(best), best.getScore());
        checkAgreement(plan);
        return new Solved(plan, count, speed, millis);
    }

    /**
     * The evaluator and Timefold must agree: a difference is a bug in one of them, never hidden. It fails the solve
     * when asserting, and is logged as an error otherwise.
     */
    void checkAgreement(PlacementPlan plan) {
        if (plan.score().equals(plan.solverScore())) {
            return;
        }
        String message = "placement evaluator score " + plan.score() + " differs from Timefold's " + plan.solverScore()
                + ": a bug in PlacementEvaluator or in PlacementConstraints; PlacementEvaluatorTest compares the two "
                + "on random plans, maybe add this problem's case there";
        if (asserting) {
            throw new IllegalStateException(message);
        }
        LOG.log(Level.ERROR, message);
    }

    private static Map<String, String> assignment(PlacementSolution solution) {
        Map<String, String> assignment = new HashMap<>();
        for (Placement placement : solution.getPlacements()) {
            if (placement.getOpportunity() != null) {
                assignment.put(placement.getId(), placement.getOpportunity().id());
            }
        }
        return assignment;
    }

    private static void report(Consumer<PlacementPlan> onBestPlan, PlacementPlan plan) {
        try {
            onBestPlan.accept(plan);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "best-plan listener failed; solving goes on", e);
        }
    }
}
