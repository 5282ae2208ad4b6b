package org.prossima.data.placement;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import org.prossima.data.sql.PgArrays;
import org.prossima.solver.placement.OpportunityKind;

/**
 * A placement a host offers, as stored. Its place is a comune ({@code istatCode}), coordinates,
 * or both; {@code tutorId} may be null. Timestamps are null before the row is stored.
 */
public record OpportunityRow(String id, String consortium, OpportunityKind kind, String hostId, String istatCode,
        Double lat, Double lon, String sector, List<String> requiredSkills, List<String> desirableSkills,
        List<String> languages, int weeklyHours, Set<DayOfWeek> days, int seats, LocalDate startFrom,
        LocalDate startUntil, int monthlyCostEuros, String tutorId, List<String> activityTags,
        OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    public OpportunityRow {
        requiredSkills = List.copyOf(requiredSkills);
        desirableSkills = List.copyOf(desirableSkills);
        languages = List.copyOf(languages);
        days = PgArrays.weekOrder(days);
        activityTags = List.copyOf(activityTags);
    }
}
