package org.prossima.data.demand;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An allocation plan as stored: the problem (a snapshot of the requests, cooperatives and settings it was made
 * from) and the plan (null until the first solution), both as JSON text.
 */
public record StoredAllocationPlan(UUID id, AllocationPlanStatus status, int timeLimitSeconds, int joinMinutes,
        int maxLotWeeklyHours, String problem, String plan, String score, Boolean feasible, String failure,
        OffsetDateTime createdAt, OffsetDateTime updatedAt, OffsetDateTime solvedAt) {
}
