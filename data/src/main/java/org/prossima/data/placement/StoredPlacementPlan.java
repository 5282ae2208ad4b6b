package org.prossima.data.placement;

import org.prossima.data.plans.StoredPlan;

/**
 * A placement plan as stored, its documents read into data's records.
 *
 * @param row      the plan's row: scope (consortium code, null for the whole ASL), status, figures, times
 * @param problem  the problem as solved
 * @param plan     the best plan so far while solving, the plan once solved; null before the first solution
 * @param analysis the plan's analysis once solved; null before
 */
public record StoredPlacementPlan(StoredPlan row, PlacementProblemRecord problem, PlacementPlanRecord plan,
        PlacementAnalysisRecord analysis) {
}
