package org.prossima.data.demand;

import java.time.OffsetDateTime;

/** A company posting service requests for its employees; {@code istatCode} is null when its comune is unknown. */
public record Company(String id, String name, String istatCode, OffsetDateTime createdAt) {
}
