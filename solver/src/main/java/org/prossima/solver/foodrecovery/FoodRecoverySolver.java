package org.prossima.solver.foodrecovery;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.MoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.list.ListChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.list.ListSwapMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.list.SubListChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.list.SubListSwapMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.list.kopt.KOptListMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.monitoring.MonitoringConfig;

/**
 * Plain Java entry point of the food-recovery model: problem in, plan out, within a time limit. One instance can
 * serve concurrent solves from several threads; each solve builds its own Timefold solver.
 */
public final class FoodRecoverySolver {

    private static final System.Logger LOG = System.getLogger(FoodRecoverySolver.class.getName());

    private final SolverFactory<FoodRecoverySolution> solverFactory;
    private final SolverFactory<FoodRecoverySolution> deliverySolverFactory;

    public FoodRecoverySolver() {
        this.solverFactory = SolverFactory.create(solverConfig(false));
        this.deliverySolverFactory = SolverFactory.create(solverConfig(true));
    }

    /**
     * The Timefold configuration: construction heuristic, then late acceptance over list moves.
     * <p>
     * Late acceptance over 100 steps instead of Timefold's default 400: on Solomon C101, R101 and RC101 at 10 s
     * (bench module) the distance gap to the best known fell from 13.6, 9.1 and 13.2 % to 2.4, 0.9 and 0.8 %.
     * <p>
     * Timefold's list ruin-and-recreate move is left out on purpose: in 2.2.0 it throws NoSuchElementException
     * when its recreate step prefers to keep a pickup unassigned (timefold-solver issue #2205, fixed by pull
     * request #2448 after 2.2.0), which happens on every over-constrained problem. Add
     * {@code new ListRuinRecreateMoveSelectorConfig()} to the union once the project is on a release with the fix;
     * the over-constrained test in FoodRecoverySolverTest catches a regression.
     */
    static SolverConfig solverConfig() {
        return solverConfig(false);
    }

