package org.prossima.solver.placement;

import org.prossima.solver.travel.TravelTimeMatrix;

/**
 * For every candidate–opportunity pair of a problem: the commute in minutes and which {@link Condition}s fail.
 * Computed once per problem (candidates × opportunities entries). A pair whose place (the candidate's or the
 * opportunity's) has no travel times for the candidate's mobility has an unknown commute: it fails
 * {@link Condition#COMMUTE_KNOWN} and its minutes are {@link #UNKNOWN_COMMUTE}.
 */
public final class CompatibilityTable {

    /** The commute minutes of a pair whose commute cannot be worked out. */
    public static final int UNKNOWN_COMMUTE = -1;

    private final PlacementProblem problem;
    private final int opportunityCount;
    private final int[] commuteMinutes;
    private final short[] failures;

    public CompatibilityTable(PlacementProblem problem) {
        this.problem = problem;
        this.opportunityCount = problem.opportunities().size();
        int candidateCount = problem.candidates().size();
        this.commuteMinutes = new int[candidateCount * opportunityCount];
        this.failures = new short[candidateCount * opportunityCount];
        for (int c = 0; c < candidateCount; c++) {
            CandidateSpec candidate = problem.candidates().get(c);
            TravelTimeMatrix matrix = problem.matrices().get(candidate.mobility().travelProfile());
            for (int o = 0; o < opportunityCount; o++) {
                OpportunitySpec opportunity = problem.opportunities().get(o);
                boolean known = matrix.routable(candidate.place()) && matrix.routable(opportunity.place());
                int minutes = known ? PairChecks.minutes(matrix.travelSeconds(candidate.place(), opportunity.place()))
                        : UNKNOWN_COMMUTE;
                commuteMinutes[c * opportunityCount + o] = minutes;
                failures[c * opportunityCount + o] = (short) failureBits(candidate, opportunity, minutes);
            }
        }
    }

    static int failureBits(CandidateSpec candidate, OpportunitySpec opportunity, int commuteMinutes) {
        int bits = 0;
        if (PairChecks.missingRequirements(candidate, opportunity) > 0) {
            bits |= Condition.REQUIREMENTS.bit();
        }
        if (PairChecks.hoursAndDaysExcess(candidate, opportunity) > 0) {
            bits |= Condition.HOURS_AND_DAYS.bit();
        }
        if (PairChecks.daysLate(candidate, opportunity) > 0) {
            bits |= Condition.START_WINDOW.bit();
        }
        if (PairChecks.limitationClashes(candidate, opportunity) > 0) {
            bits |= Condition.LIMITATIONS.bit();
        }
        if (PairChecks.hostToAvoid(candidate, opportunity)) {
            bits |= Condition.HOST_TO_AVOID.bit();
        }
        if (PairChecks.rejected(candidate, opportunity)) {
            bits |= Condition.NOT_REJECTED.bit();
        }
        if (commuteMinutes == UNKNOWN_COMMUTE) {
            bits |= Condition.COMMUTE_KNOWN.bit();
        } else if (PairChecks.commuteExcess(candidate, commuteMinutes) > 0) {
            bits |= Condition.COMMUTE.bit();
        }
        return bits;
    }

    public PlacementProblem problem() {
        return problem;
    }

    /**
     * One-way commute minutes of the candidate (by their mobility's profile) to the opportunity, or
     * {@link #UNKNOWN_COMMUTE}.
     */
    public int commuteMinutes(int candidate, int opportunity) {
        return commuteMinutes[candidate * opportunityCount + opportunity];
    }

    /** Bits of the {@link Condition}s this pair fails ({@link Condition#ordinal()}). */
    public int failures(int candidate, int opportunity) {
        return failures[candidate * opportunityCount + opportunity];
    }

    public boolean fails(int candidate, int opportunity, Condition condition) {
        return (failures(candidate, opportunity) & condition.bit()) != 0;
    }

    /** True when the pair meets every condition: the candidate may be placed there if a seat is left. */
    public boolean eligible(int candidate, int opportunity) {
        return failures(candidate, opportunity) == 0;
    }

    /** False when the pair's commute cannot be worked out. */
    public boolean commuteKnown(int candidate, int opportunity) {
        return commuteMinutes(candidate, opportunity) != UNKNOWN_COMMUTE;
    }

    /** {@link PairChecks#softGain} of the pair; only for a pair whose commute is known. */
    public long softGain(int candidate, int opportunity) {
        return PairChecks.softGain(problem.candidates().get(candidate), problem.opportunities().get(opportunity),
                commuteMinutes(candidate, opportunity));
    }
}
