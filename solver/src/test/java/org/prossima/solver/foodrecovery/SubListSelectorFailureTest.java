package org.prossima.solver.foodrecovery;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.list.SubListChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.list.SubListSwapMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import org.junit.jupiter.api.Test;

/** The one solver failure a food-recovery solve recovers from, and the configuration it recovers with. */
class SubListSelectorFailureTest {

    @Test
    void onlyTheSubListSelectorsEndingIsRecognised() {
        IllegalStateException ended = new IllegalStateException("The valueIterator (No next upcoming) should never end.");
        ended.setStackTrace(new StackTraceElement[] {new StackTraceElement(
                "ai.timefold.solver.core.impl.heuristic.selector.list.RandomSubListSelector$RandomSubListIterator",
                "createUpcomingSelection", "RandomSubListSelector.java", 141)});
        assertThat(SubListSelectorFailure.is(ended)).isTrue();

        IllegalStateException elsewhere = new IllegalStateException("The valueIterator should never end.");
        elsewhere.setStackTrace(new StackTraceElement[] {new StackTraceElement("some.Other", "m", "Other.java", 1)});
        assertThat(SubListSelectorFailure.is(elsewhere)).isFalse();
        assertThat(SubListSelectorFailure.is(new IllegalStateException("another fault"))).isFalse();
    }

    @Test
    void theRetryConfigurationHasNoSubListMovesAndKeepsTheOthers() {
        for (boolean deliveries : new boolean[] {true, false}) {
            var with = moves(FoodRecoverySolver.solverConfig(deliveries, 400, true));
            var without = moves(FoodRecoverySolver.solverConfig(deliveries, 400, false));
            assertThat(with.getMoveSelectorList()).anyMatch(SubListChangeMoveSelectorConfig.class::isInstance);
            assertThat(without.getMoveSelectorList()).noneMatch(s -> s instanceof SubListChangeMoveSelectorConfig
                    || s instanceof SubListSwapMoveSelectorConfig);
            assertThat(without.getMoveSelectorList()).isNotEmpty();
        }
    }

    private static UnionMoveSelectorConfig moves(ai.timefold.solver.core.config.solver.SolverConfig config) {
        LocalSearchPhaseConfig localSearch = (LocalSearchPhaseConfig) config.getPhaseConfigList().get(1);
        return (UnionMoveSelectorConfig) localSearch.getMoveSelectorConfig();
    }
}
