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

    Candidate(CandidateSpec spec, int index, int[] commuteMinutes, List<Opportunity> eligible, long equityUnit) {
        this.spec = spec;
        this.index = index;
        this.commuteMinutes = commuteMinutes;
        this.eligible = List.copyOf(eligible);
        this.equityUnit = equityUnit;
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

    public int commuteMinutes(Opportunity opportunity) {
        return commuteMinutes[opportunity.index()];
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
