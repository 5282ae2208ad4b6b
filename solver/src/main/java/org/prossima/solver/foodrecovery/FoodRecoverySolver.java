package org.prossima.solver.foodrecovery;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.Solver;
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

import org.prossima.solver.solving.StopSignal;
import org.prossima.solver.timefold.MoveEvaluations;

/**
 * Plain Java entry point of the food-recovery model: problem in, plan out, within a time limit. One instance can
 * serve concurrent solves from several threads; each solve builds its own Timefold solver.
 */
public final class FoodRecoverySolver {

    private static final System.Logger LOG = System.getLogger(FoodRecoverySolver.class.getName());

    /** Pickup-only configurations by late-acceptance size (see {@link #lateAcceptanceSize}). */
    private final Map<Integer, SolverFactory<FoodRecoverySolution>> pickupSolverFactories = new ConcurrentHashMap<>();
    private final SolverFactory<FoodRecoverySolution> deliverySolverFactory;
    private final Map<Integer, SolverFactory<FoodRecoverySolution>> withoutSubListFactories = new ConcurrentHashMap<>();
    private static final Duration MINIMUM_RETRY = Duration.ofMillis(200);

    public FoodRecoverySolver() {
        this.deliverySolverFactory = SolverFactory.create(solverConfig(true));
    }

    /** The configuration for problems without recipients (pickups only). */
    static SolverConfig solverConfig() {
        return solverConfig(false);
    }

    /**
     * The Timefold configuration: construction heuristic, then late acceptance over list moves.
     * <p>
     * <b>Pickups only</b> (no recipients): late acceptance over 400 steps, mixing our own neighbourhoods with a few
     * of Timefold's list moves. Timefold CE has neither nearby selection nor a usable list ruin-and-recreate (2.2.0
     * throws when its recreate step keeps a pickup unassigned, timefold-solver issue #2205), so both are ours:
     * {@link NearbyMoveIteratorFactory} (relocate, swap, 2-opt* and 2-opt next to one of the stop's nearest stops)
     * and {@link RuinRecreateMoveIteratorFactory} (string removal around a seed, greedy reinsertion with blinks),
     * picked with weights 2 and 4 against 1 for each of Timefold's list change, sublist change and 2-opt. Tuned on
     * Solomon instances at 10 s (bench module, 2-core machine, noisy single runs): against a first mix (weights
     * 6/2/1, late acceptance 100) the average gap on R103, R106, R202, R204, RC102, RC107, RC202, RC205 fell from
     * 1.00 to 0.69 % and on C204, R104, R109, R110, RC103, RC104, RC206, R207 from 2.03 to 1.25 %; against the
     * earlier configuration (Timefold's moves only, late acceptance 100) the gap on C101, C201, R101, R105, R201,
     * R205, RC101, RC201 fell from 9.4 to 0.4 % on average. Simulated annealing did about as well as late
     * acceptance but its temperature is in score units and would need scaling per problem. Weighting Timefold's
     * moves at 0 or 0.3 instead of 1 gave mixed results, within the noise; they stay as a safety net.
     * <p>
     * <b>With recipients</b>: Timefold's list moves plus {@link DeliveryInsertionMoveIteratorFactory}, late
     * acceptance over 100 steps, as before: our ruin-and-recreate estimate does not model drop-offs (loads along
     * the route, recipients' capacity), so it is not used there yet, and the mix is not tuned for deliveries.
     *
     * @param deliveries whether the problem has recipients: then food bound for one needs a drop-off
     *                   in the same step as its pickup ({@link DeliveryInsertionMoveIteratorFactory})
     */
    static SolverConfig solverConfig(boolean deliveries) {
        return solverConfig(deliveries, PICKUP_LATE_ACCEPTANCE);
    }

    /** Late acceptance size for pickup-only problems at 10 s (tuned there). */
    static final int PICKUP_LATE_ACCEPTANCE = 400;

    /**
     * A longer solve gets a longer late-acceptance memory, so that it keeps exploring instead of
     * settling as early as a 10 s solve: 40 steps per second of the limit, from 400 to 4000.
     */
    static int lateAcceptanceSize(Duration timeLimit) {
        return (int) Math.clamp(40 * timeLimit.toSeconds(), PICKUP_LATE_ACCEPTANCE, 4000);
    }

    static SolverConfig solverConfig(boolean deliveries, int pickupLateAcceptance) {
        return solverConfig(deliveries, pickupLateAcceptance, true);
    }

