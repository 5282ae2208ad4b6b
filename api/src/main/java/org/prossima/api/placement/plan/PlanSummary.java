package org.prossima.api.placement.plan;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.prossima.api.solving.SolvingState;

/** A plan in a list: scope, status and headline figures, without the matches. */
public record PlanSummary(UUID id, String consortium, String status, int timeLimitSeconds, String score,
        Boolean feasible, int candidates, Integer placed, String failure, OffsetDateTime createdAt,
        OffsetDateTime solvedAt, @JsonUnwrapped SolvingState solving) {
}
