package org.prossima.solver.demand;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.monitoring.MonitoringConfig;
import org.prossima.solver.demand.AllocationPlan.CooperativeLoad;
import org.prossima.solver.demand.AllocationPlan.JobOpening;
import org.prossima.solver.demand.AllocationPlan.LotPlan;
import org.prossima.solver.solving.StopSignal;

/** Plain Java entry point of the lot allocation: a problem in, a plan out within a time limit. Thread-safe. */
public final class AllocationSolver {

    private static final System.Logger LOG = System.getLogger(AllocationSolver.class.getName());

    private final SolverFactory<AllocationSolution> factory = SolverFactory.create(solverConfig());

    static SolverConfig solverConfig() {
        return new SolverConfig()
                .withSolutionClass(AllocationSolution.class)
                .withEntityClasses(LotAssignment.class)
                .withConstraintProviderClass(AllocationConstraints.class)
                .withMonitoringConfig(new MonitoringConfig().withSolverMetricList(List.of()))
                .withPhases(new ConstructionHeuristicPhaseConfig(),
                        new LocalSearchPhaseConfig()
                                .withMoveSelectorConfig(new UnionMoveSelectorConfig().withMoveSelectors(
                                        new ChangeMoveSelectorConfig(), new SwapMoveSelectorConfig(),
                                        new MoveIteratorFactoryConfig()
                                                .withMoveIteratorFactoryClass(KickMoveIteratorFactory.class)))
                                .withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(200))
                                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1)));
    }

    public AllocationPlan solve(AllocationProblem problem, Duration timeLimit) {
        return solve(problem, timeLimit, plan -> {
        });
    }

    /** Solves for at most {@code timeLimit}, reporting new best plans to {@code onBestPlan} while solving. */
    public AllocationPlan solve(AllocationProblem problem, Duration timeLimit, Consumer<AllocationPlan> onBestPlan) {
        return solve(problem, timeLimit, onBestPlan, StopSignal.none());
    }

    /** Like {@link #solve(AllocationProblem, Duration, Consumer)}, stopping early when {@code stop} asks. */
    public AllocationPlan solve(AllocationProblem problem, Duration timeLimit, Consumer<AllocationPlan> onBestPlan,
            StopSignal stop) {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(onBestPlan, "onBestPlan");
        if (timeLimit == null || timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("timeLimit must be positive: " + timeLimit);
        }
        AllocationSolution solution = AllocationSolution.of(problem);
        if (solution.getAssignments().stream().allMatch(a -> a.getChoices().isEmpty())) {
            // Nothing to decide: every lot stays unserved (none has a cooperative that could take it).
            long unserved = problem.lots().stream().mapToLong(Lot::weeklyHours).sum();
            return plan(problem, solution, HardMediumSoftScore.of(0, -unserved, 0));
        }
        var solver = factory.buildSolver(new SolverConfigOverride().withTerminationSpentLimit(timeLimit));
        solver.addEventListener(event -> {
            if (stop.requested()) {
                solver.terminateEarly();
            }
            try {
                AllocationSolution best = event.getNewBestSolution();
                onBestPlan.accept(plan(problem, best, best.getScore()));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "best-plan listener failed; solving goes on", e);
            }
        });
        stop.attach(solver::terminateEarly);
        AllocationSolution best = solver.solve(solution);
        LOG.log(Level.INFO, "allocated {0} lots to {1} cooperatives: {2}", problem.lots().size(),
                problem.cooperatives().size(), best.getScore());
        return plan(problem, best, best.getScore());
    }

    static AllocationPlan plan(AllocationProblem problem, AllocationSolution solution, HardMediumSoftScore score) {
        Map<String, LotAssignment> byLot = new HashMap<>();
        solution.getAssignments().forEach(a -> byLot.put(a.getId(), a));
        Map<String, Map<ServiceType, Integer>> load = new TreeMap<>();
        List<LotPlan> lots = new ArrayList<>();
        List<JobOpening> jobs = new ArrayList<>();
        int hours = 0;
        int allocatedHours = 0;
        int allocated = 0;
        for (Lot lot : problem.lots()) {
            LotAssignment assignment = byLot.get(lot.id());
            hours += lot.weeklyHours();
            Cooperative cooperative = assignment.getCooperative();
            if (cooperative == null) {
                lots.add(new LotPlan(lot.id(), null, null, UnservedReason.of(assignment.getChoices().size())));
                continue;
            }
            allocated++;
            allocatedHours += lot.weeklyHours();
            lots.add(new LotPlan(lot.id(), cooperative.id(), assignment.travelMinutes(), null));
            load.computeIfAbsent(cooperative.id(), k -> new TreeMap<>()).merge(lot.serviceType(),
                    lot.weeklyHours(), Integer::sum);
            jobs.add(AllocationPlan.jobs(lot, cooperative.spec()));
        }
        List<CooperativeLoad> loads = new ArrayList<>();
        for (CooperativeSpec cooperative : problem.cooperatives()) {
            Map<ServiceType, Integer> taken = load.getOrDefault(cooperative.id(), Map.of());
            new TreeMap<>(cooperative.weeklyCapacityHours()).forEach((type, capacity) -> loads.add(
                    new CooperativeLoad(cooperative.id(), type.name(), taken.getOrDefault(type, 0), capacity)));
        }
        return new AllocationPlan(score.toString(), score.hardScore(), score.mediumScore(), score.softScore(),
                score.isFeasible(), problem.lots().size(), allocated, hours, allocatedHours, lots, loads, jobs,
                problem.matrix().source());
    }
}
