package org.prossima.solver.placement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a seeded solve starts: the flow optimum's placements (accepted ones stay as they are). The flow ignores
 * budgets, so in the full model each consortium over budget first gives up the placements that bring the least
 * objective per euro until it is within its budget: local search starts feasible.
 */
final class FlowSeed {

    private FlowSeed() {
    }

    /** Places every movable candidate of {@code solution} as the flow optimum does, within budgets. */
    static void apply(PlacementSolution solution, PlacementProblem problem, FlowOptimum flow,
            CompatibilityTable table) {
        Map<String, Opportunity> byId = new HashMap<>();
        solution.getOpportunities().forEach(o -> byId.put(o.id(), o));
        for (Placement placement : solution.getPlacements()) {
            if (!placement.isPinned()) {
                String opportunity = flow.assignment().get(placement.getId());
                placement.setOpportunity(opportunity == null ? null : byId.get(opportunity));
            }
        }
        if (problem.variant() == PlacementVariant.FULL) {
            keepWithinBudgets(solution, problem, table);
        }
    }

    private static void keepWithinBudgets(PlacementSolution solution, PlacementProblem problem,
            CompatibilityTable table) {
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
            paid.sort(Comparator.comparingDouble(p -> valuePerEuro(p, table)));
            for (int i = 0; i < paid.size() && spent > budget.monthlyEuros(); i++) {
                spent -= paid.get(i).getOpportunity().monthlyCostEuros();
                paid.get(i).setOpportunity(null);
            }
        }
    }

    private static double valuePerEuro(Placement placement, CompatibilityTable table) {
        double value = PlacementObjective.PLACEMENT_SCALE * (double) placement.getCandidate().spec().weight(placement.getOpportunity().spec())
                + table.softGain(placement.getCandidate().index(), placement.getOpportunity().index());
        return value / placement.getOpportunity().monthlyCostEuros();
    }
}
