package org.prossima.bench.vrptw;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;

class VrptwSummaryTest {

    private static final List<String> BOTH = List.of("prossima", "jsprit");

    @Test
    void countsFeasibleAveragesGapsAndCountsWhereProssimaIsShorter() {
        var results = List.of(
                row("A", "prossima", 101, true, 100), row("A", "jsprit", 102, true, 100), // ahead
                row("B", "prossima", 203, true, 200), row("B", "jsprit", 202.004, true, 200), // behind
                row("C", "prossima", 50.001, true, -1), row("C", "jsprit", 50.004, true, -1), // tie as printed
                row("D", "prossima", 90, false, 100), row("D", "jsprit", 110, true, 100)); // infeasible: not ahead

        assertThat(VrptwSummary.lines(BOTH, results)).containsExactly(
                "prossima: 3/4 feasible, average gap 1.25 % over 2 feasible instances with a best-known distance",
                "jsprit: 4/4 feasible, average gap 4.33 % over 3 feasible instances with a best-known distance",
                "prossima ahead of jsprit on 1/4 instances");
    }

    @Test
    void aFeasibleSolutionIsAheadOfAnInfeasibleOne() {
        assertThat(VrptwSummary.ahead(row("E", "prossima", 120, true, -1), row("E", "jsprit", 100, false, -1)))
                .isTrue();
    }

    @Test
    void oneSolverAloneHasNoComparisonAndNoGapWithoutBestKnown() {
        assertThat(VrptwSummary.lines(List.of("jsprit"), List.of(row("X", "jsprit", 10, true, -1))))
                .containsExactly("jsprit: 1/1 feasible, average gap n/a over 0 feasible instances with a"
                        + " best-known distance");
    }

    private static VrptwResult row(String instance, String solver, double distance, boolean feasible, double bks) {
        return new VrptwResult(instance, solver, 1, new VrptwFeasibility(1, distance,
                feasible ? List.of() : List.of("customer 7 visited 0 times")),
                bks > 0 ? OptionalDouble.of(bks) : OptionalDouble.empty());
    }
}
