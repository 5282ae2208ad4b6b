package org.prossima.solver.placement;

import java.util.List;

/**
 * Planning fact: a candidate, with what the constraints need precomputed: the commute to each opportunity (by the
 * candidate's travel profile), the opportunities they are eligible for and their equity load.
 */
public final class Candidate {

    private final CandidateSpec spec;
    private final int index;
    private final int[] commuteMinutes;
    private final List<Opportunity> eligible;
    private final long equityUnit;
    private final long[] values;

    Candidate(CandidateSpec spec, int index, int[] commuteMinutes, List<Opportunity> eligible, long equityUnit) {
        this.spec = spec;
        this.index = index;
        this.commuteMinutes = commuteMinutes;
        this.eligible = List.copyOf(eligible);
        this.equityUnit = equityUnit;
        this.values = new long[commuteMinutes.length];
        for (Opportunity opportunity : this.eligible) {
            values[opportunity.index()] = PlacementObjective.PLACEMENT_SCALE * spec.weight(opportunity.spec())
                    + PairChecks.softGain(spec, opportunity.spec(), commuteMinutes[opportunity.index()]);
        }
    }

    /**
     * What placing this candidate in an eligible opportunity adds to the {@link PlacementObjective} (budgets and
     * equity aside); 0 for an opportunity they are not eligible for.
     */
    public long value(Opportunity opportunity) {
        return values[opportunity.index()];
    }

    public CandidateSpec spec() {
        return spec;
    }

    public String id() {
        return spec.id();
    }

    public int index() {
        return index;
    }

    public String consortium() {
        return spec.consortium();
    }

    /** {@link CandidateSpec#weight()}. */
    public int weight() {
        return spec.weight();
    }

    /** Commute minutes to the opportunity; 0 when it is unknown (see {@link #commuteKnown}). */
    public int commuteMinutes(Opportunity opportunity) {
        return Math.max(0, commuteMinutes[opportunity.index()]);
    }

    /** False when the commute to the opportunity cannot be worked out ({@link CompatibilityTable#UNKNOWN_COMMUTE}). */
    public boolean commuteKnown(Opportunity opportunity) {
        return commuteMinutes[opportunity.index()] != CompatibilityTable.UNKNOWN_COMMUTE;
    }

    /** Opportunities meeting every pair condition, the solver's choices for this candidate. */
    public List<Opportunity> eligible() {
        return eligible;
    }

    /** Load a placement of this candidate adds to their consortium in the equity term. */
    public long equityUnit() {
        return equityUnit;
    }

    @Override
    public String toString() {
        return spec.id();
    }
}
