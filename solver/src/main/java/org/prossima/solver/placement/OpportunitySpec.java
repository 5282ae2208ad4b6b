package org.prossima.solver.placement;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * A placement a host offers.
 *
 * @param id                unique in the problem
 * @param kind              internship, cooperative job or community activity
 * @param hostId            the company, cooperative or association offering it
 * @param place             index of its location in {@link PlacementProblem#places()}
 * @param sector            sector code (e.g. {@code logistics}, {@code green-care}), lower-cased
 * @param requiredSkills    skills a candidate must have
 * @param desirableSkills   skills that make a candidate a better fit
 * @param languages         languages a candidate must work in (usually {@code it}); empty: none required
 * @param weeklyHours       hours per week, 1..48
 * @param days              days of the week it runs on; the candidate must be available on all of them
 * @param seats             how many people it takes, 0..500
 * @param startFrom         first possible start day
 * @param startUntil        last possible start day, not before {@code startFrom}
 * @param monthlyCostEuros  monthly cost to the candidate's consortium (e.g. the internship allowance), 0..5000
 * @param tutorId           the tutor who follows the people placed here, or null
 * @param activityTags      what the work involves (e.g. {@code heavy-lifting}, {@code night-work})
 */
public record OpportunitySpec(String id, OpportunityKind kind, String hostId, int place, String sector,
        Set<String> requiredSkills, Set<String> desirableSkills, Set<String> languages, int weeklyHours,
        Set<DayOfWeek> days, int seats, LocalDate startFrom, LocalDate startUntil, int monthlyCostEuros,
        String tutorId, Set<String> activityTags) {

    public OpportunitySpec {
        SpecFields.id(id, "opportunity id");
        Objects.requireNonNull(kind, "opportunity " + id + ": kind");
        SpecFields.id(hostId, "opportunity " + id + ": hostId");
        if (place < 0) {
            throw new IllegalArgumentException("opportunity " + id + ": place must not be negative: " + place);
        }
        sector = sector == null || sector.isBlank() ? "other" : sector.strip().toLowerCase(java.util.Locale.ROOT);
        requiredSkills = SpecFields.codes(requiredSkills, "opportunity " + id + ": requiredSkills");
        desirableSkills = SpecFields.codes(desirableSkills, "opportunity " + id + ": desirableSkills");
        languages = SpecFields.codes(languages, "opportunity " + id + ": languages");
        SpecFields.within(weeklyHours, 1, 48, "opportunity " + id + ": weeklyHours");
        days = SpecFields.copy(days, "opportunity " + id + ": days");
        if (days.isEmpty()) {
            throw new IllegalArgumentException("opportunity " + id + ": days must name at least one day");
        }
        SpecFields.within(seats, 0, 500, "opportunity " + id + ": seats");
        Objects.requireNonNull(startFrom, "opportunity " + id + ": startFrom");
        Objects.requireNonNull(startUntil, "opportunity " + id + ": startUntil");
        if (startUntil.isBefore(startFrom)) {
            throw new IllegalArgumentException("opportunity " + id + ": startUntil " + startUntil
                    + " is before startFrom " + startFrom);
        }
        SpecFields.within(monthlyCostEuros, 0, 5000, "opportunity " + id + ": monthlyCostEuros");
        if (tutorId != null && tutorId.isBlank()) {
            tutorId = null;
        }
        activityTags = SpecFields.codes(activityTags, "opportunity " + id + ": activityTags");
    }
}