    /**
     * @param deliveries whether the problem has recipients: then food bound for one needs a drop-off
     *                   in the same step as its pickup ({@link DeliveryInsertionMoveIteratorFactory})
     */
    static SolverConfig solverConfig(boolean deliveries) {
        List<MoveSelectorConfig<?>> selectors = new ArrayList<>(List.of(
                new ListChangeMoveSelectorConfig().withFixedProbabilityWeight(1.0),
                new ListSwapMoveSelectorConfig().withFixedProbabilityWeight(1.0),
                new SubListChangeMoveSelectorConfig().withSelectReversingMoveToo(true).withFixedProbabilityWeight(1.0),
                new SubListSwapMoveSelectorConfig().withSelectReversingMoveToo(true).withFixedProbabilityWeight(1.0),
                new KOptListMoveSelectorConfig().withMinimumK(2).withMaximumK(2).withFixedProbabilityWeight(1.0)));
        if (deliveries) {
            selectors.add(new MoveIteratorFactoryConfig()
                    .withMoveIteratorFactoryClass(DeliveryInsertionMoveIteratorFactory.class)
                    .withFixedProbabilityWeight(1.0));
        }
        var moves = new UnionMoveSelectorConfig().withMoveSelectors(selectors.toArray(MoveSelectorConfig[]::new));
        return new SolverConfig()
                .withSolutionClass(FoodRecoverySolution.class)
                .withEntityClasses(Vehicle.class, Stop.class)
                .withConstraintProviderClass(FoodRecoveryConstraints.class)
                // No Micrometer metrics: concurrent solves would collide on the global registry's untagged gauges.
                .withMonitoringConfig(new MonitoringConfig().withSolverMetricList(List.of()))
                .withPhases(new ConstructionHeuristicPhaseConfig(),
                        new LocalSearchPhaseConfig().withMoveSelectorConfig(moves)
                                .withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(100))
                                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1)));
    }

    /** Solves for exactly {@code timeLimit} (less when there is nothing to decide) and returns the best plan. */
    public FoodRecoveryPlan solve(FoodRecoveryProblem problem, Duration timeLimit) {
        return solve(problem, timeLimit, plan -> {
        });
    }

    /**
     * Like {@link #solve(FoodRecoveryProblem, Duration)}, reporting each new best plan to {@code onBestPlan} on the
     * calling thread while solving (for progress). A failing listener is logged and does not stop the solve.
     */
    public FoodRecoveryPlan solve(FoodRecoveryProblem problem, Duration timeLimit,
            Consumer<FoodRecoveryPlan> onBestPlan) {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(onBestPlan, "onBestPlan");
        if (timeLimit == null || timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("timeLimit must be positive: " + timeLimit);
        }
        var evaluator = new RouteEvaluator(problem);
        if (problem.pickups().isEmpty() || problem.vehicles().isEmpty()) {
            // Nothing to decide: every pickup (if any) stays unassigned, every vehicle stays home.
            List<List<String>> emptyRoutes = problem.vehicles().stream().map(v -> List.<String>of()).toList();
            var evaluation = evaluator.evaluate(emptyRoutes);
            return plan(problem, evaluation, HardMediumSoftScore.of(evaluation.hardScore(),
                    evaluation.mediumScore(), evaluation.softScore()));
        }
        var factory = problem.recipients().isEmpty() ? solverFactory : deliverySolverFactory;
        var solver = factory.buildSolver(new SolverConfigOverride()
                .withTerminationSpentLimit(timeLimit));
        solver.addEventListener(event -> report(onBestPlan, toPlan(problem, evaluator, event.getNewBestSolution())));
        FoodRecoverySolution best = solver.solve(FoodRecoverySolution.of(problem));
        return toPlan(problem, evaluator, best);
    }

    private static void report(Consumer<FoodRecoveryPlan> onBestPlan, FoodRecoveryPlan plan) {
        try {
            onBestPlan.accept(plan);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "best-plan listener failed; solving goes on", e);
        }
    }

    /**
     * The plan of a solution, with drop-offs that hand over nothing taken out: a driver should not
     * call at a charity empty-handed, and leaving out a stop never makes a route longer or later
     * (travel times obey the triangle inequality). When a drop-off is taken out, the score is the
     * evaluator's for the routes as given; otherwise it is Timefold's (the two agree, see tests).
     */
    static FoodRecoveryPlan toPlan(FoodRecoveryProblem problem, RouteEvaluator evaluator,
            FoodRecoverySolution solution) {
        RouteEvaluation evaluation = evaluator.evaluate(solution.routeIds());
        List<List<String>> pruned = evaluation.routes().stream().map(route -> route.stops().stream()
                .filter(stop -> !stop.isDropOff() || !stop.deliveredPickupIds().isEmpty())
                .map(StopPlan::stopId).toList()).toList();
        if (pruned.equals(solution.routeIds())) {
            return plan(problem, evaluation, solution.getScore());
        }
        RouteEvaluation prunedEvaluation = evaluator.evaluate(pruned);
        return plan(problem, prunedEvaluation, HardMediumSoftScore.of(prunedEvaluation.hardScore(),
                prunedEvaluation.mediumScore(), prunedEvaluation.softScore()));
    }

    private static FoodRecoveryPlan plan(FoodRecoveryProblem problem, RouteEvaluation evaluation,
            HardMediumSoftScore score) {
        var reasons = new UnassignedReasons(problem);
        var unassignedIds = Set.copyOf(evaluation.unassignedPickupIds());
        var unassigned = problem.pickups().stream()
                .filter(pickup -> unassignedIds.contains(pickup.id()))
                .map(reasons::explain).toList();
        return new FoodRecoveryPlan(score.toString(), score.hardScore(), score.mediumScore(), score.softScore(),
                score.isFeasible(), evaluation.routes(), evaluation.unassignedPickupIds(), unassigned,
                evaluation.totalTravelSeconds(), evaluation.totalDistanceMetres(), problem.matrix().source(),
                problem.matrix().estimate());
    }
}
