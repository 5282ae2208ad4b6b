package org.prossima.data.support;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A measure as the host of its person's community activity sees it: which measure and opportunity, and the
 * commitment; never the candidate's id, never the euros.
 */
public record HostedMeasure(UUID measureId, String opportunityId, String consortium, int activityHours,
        ActivityPeriod activityPeriod, LocalDate validFrom, LocalDate validUntil) {
}