    /** The configuration; {@code subLists} false leaves out the sub-list moves (see solveMeasured). */
    static SolverConfig solverConfig(boolean deliveries, int pickupLateAcceptance, boolean subLists) {
        List<MoveSelectorConfig<?>> selectors;
        int lateAcceptanceSize;
        if (deliveries) {
            selectors = new ArrayList<>(List.of(
                    new ListChangeMoveSelectorConfig().withFixedProbabilityWeight(1.0),
                    new ListSwapMoveSelectorConfig().withFixedProbabilityWeight(1.0),
                    new SubListChangeMoveSelectorConfig().withSelectReversingMoveToo(true)
                            .withFixedProbabilityWeight(1.0),
                    new SubListSwapMoveSelectorConfig().withSelectReversingMoveToo(true).withFixedProbabilityWeight(1.0),
                    new KOptListMoveSelectorConfig().withMinimumK(2).withMaximumK(2).withFixedProbabilityWeight(1.0),
                    new MoveIteratorFactoryConfig()
                            .withMoveIteratorFactoryClass(DeliveryInsertionMoveIteratorFactory.class)
                            .withFixedProbabilityWeight(1.0)));
            lateAcceptanceSize = 100;
        } else {
            selectors = List.of(
                    new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(NearbyMoveIteratorFactory.class)
                            .withFixedProbabilityWeight(2.0),
                    new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(RuinRecreateMoveIteratorFactory.class)
                            .withFixedProbabilityWeight(4.0),
                    new ListChangeMoveSelectorConfig().withFixedProbabilityWeight(1.0),
                    new SubListChangeMoveSelectorConfig().withSelectReversingMoveToo(true)
                            .withFixedProbabilityWeight(1.0),
                    new KOptListMoveSelectorConfig().withMinimumK(2).withMaximumK(2).withFixedProbabilityWeight(1.0));
            lateAcceptanceSize = pickupLateAcceptance;
        }
        if (!subLists) {
            selectors = selectors.stream().filter(selector -> !(selector instanceof SubListChangeMoveSelectorConfig)
                    && !(selector instanceof SubListSwapMoveSelectorConfig)).toList();
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
                                .withAcceptorConfig(new LocalSearchAcceptorConfig()
                                        .withLateAcceptanceSize(lateAcceptanceSize))
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
        return solveMeasured(problem, timeLimit, onBestPlan).plan();
    }

    /** Like {@link #solve(FoodRecoveryProblem, Duration, Consumer)}, stopping early when {@code stop} asks. */
    public FoodRecoveryPlan solve(FoodRecoveryProblem problem, Duration timeLimit,
            Consumer<FoodRecoveryPlan> onBestPlan, StopSignal stop) {
        return solveMeasured(problem, timeLimit, onBestPlan, stop).plan();
    }

    /**
     * A plan with the solver's statistics: moves Timefold evaluated (each scored incrementally) and how many per
     * second; both -1 when nothing was solved.
     */
    public record Solved(FoodRecoveryPlan plan, long moveEvaluationCount, long moveEvaluationsPerSecond) {
    }

    /** {@link #solve(FoodRecoveryProblem, Duration, Consumer)} with statistics (for the bench, later the API). */
    public Solved solveMeasured(FoodRecoveryProblem problem, Duration timeLimit,
            Consumer<FoodRecoveryPlan> onBestPlan) {
        return solveMeasured(problem, timeLimit, onBestPlan, StopSignal.none());
    }

    /** {@link #solveMeasured(FoodRecoveryProblem, Duration, Consumer)}, stopping early when {@code stop} asks. */
    public Solved solveMeasured(FoodRecoveryProblem problem, Duration timeLimit,
            Consumer<FoodRecoveryPlan> onBestPlan, StopSignal stop) {
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
            return new Solved(plan(problem, evaluation, HardMediumSoftScore.of(evaluation.hardScore(),
                    evaluation.mediumScore(), evaluation.softScore())), MoveEvaluations.NONE.count(),
                    MoveEvaluations.NONE.perSecond());
        }
        boolean deliveries = !problem.recipients().isEmpty();
        var factory = deliveries ? deliverySolverFactory
                : pickupSolverFactories.computeIfAbsent(lateAcceptanceSize(timeLimit),
                        size -> SolverFactory.create(solverConfig(false, size)));
        long started = System.nanoTime();
        var solver = solver(factory, timeLimit, problem, evaluator, onBestPlan, stop);
        FoodRecoverySolution best;
        try {
            best = solver.solve(FoodRecoverySolution.of(problem));
        } catch (IllegalStateException e) {
            if (!SubListSelectorFailure.is(e)) {
                throw e;
            }
            // Timefold 2.2's random sub-list selector fails when no assigned lot is left to move (a day planned
            // again late, its lots collected and pinned, the rest uncollected): solve again for the time left,
            // without sub-list moves, which such a day does not need.
            Duration left = timeLimit.minusNanos(System.nanoTime() - started);
            LOG.log(Level.WARNING, "sub-list moves failed on a plan with nothing movable assigned; solving again "
                    + "without them for {0}", left);
            solver = solver(withoutSubLists(deliveries, timeLimit),
                    left.compareTo(MINIMUM_RETRY) < 0 ? MINIMUM_RETRY : left, problem, evaluator, onBestPlan, stop);
            best = solver.solve(FoodRecoverySolution.of(problem));
        }
        MoveEvaluations moves = MoveEvaluations.of(solver);
        LOG.log(Level.INFO, "solved {0} pickups, {1} vehicles in {2}: {3}, {4} moves evaluated ({5}/s)",
                problem.pickups().size(), problem.vehicles().size(), timeLimit, best.getScore(), moves.count(),
                moves.perSecond());
        return new Solved(toPlan(problem, evaluator, best), moves.count(), moves.perSecond());
    }

    private Solver<FoodRecoverySolution> solver(
            SolverFactory<FoodRecoverySolution> factory, Duration timeLimit, FoodRecoveryProblem problem,
            RouteEvaluator evaluator, Consumer<FoodRecoveryPlan> onBestPlan, StopSignal stop) {
        var solver = factory.buildSolver(new SolverConfigOverride()
                .withTerminationSpentLimit(timeLimit));
        solver.addEventListener(event -> {
            if (stop.requested()) {
                solver.terminateEarly();
            }
            report(onBestPlan, toPlan(problem, evaluator, event.getNewBestSolution()));
        });
        stop.attach(solver::terminateEarly);
        return solver;
    }

    private SolverFactory<FoodRecoverySolution> withoutSubLists(boolean deliveries, Duration timeLimit) {
        int size = deliveries ? 0 : lateAcceptanceSize(timeLimit);
        return withoutSubListFactories.computeIfAbsent(deliveries ? -1 : size,
                key -> SolverFactory.create(solverConfig(deliveries, size, false)));
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
                problem.matrix().estimate(), RecipientShares.kgPerPerson(problem, evaluation.routes()),
                NearestCharityBaseline.kgPerPerson(problem));
    }
}
