package org.prossima.api.support;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.prossima.data.support.ActivityPeriod;
import org.prossima.data.support.MeasureKind;
import org.prossima.data.support.MeasureRow;
import org.prossima.data.support.Progress;

/** A support measure with its community-activity hours planned and done by {@code asOf}. */
public record MeasureResponse(UUID id, UUID candidate, String consortium, MeasureKind kind, int monthlyEuros,
        LocalDate validFrom, LocalDate validUntil, int activityHours, ActivityPeriod activityPeriod,
        String activityKind, LocalDate asOf, double plannedHours, double doneHours, double donePercent,
        boolean behind, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    static MeasureResponse of(MeasureRow m, double done, LocalDate asOf) {
        Progress p = Progress.of(m, done, asOf);
        return new MeasureResponse(m.id(), m.candidateId(), m.consortium(), m.kind(), m.monthlyEuros(), m.validFrom(),
                m.validUntil(), m.activityHours(), m.activityPeriod(), m.activityKind(), asOf, p.plannedHours(),
                p.doneHours(), p.donePercent(), p.behind(), m.createdAt(), m.updatedAt());
    }
}
