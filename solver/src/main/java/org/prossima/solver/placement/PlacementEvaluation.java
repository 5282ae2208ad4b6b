package org.prossima.solver.placement;

import java.util.List;
import java.util.Map;

/**
 * A plan's score computed by {@link PlacementEvaluator}, with each constraint's share.
 *
 * @param hardScore   hard level
 * @param mediumScore medium level
 * @param softScore   soft level
 * @param totals      per constraint (name → total), in the model's order, including those with 0
 * @param matchCounts per constraint, how many matches (placements, opportunities, tutors, consortia) it penalised
 *                    or rewarded
 */
public record PlacementEvaluation(long hardScore, long mediumScore, long softScore, Map<String, Long> totals,
        Map<String, Integer> matchCounts, List<String> levels) {

    public boolean feasible() {
        return hardScore == 0;
    }
}
