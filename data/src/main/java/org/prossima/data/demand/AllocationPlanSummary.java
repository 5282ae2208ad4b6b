package org.prossima.data.demand;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.prossima.data.plans.PlanStatus;

/**
 * An allocation plan in a listing, without its problem and plan; {@code jobs} is the number of job openings it
 * created (0 until it is solved), {@code current} whether its jobs are the current ones.
 */
public record AllocationPlanSummary(UUID id, PlanStatus status, int timeLimitSeconds, int joinMinutes,
        int maxLotWeeklyHours, String score, Boolean feasible, int jobs, boolean current, String failure,
        OffsetDateTime createdAt, OffsetDateTime solvedAt) {
}
