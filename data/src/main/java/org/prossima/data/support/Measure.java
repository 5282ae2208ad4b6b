package org.prossima.data.support;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a support measure says, as written: the kind, the euros a month, the period and the community-activity
 * commitment agreed ({@code activityHours} per {@code activityPeriod}, 0 when none is asked; {@code activityKind} a
 * sector code such as {@code green-care}, or null).
 */
public record Measure(MeasureKind kind, int monthlyEuros, LocalDate validFrom, LocalDate validUntil,
        int activityHours, ActivityPeriod activityPeriod, String activityKind) {

    public Measure {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validUntil, "validUntil");
        Objects.requireNonNull(activityPeriod, "activityPeriod");
    }
}
