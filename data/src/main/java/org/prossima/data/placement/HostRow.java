package org.prossima.data.placement;

import java.time.OffsetDateTime;

import org.prossima.solver.placement.OpportunityKind;

/**
 * A company, type-B social cooperative or association that offers placements. {@code istatCode}
 * (the comune of its seat) may be null; timestamps are null before the row is stored.
 */
public record HostRow(String id, String consortium, String name, OpportunityKind kind, String istatCode,
        OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
