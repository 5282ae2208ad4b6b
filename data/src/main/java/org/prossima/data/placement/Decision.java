package org.prossima.data.placement;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A coordinator's latest decision on a candidate–opportunity pair, and the plan it was taken on.
 *
 * @param decidedBy the username of the coordinator who decided (art. 22 GDPR: a person, not the solver, decides);
 *                  null for decisions of versions that did not record it
 */
public record Decision(UUID candidateId, String opportunityId, String consortium, Kind decision, UUID planId,
        OffsetDateTime decidedAt, String decidedBy) {

    /** What the coordinator decided. */
    public enum Kind {
        /** The placement goes ahead: pinned in later plans. */
        ACCEPTED,
        /** Not this one: the pair is never proposed again. */
        REJECTED
    }
}
