package org.prossima.data.placement;

import java.time.OffsetDateTime;

/** A tutor who follows at most {@code maxPeople} placed people; timestamps are null before it is stored. */
public record TutorRow(String id, String consortium, int maxPeople, OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {
}
