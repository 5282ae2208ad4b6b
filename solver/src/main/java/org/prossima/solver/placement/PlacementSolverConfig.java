package org.prossima.solver.placement;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.monitoring.MonitoringConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

/**
 * How Timefold is set up for placement matching: the constraints of each variant, a greedy construction when
 * starting cold, then local search mostly on ejection chains; and when a solve stops.
 */
final class PlacementSolverConfig {

    private PlacementSolverConfig() {
    }

    /**
     * The solver of a variant from a start.
     *
     * @param environmentMode Timefold's environment mode, or null for its default
     */
    static SolverConfig of(PlacementVariant variant, PlacementSolver.Start start, EnvironmentMode environmentMode) {
        List<PhaseConfig> phases = new ArrayList<>();
        if (start == PlacementSolver.Start.COLD) {
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
                .withEnvironmentMode(environmentMode)
                .withMonitoringConfig(new MonitoringConfig().withSolverMetricList(List.of()))
                .withPhases(phases.toArray(PhaseConfig[]::new));
    }

    /** The solver of a variant from a start, in Timefold's default environment mode. */
    static SolverConfig of(PlacementVariant variant, PlacementSolver.Start start) {
        return of(variant, start, null);
    }

    /**
     * Stop at the time limit; a {@link PlacementVariant#FLOW} solve also stops as soon as it reaches the flow optimum,
     * the best score there is.
     */
    static TerminationConfig termination(PlacementVariant variant, FlowOptimum flow, Duration timeLimit) {
        var termination = new TerminationConfig().withSpentLimit(timeLimit);
        if (variant == PlacementVariant.FLOW) {
            termination.setBestScoreLimit(HardMediumSoftScore.of(0, flow.mediumScore(), flow.softScore()).toString());
        }
        return termination;
    }
}
