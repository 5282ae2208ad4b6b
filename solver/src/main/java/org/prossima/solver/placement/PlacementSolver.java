package org.prossima.solver.placement;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.monitoring.MonitoringConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import ai.timefold.solver.core.impl.solver.DefaultSolver;

import org.prossima.solver.travel.TravelProfile;
import org.prossima.solver.placement.PlacementPlan.ConsortiumSummary;
import org.prossima.solver.placement.PlacementPlan.ConstraintTotal;
import org.prossima.solver.placement.PlacementPlan.FlowReference;
import org.prossima.solver.placement.PlacementPlan.Match;

/**
 * Plain Java entry point of placement matching: a problem in, a plan out within a time limit. Thread-safe; one
 * instance serves any number of solves.
 *
 * <p>Every solve first builds the eligibility graph and the exact flow optimum of the problem without budgets and
 * equity ({@link FlowOptimum}). By default the solver starts from that optimum ({@link Start#SEEDED}); the bench
 * also runs it from nothing ({@link Start#COLD}) to measure the solver alone.
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

    private final Map<PlacementVariant, SolverFactory<PlacementSolution>> coldFactories = new HashMap<>();
    private final Map<PlacementVariant, SolverFactory<PlacementSolution>> seededFactories = new HashMap<>();

    public PlacementSolver() {
        for (PlacementVariant variant : PlacementVariant.values()) {
            coldFactories.put(variant, SolverFactory.create(solverConfig(variant, Start.COLD)));
            seededFactories.put(variant, SolverFactory.create(solverConfig(variant, Start.SEEDED)));
        }
    }

    static SolverConfig solverConfig(PlacementVariant variant, Start start) {
        List<PhaseConfig> phases = new ArrayList<>();
        if (start == Start.COLD) {
            phases.add(new CustomPhaseConfig().withCustomPhaseCommandClassList(List.of(GreedyConstruction.class)));
        }
        // Mostly ejection chains: they make the big gains; change and swap polish the soft score. Weights and
        // the late-acceptance size were tuned on the matching bench (2000 x 600, seed 1, flow variant, 10 s).
        var moves = new UnionMoveSelectorConfig().withMoveSelectors(
                new ChangeMoveSelectorConfig().withFixedProbabilityWeight(1.0),
                new SwapMoveSelectorConfig().withFixedProbabilityWeight(1.0),
                new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(EjectionMoveIteratorFactory.class)
                        .withFixedProbabilityWeight(6.0));
        phases.add(new LocalSearchPhaseConfig().withMoveSelectorConfig(moves)
                .withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(100))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1)));
        return new SolverConfig()
                .withSolutionClass(PlacementSolution.class)
                .withEntityClasses(Placement.class)
                .withConstraintProviderClass(variant == PlacementVariant.FULL ? PlacementConstraints.class
                        : FlowVariantConstraints.class)
                .withMonitoringConfig(new MonitoringConfig().withSolverMetricList(List.of()))
                .withPhases(phases.toArray(PhaseConfig[]::new));
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

    public Solved solveMeasured(PlacementProblem problem, Duration timeLimit, Start start,
            Consumer<PlacementPlan> onBestPlan) {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(onBestPlan, "onBestPlan");
        if (timeLimit == null || timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("timeLimit must be positive: " + timeLimit);
        }
        var context = new Context(problem);
        PlacementSolution solution = PlacementSolution.of(problem, context.compatibility);
        if (start == Start.SEEDED) {
            seed(solution, context.flow);
            if (problem.variant() == PlacementVariant.FULL) {
                keepWithinBudgets(solution, problem, context.compatibility);
            }
        }
        boolean anythingToDecide = solution.getPlacements().stream()
                .anyMatch(p -> !p.isPinned() && !p.getChoices().isEmpty());
        if (!anythingToDecide) {
            return new Solved(context.plan(assignment(solution)), -1, -1, 0);
        }
        var override = new SolverConfigOverride().withTerminationConfig(terminationConfig(
                problem, context, timeLimit));
        var solver = (start == Start.COLD ? coldFactories : seededFactories).get(problem.variant())
                .buildSolver(override);
        long[] lastReport = {System.nanoTime() - PROGRESS_INTERVAL_NANOS};
        solver.addEventListener(event -> {
            long now = System.nanoTime();
            if (now - lastReport[0] >= PROGRESS_INTERVAL_NANOS) {
                lastReport[0] = now;
                report(onBestPlan, context.plan(assignment(event.getNewBestSolution())));
            }
        });
        long started = System.nanoTime();
        PlacementSolution best = solver.solve(solution);
        long millis = (System.nanoTime() - started) / 1_000_000;
        long speed = solver instanceof DefaultSolver<?> defaultSolver ? defaultSolver.getMoveEvaluationSpeed() : -1;
        long count = solver instanceof DefaultSolver<?> defaultSolver ? defaultSolver.getMoveEvaluationCount() : -1;
        LOG.log(Level.INFO, "placement {0} {1}: {2} candidates, {3} opportunities in {4} ms: {5}, {6} moves ({7}/s)",
                problem.variant(), start, problem.candidates().size(), problem.opportunities().size(), millis,
                best.getScore(), count, speed);
        PlacementPlan plan = context.plan(assignment(best));
        if (!plan.score().equals(best.getScore().toString())) {
            // The evaluator and Timefold must agree; a difference is a bug in one of them, never hidden.
            LOG.log(Level.ERROR, "placement evaluator {0} differs from Timefold {1}", plan.score(), best.getScore());
        }
        return new Solved(plan, count, speed, millis);
    }

    private static TerminationConfig terminationConfig(PlacementProblem problem, Context context,
            Duration timeLimit) {
        var termination = new TerminationConfig().withSpentLimit(timeLimit);
        if (problem.variant() == PlacementVariant.FLOW) {
            // The flow optimum is the best score there is: stop as soon as it is reached.
            termination.setBestScoreLimit(HardMediumSoftScore.of(0, context.flow.mediumScore(),
                    context.flow.softScore()).toString());
        }
        return termination;
    }

    private static void seed(PlacementSolution solution, FlowOptimum flow) {
        Map<String, Opportunity> byId = new HashMap<>();
        solution.getOpportunities().forEach(o -> byId.put(o.id(), o));
        for (Placement placement : solution.getPlacements()) {
            if (!placement.isPinned()) {
                String opportunity = flow.assignment().get(placement.getId());
                placement.setOpportunity(opportunity == null ? null : byId.get(opportunity));
            }
        }
    }

    /**
     * The flow optimum ignores budgets: in each consortium over budget, leave out the placements that bring the
     * least objective per euro until the consortium is within its budget, so local search starts feasible.
     */
    private static void keepWithinBudgets(PlacementSolution solution, PlacementProblem problem,
            CompatibilityTable compatibility) {
        for (BudgetSpec budget : problem.budgets()) {
            List<Placement> paid = new ArrayList<>();
            long spent = 0;
            for (Placement placement : solution.getPlacements()) {
                if (placement.getOpportunity() != null
                        && placement.getCandidate().consortium().equals(budget.consortium())) {
                    spent += placement.getOpportunity().monthlyCostEuros();
                    if (!placement.isPinned() && placement.getOpportunity().monthlyCostEuros() > 0) {
                        paid.add(placement);
                    }
                }
            }
            paid.sort(java.util.Comparator.comparingDouble(p -> valuePerEuro(p, compatibility)));
            for (int i = 0; i < paid.size() && spent > budget.monthlyEuros(); i++) {
                spent -= paid.get(i).getOpportunity().monthlyCostEuros();
                paid.get(i).setOpportunity(null);
            }
        }
    }

    private static double valuePerEuro(Placement placement, CompatibilityTable compatibility) {
        double value = PlacementObjective.PLACEMENT_SCALE * (double) placement.getCandidate().weight()
                + compatibility.softGain(placement.getCandidate().index(), placement.getOpportunity().index());
        return value / placement.getOpportunity().monthlyCostEuros();
    }

    static Map<String, String> assignment(PlacementSolution solution) {
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

    /** What every solve of one problem shares: compatibility, eligibility graph, flow optimum, evaluator. */
    static final class Context {

        final PlacementProblem problem;
        final CompatibilityTable compatibility;
        final EligibilityGraph eligibility;
        final FlowOptimum flow;
        final PlacementEvaluator evaluator;
        final PlacementExplainer explainer;
        final long totalWeight;
        final Map<String, Integer> opportunityIndex = new HashMap<>();

        Context(PlacementProblem problem) {
            this.problem = problem;
            this.compatibility = new CompatibilityTable(problem);
            this.eligibility = new EligibilityGraph(compatibility);
            this.flow = FlowOptimum.compute(eligibility);
            this.evaluator = new PlacementEvaluator(problem, compatibility);
            this.explainer = new PlacementExplainer(problem, compatibility);
            this.totalWeight = PlacementObjective.totalWeight(problem);
            for (int o = 0; o < problem.opportunities().size(); o++) {
                opportunityIndex.put(problem.opportunities().get(o).id(), o);
            }
        }

        PlacementPlan plan(Map<String, String> assignment) {
            PlacementEvaluation evaluation = evaluator.evaluate(assignment);
            var score = HardMediumSoftScore.of(evaluation.hardScore(), evaluation.mediumScore(),
                    evaluation.softScore());
            long objective = PlacementObjective.of(totalWeight, evaluation.mediumScore(), evaluation.softScore());
            var reference = new FlowReference(flow.objective(), flow.assignment().size(),
                    PlacementObjective.gapPercent(objective, flow.objective()),
                    problem.variant() == PlacementVariant.FLOW, flow.elapsed().toMillis());
            int[] taken = new int[problem.opportunities().size()];
            Map<String, Integer> tutorTaken = new HashMap<>();
            assignment.values().forEach(id -> {
                int o = opportunityIndex.get(id);
                taken[o]++;
                String tutor = problem.opportunities().get(o).tutorId();
                if (tutor != null) {
                    tutorTaken.merge(tutor, 1, Integer::sum);
                }
            });
            Map<String, Integer> tutorCapacity = new HashMap<>();
            problem.tutors().forEach(t -> tutorCapacity.put(t.id(), t.maxPeople()));
            List<Match> matches = new ArrayList<>();
            Map<String, long[]> perConsortium = new TreeMap<>();
            for (int c = 0; c < problem.candidates().size(); c++) {
                CandidateSpec candidate = problem.candidates().get(c);
                long[] figures = perConsortium.computeIfAbsent(candidate.consortium(), k -> new long[3]);
                figures[0]++;
                String opportunityId = assignment.get(candidate.id());
                int eligible = eligibility.opportunitiesOf(c).size();
                String profile = candidate.mobility().travelProfile().name();
                if (opportunityId != null) {
                    int o = opportunityIndex.get(opportunityId);
                    figures[1]++;
                    figures[2] += problem.opportunities().get(o).monthlyCostEuros();
                    boolean pinned = opportunityId.equals(candidate.acceptedOpportunityId());
                    Integer commute = compatibility.commuteKnown(c, o) ? compatibility.commuteMinutes(c, o) : null;
                    matches.add(new Match(candidate.id(), candidate.consortium(), opportunityId, pinned, commute,
                            profile, eligible,
                            explainer.placed(c, o, pinned)));
                } else {
                    String[] note = capacityNote(c, taken, tutorTaken, tutorCapacity);
                    matches.add(new Match(candidate.id(), candidate.consortium(), null, false, null, profile,
                            eligible, explainer.leftOut(c, note[0], note[1])));
                }
            }
            Map<String, Long> budgets = new HashMap<>();
            problem.budgets().forEach(b -> budgets.put(b.consortium(), b.monthlyEuros()));
            List<ConsortiumSummary> consortia = new ArrayList<>();
            perConsortium.forEach((consortium, figures) -> consortia.add(new ConsortiumSummary(consortium,
                    (int) figures[0], (int) figures[1], Math.round(1000.0 * figures[1] / figures[0]) / 10.0,
                    figures[2], budgets.get(consortium))));
            List<ConstraintTotal> constraints = new ArrayList<>();
            evaluation.totals().forEach((name, total) -> constraints.add(new ConstraintTotal(name,
                    PlacementEvaluator.level(name), total, evaluation.matchCounts().get(name))));
            var profiles = new TreeSet<TravelProfile>();
            problem.candidates().forEach(c -> profiles.add(c.mobility().travelProfile()));
            List<String> sources = profiles.stream().map(p -> p.name().toLowerCase(Locale.ROOT) + ": "
                    + problem.matrices().get(p).source()).toList();
            boolean estimate = profiles.stream().anyMatch(p -> problem.matrices().get(p).estimate());
            return new PlacementPlan(problem.variant(), score.toString(), score.hardScore(), score.mediumScore(),
                    score.softScore(), score.isFeasible(), problem.candidates().size(), assignment.size(), objective,
                    reference, matches, consortia, constraints, sources, estimate);
        }

        /** Why a candidate with eligible opportunities is still left out, in Italian and English. */
        private String[] capacityNote(int c, int[] taken, Map<String, Integer> tutorTaken,
                Map<String, Integer> tutorCapacity) {
            int withRoom = 0;
            for (int o : eligibility.opportunitiesOf(c)) {
                OpportunitySpec opportunity = problem.opportunities().get(o);
                boolean seat = taken[o] < opportunity.seats();
                boolean tutor = opportunity.tutorId() == null
                        || tutorTaken.getOrDefault(opportunity.tutorId(), 0) < tutorCapacity.get(opportunity.tutorId());
                if (seat && tutor) {
                    withRoom++;
                }
            }
            if (withRoom == 0) {
                return new String[] {
                        "ma i loro posti (o i loro tutor) sono già assegnati a persone con priorità o attesa maggiori "
                                + "o con un abbinamento migliore",
                        "but their seats (or tutors) went to people with a higher priority or longer wait, or a "
                                + "better fit" };
            }
            if (problem.variant() == PlacementVariant.FULL && !problem.budgets().isEmpty()) {
                return new String[] {
                        withRoom + " con posto libero: il bilancio del consorzio o l'equità tra consorzi hanno "
                                + "fatto preferire altri",
                        withRoom + " with a free seat: the consortium's budget or equity across consortia favoured "
                                + "others" };
            }
            return new String[] {
                    withRoom + " con posto libero: il risolutore non ha trovato un piano migliore che le includa",
                    withRoom + " with a free seat: the solver found no better plan that includes this person" };
        }
    }
}
