package org.prossima.data.plans;

import java.util.Objects;

/**
 * A plan to be solved, as it is first stored.
 *
 * @param consortium        the consortium a placement plan is for; null for the whole ASL and other models
 * @param organisation      the association a food-recovery plan belongs to; null for other models
 * @param problem           the problem as it will be solved, JSON of the model's problem record ({@link PlanJson})
 * @param travelFingerprint what its travel-time matrices are, or null when it has none
 * @param items             the model's count of things to plan
 */
public record NewPlan(PlanKind kind, String consortium, String organisation, int timeLimitSeconds, String problem, String travelFingerprint,
        int items) {

    public NewPlan {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(problem, "problem");
    }
}
