package org.prossima.solver.placement;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/**
 * A person in an inclusion path, as the planner sees them: an opaque id and the facts that decide a placement,
 * never a name, fiscal code or health detail. Limitations are tags of activities the person must not do (e.g.
 * {@code heavy-lifting}, {@code night-work}), in the same vocabulary as {@link OpportunitySpec#activityTags()}.
 *
 * @param id                     opaque id (e.g. a UUID), unique in the problem
 * @param consortium             code of the consortium following the person (it pays the allowance)
 * @param place                  index of the home location in {@link PlacementProblem#places()}
 * @param skills                 skill codes (ESCO-style codes welcome), lower-cased
 * @param languages              language codes the person works in (e.g. {@code it}, {@code fr})
 * @param mobility               how the person travels
 * @param maxCommuteMinutes      longest acceptable one-way commute, 5..240 minutes
 * @param weeklyHours            hours per week the person is available, 1..48
 * @param days                   days of the week the person is available
 * @param earliestStart          the first day the person can start
 * @param programme              the programme of the inclusion path
 * @param priority               1 (lowest) to 5 (highest), set by the coordinator
 * @param monthsWaiting          months since the person entered the path without a placement, 0..240
 * @param limitations            activity tags the person must not do
 * @param preferredSectors       sectors the person would like to work in
 * @param hostsToAvoid           host ids where an earlier placement failed
 * @param acceptedOpportunityId  an opportunity the coordinator accepted for the person (pinned), or null
 * @param rejectedOpportunityIds opportunities the coordinator rejected for the person (never proposed again)
 * @param activityOwed           true when the person's support measure asks for a community activity and they have
 *                               none yet: a {@link OpportunityKind#COMMUNITY_ACTIVITY} seat counts
 *                               {@link PlacementWeights#ACTIVITY_OWED} more for them (restituzione); null
 *                               (problems stored before support measures existed) reads as false
 */
public record CandidateSpec(String id, String consortium, int place, Set<String> skills, Set<String> languages,
        Mobility mobility, int maxCommuteMinutes, int weeklyHours, Set<DayOfWeek> days, LocalDate earliestStart,
        Programme programme, int priority, int monthsWaiting, Set<String> limitations, Set<String> preferredSectors,
        Set<String> hostsToAvoid, String acceptedOpportunityId, Set<String> rejectedOpportunityIds,
        Boolean activityOwed) {

    public static final int MAX_COMMUTE_MINUTES = 240;

    public CandidateSpec {
        SpecFields.id(id, "candidate id");
        SpecFields.id(consortium, "candidate " + id + ": consortium");
        if (place < 0) {
            throw new IllegalArgumentException("candidate " + id + ": place must not be negative: " + place);
        }
        skills = SpecFields.codes(skills, "candidate " + id + ": skills");
        languages = SpecFields.codes(languages, "candidate " + id + ": languages");
        Objects.requireNonNull(mobility, "candidate " + id + ": mobility");
        SpecFields.within(maxCommuteMinutes, 5, MAX_COMMUTE_MINUTES, "candidate " + id + ": maxCommuteMinutes");
        SpecFields.within(weeklyHours, 1, 48, "candidate " + id + ": weeklyHours");
        days = SpecFields.copy(days, "candidate " + id + ": days");
        if (days.isEmpty()) {
            throw new IllegalArgumentException("candidate " + id + ": days must name at least one day");
        }
        Objects.requireNonNull(earliestStart, "candidate " + id + ": earliestStart");
        Objects.requireNonNull(programme, "candidate " + id + ": programme");
        SpecFields.within(priority, 1, 5, "candidate " + id + ": priority");
        SpecFields.within(monthsWaiting, 0, 240, "candidate " + id + ": monthsWaiting");
        limitations = SpecFields.codes(limitations, "candidate " + id + ": limitations");
        preferredSectors = SpecFields.codes(preferredSectors, "candidate " + id + ": preferredSectors");
        hostsToAvoid = SpecFields.copy(hostsToAvoid, "candidate " + id + ": hostsToAvoid");
        if (acceptedOpportunityId != null && acceptedOpportunityId.isBlank()) {
            acceptedOpportunityId = null;
        }
        rejectedOpportunityIds = SpecFields.copy(rejectedOpportunityIds, "candidate " + id + ": rejectedOpportunityIds");
        // null (a problem stored before support measures existed) owes nothing
        activityOwed = Boolean.TRUE.equals(activityOwed);
    }

    /** A person whose support measure asks for no community activity (or who has one already). */
    public CandidateSpec(String id, String consortium, int place, Set<String> skills, Set<String> languages,
            Mobility mobility, int maxCommuteMinutes, int weeklyHours, Set<DayOfWeek> days, LocalDate earliestStart,
            Programme programme, int priority, int monthsWaiting, Set<String> limitations,
            Set<String> preferredSectors, Set<String> hostsToAvoid, String acceptedOpportunityId,
            Set<String> rejectedOpportunityIds) {
        this(id, consortium, place, skills, languages, mobility, maxCommuteMinutes, weeklyHours, days, earliestStart,
                programme, priority, monthsWaiting, limitations, preferredSectors, hostsToAvoid, acceptedOpportunityId,
                rejectedOpportunityIds, false);
    }

    /**
     * How much leaving this person without a placement weighs (medium level): 12 points per priority level
     * plus one per month waiting, so one priority level counts as much as a year of waiting.
     */
    public int weight() {
        return 12 * priority + monthsWaiting;
    }

    /**
     * The medium points placing this person in the opportunity earns: {@link #weight()}, plus
     * {@link #activityBonus(OpportunitySpec)}.
     */
    public int weight(OpportunitySpec opportunity) {
        return weight() + activityBonus(opportunity);
    }

    /**
     * {@link PlacementWeights#ACTIVITY_OWED} for a community activity when the person owes one
     * ({@link #activityOwed()}), else 0.
     */
    public int activityBonus(OpportunitySpec opportunity) {
        return activityOwed && opportunity.kind() == OpportunityKind.COMMUNITY_ACTIVITY
                ? PlacementWeights.ACTIVITY_OWED : 0;
    }

    /** A copy saying whether the person's support measure asks for a community activity they do not have yet. */
    public CandidateSpec withActivityOwed(boolean owed) {
        return new CandidateSpec(id, consortium, place, skills, languages, mobility, maxCommuteMinutes, weeklyHours,
                days, earliestStart, programme, priority, monthsWaiting, limitations, preferredSectors, hostsToAvoid,
                acceptedOpportunityId, rejectedOpportunityIds, owed);
    }

    /** A copy with the coordinator's decisions replaced. */
    public CandidateSpec withDecisions(String accepted, Collection<String> rejected) {
        return new CandidateSpec(id, consortium, place, skills, languages, mobility, maxCommuteMinutes, weeklyHours,
                days, earliestStart, programme, priority, monthsWaiting, limitations, preferredSectors, hostsToAvoid,
                accepted, Set.copyOf(rejected), activityOwed);
    }
}
