package org.prossima.solver.foodrecovery;

import java.util.List;

/**
 * A plan's score broken down by constraint, with the stops and vehicles behind each figure.
 * Computed by {@link PlanAnalyzer} from {@link RouteEvaluator}'s independent evaluation, not by
 * Timefold (its score analysis is a commercial feature).
 *
 * @param score       the evaluated score in Timefold's text form
 * @param constraints every constraint of the model, in the order hard, medium, soft, even when it
 *                    has no impact
 */
public record PlanAnalysis(String score, long hardScore, long mediumScore, long softScore,
                           List<ConstraintImpact> constraints) {

    public PlanAnalysis {
        constraints = List.copyOf(constraints);
    }

    /**
     * @param name    one of the {@link FoodRecoveryConstraints} names; {@link PlanAnalyzer#label} says what it
     *                means
     * @param level   {@code hard}, {@code medium} or {@code soft}
     * @param impact  the constraint's contribution to its score level (0 or negative)
     * @param matches what the impact comes from
     */
    public record ConstraintImpact(String name, String level, long impact, List<Match> matches) {

        public ConstraintImpact {
            matches = List.copyOf(matches);
        }
    }

    /**
     * One contribution to a constraint.
     *
     * @param vehicleId the vehicle concerned, or null (an unassigned pickup, a recipient, the fair shares)
     * @param stopId    the pickup or drop-off concerned, the recipient for its capacity, or null (a
     *                  whole route, the fair shares)
     * @param impact    its contribution (negative)
     */
    public record Match(String vehicleId, String stopId, long impact) {
    }
}
