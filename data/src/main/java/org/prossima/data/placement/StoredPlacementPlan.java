package org.prossima.data.placement;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A placement plan as stored: its scope ({@code consortium}, null for the whole ASL), the problem
 * as solved and the plan (null until the first solution), both as JSON text with opaque ids only.
 */
public record StoredPlacementPlan(UUID id, String consortium, PlanStatus status, int timeLimitSeconds,
        String problem, String plan, String score, Boolean feasible, int candidates, Integer placed, String failure,
        OffsetDateTime createdAt, OffsetDateTime updatedAt, OffsetDateTime solvedAt) {
}
