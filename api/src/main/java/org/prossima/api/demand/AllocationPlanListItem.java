package org.prossima.api.demand;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An allocation plan in a listing, without its lots: {@code jobs} is the number of job openings it created (0 until
 * it is solved), {@code current} whether its jobs are the current ones.
 */
public record AllocationPlanListItem(UUID id, String status, int timeLimitSeconds, int joinMinutes,
        int maxLotWeeklyHours, String score, Boolean feasible, int jobs, boolean current, String failure,
        OffsetDateTime createdAt, OffsetDateTime solvedAt) {
}
