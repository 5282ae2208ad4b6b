package org.prossima.api.placement.plan;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A coordinator's decision on a proposed match, as recorded: {@code decidedBy} is the coordinator who decided (their
 * username; art. 22 GDPR: a person decides, the plan only proposes).
 */
public record DecisionResponse(UUID candidateId, String opportunityId, String consortium, String decision,
        UUID planId, OffsetDateTime decidedAt, String decidedBy) {
}
