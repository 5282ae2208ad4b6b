package org.prossima.data.plans;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A plan as its row holds it, the JSON documents as text: each model's repository reads them into its own records
 * ({@link PlanJson}).
 *
 * @param consortium        the consortium a placement plan is for, or null for the whole ASL
 * @param organisation      the association a food-recovery plan belongs to
 * @param problemFormat     2 for the problem as solved in data's records; 1 for a problem carried over from an
 *                          earlier version in its old form
 * @param travelFingerprint what the travel-time matrices were, or null when not known (carried over)
 * @param result            the best plan so far while solving, the plan once solved; null before the first solution
 * @param analysis          the score per constraint, once solved; null before, and for plans carried over without one
 * @param items             the model's count of things to plan (pickups, candidates, lots)
 * @param assigned          how many of them the plan assigns, once there is a solution
 * @param attempt           how many times an instance has taken the plan up (0 while it waits for the first)
 * @param solvedBy          the instance whose attempt solved it, once solved
 * @param startedAt         when the first attempt started, null while it waits
 */
public record StoredPlan(UUID id, PlanKind kind, String consortium, String organisation, PlanStatus status,
        int timeLimitSeconds, String problem, int problemFormat, String travelFingerprint, String result,
        String analysis, String score, Boolean feasible, Integer items, Integer assigned, String failure,
        OffsetDateTime createdAt, OffsetDateTime updatedAt, OffsetDateTime solvedAt, int attempt, String solvedBy,
        OffsetDateTime startedAt) {
}
