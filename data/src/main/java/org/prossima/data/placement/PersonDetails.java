package org.prossima.data.placement;

import java.time.OffsetDateTime;

/**
 * A candidate's personal details, kept apart from the planning data: never in a plan, a candidate
 * list or a log line. Every field may be null; {@code updatedAt} is set by the database.
 */
public record PersonDetails(String fullName, String fiscalCode, String phone, String email, String notes,
        OffsetDateTime updatedAt) {
}
