package org.prossima.api.placement.plan;

import java.util.HashMap;
import java.util.Map;

import org.prossima.data.placement.PlacementPlanRecord;
import org.prossima.solver.equity.PlacementRates;
import org.prossima.solver.equity.Spread;
import org.prossima.solver.placement.GreedyBaseline;
import org.prossima.solver.placement.PlacementPlan;
import org.prossima.solver.placement.PlacementProblem;

/**
 * A solved plan's equity figures against the steering board's baseline computed on the very problem it solved
 * ({@link GreedyBaseline}: a second or less on the whole ASL's roster).
 */
final class PlanEquity {

    private PlanEquity() {
    }

    static PlacementPlanRecord.Equity of(PlacementProblem problem, PlacementPlan plan) {
        Map<String, String> assignment = new HashMap<>();
        plan.matches().stream().filter(m -> m.opportunityId() != null)
                .forEach(m -> assignment.put(m.candidateId(), m.opportunityId()));
        Spread optimised = PlacementRates.spread(problem, assignment);
        Map<String, String> baseline = GreedyBaseline.plan(problem);
        Spread greedy = PlacementRates.spread(problem, baseline);
        return new PlacementPlanRecord.Equity(optimised.count(), round(optimised.coefficientOfVariationPercent()),
                round(optimised.min()), round(optimised.max()), baseline.size(),
                round(greedy.coefficientOfVariationPercent()), round(greedy.min()), round(greedy.max()));
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
