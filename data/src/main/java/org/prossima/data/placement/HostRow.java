package org.prossima.data.placement;

import java.time.OffsetDateTime;

import org.prossima.solver.placement.OpportunityKind;

/**
 * A company, type-B social cooperative or association that offers placements. {@code istatCode}
 * (the comune of its seat) may be null; timestamps are null before the row is stored.
 *
 * @param organisation the company or cooperative that owns the host and may change it and its opportunities
 *                     (its host administrators); null for a host kept by its consortium alone
 */
public record HostRow(String id, String consortium, String name, OpportunityKind kind, String istatCode,
        String organisation, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
