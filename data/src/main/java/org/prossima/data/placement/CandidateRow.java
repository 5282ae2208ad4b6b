package org.prossima.data.placement;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.prossima.data.sql.PgArrays;
import org.prossima.solver.placement.Mobility;
import org.prossima.solver.placement.Programme;

/**
 * A candidate's planning data as stored: an opaque id, never a name or contact. Home is a comune
 * ({@code istatCode}), coordinates, or both. {@code acceptedOpportunityId} and
 * {@code rejectedOpportunityIds} come from the coordinators' decisions and are read-only here;
 * {@code createdAt} and {@code updatedAt} are null before the row is stored.
 */
public record CandidateRow(UUID id, String consortium, String istatCode, Double lat, Double lon,
        List<String> skills, List<String> languages, Mobility mobility, int maxCommuteMinutes, int weeklyHours,
        Set<DayOfWeek> days, LocalDate earliestStart, Programme programme, int priority, int monthsWaiting,
        List<String> limitations, List<String> preferredSectors, List<String> hostsToAvoid,
        String acceptedOpportunityId, List<String> rejectedOpportunityIds,
        OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    public CandidateRow {
        skills = List.copyOf(skills);
        languages = List.copyOf(languages);
        days = PgArrays.weekOrder(days);
        limitations = List.copyOf(limitations);
        preferredSectors = List.copyOf(preferredSectors);
        hostsToAvoid = List.copyOf(hostsToAvoid);
        rejectedOpportunityIds = rejectedOpportunityIds == null ? List.of() : List.copyOf(rejectedOpportunityIds);
    }
}
