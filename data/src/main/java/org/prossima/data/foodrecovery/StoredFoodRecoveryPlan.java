package org.prossima.data.foodrecovery;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A food-recovery plan as stored: the problem as it was posted and the plan (null until the
 * first solution), both as JSON text.
 */
public record StoredFoodRecoveryPlan(UUID id, PlanStatus status, int timeLimitSeconds, String problem,
                                     String plan, String score, Boolean feasible, String failure,
                                     OffsetDateTime createdAt, OffsetDateTime updatedAt, OffsetDateTime solvedAt) {
}
