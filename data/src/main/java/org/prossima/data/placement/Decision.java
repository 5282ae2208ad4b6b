package org.prossima.data.placement;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A coordinator's latest decision on a candidate–opportunity pair, and the plan it was taken on. */
public record Decision(UUID candidateId, String opportunityId, String consortium, Kind decision, UUID planId,
        OffsetDateTime decidedAt) {

    /** What the coordinator decided. */
    public enum Kind {
        /** The placement goes ahead: pinned in later plans. */
        ACCEPTED,
        /** Not this one: the pair is never proposed again. */
        REJECTED
    }
}
