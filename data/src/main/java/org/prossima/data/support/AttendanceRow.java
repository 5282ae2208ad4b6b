package org.prossima.data.support;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Hours of community activity done in the week starting on {@code weekStart} (a Monday), and who entered them. */
public record AttendanceRow(UUID measureId, LocalDate weekStart, double hours, String recordedBy,
        OffsetDateTime recordedAt) {
}
