package org.prossima.api.placement.plan;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A coordinator's decision on a proposed match, as recorded. */
public record DecisionResponse(UUID candidateId, String opportunityId, String consortium, String decision,
        UUID planId, OffsetDateTime decidedAt) {
}
