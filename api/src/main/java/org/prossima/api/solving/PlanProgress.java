package org.prossima.api.solving;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.prossima.data.plans.StoredPlan;

/**
 * Where a plan is, as its progress stream pushes it: its status, its best score so far and whether it is feasible,
 * and its solving state (place in the queue while it waits, attempt, elapsed time, who solved it).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlanProgress(UUID id, String status, String score, Boolean feasible,
        @JsonUnwrapped SolvingState solving, OffsetDateTime updatedAt) {

    static PlanProgress of(StoredPlan row, SolvingState solving) {
        return new PlanProgress(row.id(), row.status().name(), row.score(), row.feasible(), solving, row.updatedAt());
    }

    /** True once the plan can no longer change. */
    public boolean finished() {
        return !"QUEUED".equals(status) && !"SOLVING".equals(status);
    }
}
