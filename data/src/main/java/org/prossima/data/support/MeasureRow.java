package org.prossima.data.support;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A stored support measure: the candidate by opaque id, their consortium, and what the measure says. */
public record MeasureRow(UUID id, UUID candidateId, String consortium, MeasureKind kind, int monthlyEuros,
        LocalDate validFrom, LocalDate validUntil, int activityHours, ActivityPeriod activityPeriod,
        String activityKind, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    /** Whether the measure asks for community activity at all. */
    public boolean asksForActivity() {
        return activityHours > 0;
    }
}
