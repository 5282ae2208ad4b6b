package org.prossima.api.foodrecovery;

import java.util.List;
import java.util.UUID;

/**
 * A plan's score per constraint, with the vehicles and stops behind each figure, as the independent evaluator found
 * it when the plan was solved.
 *
 * @param solverScore the score the solver reported for the plan
 * @param score       the score of the independent evaluator; equal to {@code solverScore} unless something is wrong
 */
public record PlanAnalysisResponse(UUID id, String status, String solverScore, String score,
                                   List<ConstraintImpact> constraints) {

    /** {@code label} says what the constraint means, in the request's language. */
    public record ConstraintImpact(String constraint, String level, long impact, String label, List<Match> matches) {
    }

    /** {@code vehicle} or {@code stop} is null when the match concerns a whole route or no vehicle. */
    public record Match(String vehicle, String stop, long impact) {
    }
}
