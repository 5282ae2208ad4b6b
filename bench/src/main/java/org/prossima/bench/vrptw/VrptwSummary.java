package org.prossima.bench.vrptw;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The end of a run in a few lines: per solver the feasible instances and the average gap to the best known over
 * its feasible solutions (an infeasible one may be short because it leaves customers out), then how often
 * prossima's distance is lower than jsprit's. Distances are compared as printed (2 decimals), so a tie in
 * results.csv is a tie; a feasible solution is ahead of an infeasible one, an infeasible one never ahead.
 */
public final class VrptwSummary {

    private VrptwSummary() {
    }

    public static List<String> lines(List<String> solvers, List<VrptwResult> results) {
        List<String> lines = new ArrayList<>();
        for (String solver : solvers) {
            lines.add(solverLine(solver, results.stream().filter(r -> r.solver().equals(solver)).toList()));
        }
        if (solvers.contains(ProssimaVrptwSolver.NAME) && solvers.contains(JspritVrptwSolver.NAME)) {
            lines.add(aheadLine(results));
        }
        return lines;
    }

    private static String solverLine(String solver, List<VrptwResult> rows) {
        long feasible = rows.stream().filter(VrptwResult::feasible).count();
        List<Double> gaps = rows.stream().filter(VrptwResult::feasible).map(VrptwResult::gapPercent)
                .filter(OptionalDouble::isPresent).map(OptionalDouble::getAsDouble).toList();
        String gap = gaps.isEmpty() ? "n/a"
                : String.format(Locale.ROOT, "%.2f %%", gaps.stream().mapToDouble(d -> d).average().orElseThrow());
        return String.format(Locale.ROOT, "%s: %d/%d feasible, average gap %s over %d feasible instances with a"
                + " best-known distance", solver, feasible, rows.size(), gap, gaps.size());
    }

    private static String aheadLine(List<VrptwResult> results) {
        Map<String, VrptwResult> jsprit = new HashMap<>();
        results.stream().filter(r -> r.solver().equals(JspritVrptwSolver.NAME))
                .forEach(r -> jsprit.put(r.instance(), r));
        int compared = 0;
        int ahead = 0;
        for (VrptwResult ours : results) {
            VrptwResult theirs = jsprit.get(ours.instance());
            if (!ours.solver().equals(ProssimaVrptwSolver.NAME) || theirs == null) {
                continue;
            }
            compared++;
            if (ahead(ours, theirs)) {
                ahead++;
            }
        }
        return "prossima ahead of jsprit on " + ahead + "/" + compared + " instances";
    }

    static boolean ahead(VrptwResult ours, VrptwResult theirs) {
        if (!ours.feasible()) {
            return false;
        }
        return !theirs.feasible() || cents(ours.distance()) < cents(theirs.distance());
    }

    private static long cents(double distance) {
        return Math.round(distance * 100);
    }
}
