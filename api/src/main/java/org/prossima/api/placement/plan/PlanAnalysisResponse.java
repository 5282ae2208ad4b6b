package org.prossima.api.placement.plan;

import java.util.List;
import java.util.UUID;

/**
 * A solved plan's score per constraint, as stored when it was solved.
 *
 * @param solverScore Timefold's score of the plan; null for plans stored before it was recorded
 * @param score       the score of the independent evaluator; equal to {@code solverScore}
 * @param constraints every constraint of the model, with its share of the score ({@code impact}) and how many
 *                    placements, opportunities, tutors or consortia it touched
 */
public record PlanAnalysisResponse(UUID id, String status, String solverScore, String score,
        List<ConstraintImpact> constraints) {

    public record ConstraintImpact(String constraint, String level, long impact, int matches) {
    }
}
