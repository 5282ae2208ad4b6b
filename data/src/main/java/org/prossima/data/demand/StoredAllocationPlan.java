package org.prossima.data.demand;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.prossima.data.plans.PlanStatus;
import org.prossima.data.plans.StoredPlan;

/**
 * An allocation plan as stored: the snapshot of the demand it was made from, and the plan (null before the first
 * solution).
 */
public record StoredAllocationPlan(UUID id, PlanStatus status, int timeLimitSeconds, AllocationSnapshotRecord problem,
        AllocationPlanRecord plan, String failure, OffsetDateTime createdAt, OffsetDateTime updatedAt,
        OffsetDateTime solvedAt, StoredPlan row) {
}
