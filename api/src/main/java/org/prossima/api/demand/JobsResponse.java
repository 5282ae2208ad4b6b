package org.prossima.api.demand;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The jobs of the current allocation (the latest solved plan; {@code planId} null and no jobs while none is solved),
 * with their seats and hours per week in all.
 */
public record JobsResponse(UUID planId, OffsetDateTime solvedAt, int seats, int weeklyHours, List<JobResponse> jobs) {
}
