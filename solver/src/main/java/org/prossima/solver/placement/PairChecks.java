package org.prossima.solver.placement;

import java.time.temporal.ChronoUnit;

/**
 * The pair conditions of one candidate and one opportunity, as amounts of violation (0 = satisfied). Shared by
 * the constraints (which penalise the amounts) and by {@link CompatibilityTable} (which keeps only the pairs where
 * all are 0).
 */
public final class PairChecks {

    private PairChecks() {
    }

    /** Required skills and languages the candidate lacks. */
    public static int missingRequirements(CandidateSpec candidate, OpportunitySpec opportunity) {
        int missing = 0;
        for (String skill : opportunity.requiredSkills()) {
            if (!candidate.skills().contains(skill)) {
                missing++;
            }
        }
        for (String language : opportunity.languages()) {
            if (!candidate.languages().contains(language)) {
                missing++;
            }
        }
        return missing;
    }

    /** Weekly hours beyond the candidate's availability plus days the opportunity runs on and they are not free. */
    public static int hoursAndDaysExcess(CandidateSpec candidate, OpportunitySpec opportunity) {
        int excess = Math.max(0, opportunity.weeklyHours() - candidate.weeklyHours());
        for (var day : opportunity.days()) {
            if (!candidate.days().contains(day)) {
                excess++;
            }
        }
        return excess;
    }

    /** Days between the close of the start window and the candidate's earliest start, 0 if they can start in time. */
    public static long daysLate(CandidateSpec candidate, OpportunitySpec opportunity) {
        return Math.max(0, ChronoUnit.DAYS.between(opportunity.startUntil(), candidate.earliestStart()));
    }

    /** Activity tags the candidate must avoid. */
    public static int limitationClashes(CandidateSpec candidate, OpportunitySpec opportunity) {
        int clashes = 0;
        for (String tag : opportunity.activityTags()) {
            if (candidate.limitations().contains(tag)) {
                clashes++;
            }
        }
        return clashes;
    }

    public static boolean hostToAvoid(CandidateSpec candidate, OpportunitySpec opportunity) {
        return candidate.hostsToAvoid().contains(opportunity.hostId());
    }

    public static boolean rejected(CandidateSpec candidate, OpportunitySpec opportunity) {
        return candidate.rejectedOpportunityIds().contains(opportunity.id());
    }

    /** Minutes of commute beyond the candidate's maximum. */
    public static int commuteExcess(CandidateSpec candidate, int commuteMinutes) {
        return Math.max(0, commuteMinutes - candidate.maxCommuteMinutes());
    }

    /** Desirable skills of the opportunity the candidate has. */
    public static int desirableSkillsMatched(CandidateSpec candidate, OpportunitySpec opportunity) {
        int matched = 0;
        for (String skill : opportunity.desirableSkills()) {
            if (candidate.skills().contains(skill)) {
                matched++;
            }
        }
        return matched;
    }

    public static boolean preferredSector(CandidateSpec candidate, OpportunitySpec opportunity) {
        return candidate.preferredSectors().contains(opportunity.sector());
    }

    /** Commute minutes from seconds, rounded up: a 61-second trip is two minutes. */
    public static int minutes(long seconds) {
        return (int) Math.min(Integer.MAX_VALUE, (seconds + 59) / 60);
    }

    /**
     * The soft points a placement of this pair adds (negative: it costs): commute, desirable skills, preferred
     * sector and cost. The equity term is not a pair term.
     */
    public static long softGain(CandidateSpec candidate, OpportunitySpec opportunity, int commuteMinutes) {
        return -(long) PlacementWeights.COMMUTE_PER_MINUTE * commuteMinutes
                + (long) PlacementWeights.DESIRABLE_SKILL * desirableSkillsMatched(candidate, opportunity)
                + (preferredSector(candidate, opportunity) ? PlacementWeights.PREFERRED_SECTOR : 0)
                - PlacementWeights.costPoints(opportunity.monthlyCostEuros());
    }
}
