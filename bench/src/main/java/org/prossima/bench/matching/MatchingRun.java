package org.prossima.bench.matching;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.prossima.solver.equity.Spread;
import org.prossima.solver.placement.PlacementPlan;
import org.prossima.solver.placement.PlacementSolver;
import org.prossima.solver.placement.PlacementVariant;

/**
 * One solve of the matching benchmark, checked: a row of {@value #HEADER}.
 *
 * @param variant       flow or full
 * @param start         cold or seeded
 * @param seconds       wall-clock time of the whole solve call (eligibility and flow included)
 * @param solved        the solver's plan and statistics
 * @param assignment    candidate id → opportunity id of the plan's placements
 * @param verdict       the bench's own check of the plan
 * @param edges         edges of the eligibility graph (feasible candidate–opportunity pairs)
 * @param disagreements where the solver and the independent check disagree; empty when they agree
 * @param equity        the spread of the consortia's placement rates in the plan
 */
public record MatchingRun(PlacementVariant variant, PlacementSolver.Start start, double seconds,
        PlacementSolver.Solved solved, Map<String, String> assignment, MatchingVerdict verdict, int edges,
        List<String> disagreements, Spread equity) {

    public static final String HEADER = "variant,mode,seconds,placed,objective,optimum,gap_pct,rate_cv_pct,"
            + "rate_min_pct,rate_max_pct";

    public MatchingRun {
        assignment = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(assignment));
        disagreements = List.copyOf(disagreements);
    }

    public PlacementPlan plan() {
        return solved.plan();
    }

    public String variantName() {
        return variant.name().toLowerCase(Locale.ROOT);
    }

    public String modeName() {
        return start.name().toLowerCase(Locale.ROOT);
    }

    /** The flow optimum: the variant's optimum for flow, an upper bound for full. */
    public long optimum() {
        return plan().flowReference().optimumObjective();
    }

    /** 100 × (optimum − objective) / optimum; 0 when the optimum is 0 (nobody can be placed). */
    public double gapPercent() {
        return optimum() == 0 ? 0.0 : 100.0 * (optimum() - plan().objective()) / Math.abs((double) optimum());
    }

    /** The checker finds no broken rule and agrees with the solver on feasibility, placements and objective. */
    public boolean checked() {
        return disagreements.isEmpty();
    }

    public String csvLine() {
        return csvLine(variantName(), modeName(), seconds, plan().placed(), plan().objective(), optimum(), equity);
    }

    /** A row of {@value #HEADER}; also the greedy baseline's, which is not a solve. */
    static String csvLine(String variant, String mode, double seconds, int placed, long objective, long optimum,
            Spread equity) {
        double gap = optimum == 0 ? 0.0 : 100.0 * (optimum - objective) / Math.abs((double) optimum);
        return String.join(",", variant, mode, String.format(Locale.ROOT, "%.1f", seconds), Integer.toString(placed),
                Long.toString(objective), Long.toString(optimum),
                noNegativeZero(String.format(Locale.ROOT, "%.4f", gap)),
                String.format(Locale.ROOT, "%.1f", equity.coefficientOfVariationPercent()),
                String.format(Locale.ROOT, "%.1f", equity.min()), String.format(Locale.ROOT, "%.1f", equity.max()));
    }

    /** The row's diagnostics for stderr, one line. */
    public String diagnosticLine() {
        return String.format(Locale.ROOT,
                "%s,%s: feasible=%s solver_feasible=%s score=%s flow_ms=%d moves=%d moves_per_s=%d "
                        + "eligibility_edges=%d check=%s",
                variantName(), modeName(), verdict.feasible(), plan().feasible(), plan().score(),
                plan().flowReference().millis(), solved.moveEvaluationCount(), solved.moveEvaluationsPerSecond(),
                edges, checked() ? "ok" : "FAILED");
    }

    private static String noNegativeZero(String text) {
        return text.equals("-0.0000") ? "0.0000" : text;
    }
}
