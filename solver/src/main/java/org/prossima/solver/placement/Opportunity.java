package org.prossima.solver.placement;

/** Planning fact (and planning value): an opportunity, with its index in the problem and its tutor. */
public final class Opportunity {

    private final OpportunitySpec spec;
    private final int index;
    private final Tutor tutor;

    Opportunity(OpportunitySpec spec, int index, Tutor tutor) {
        this.spec = spec;
        this.index = index;
        this.tutor = tutor;
    }

    public OpportunitySpec spec() {
        return spec;
    }

    public String id() {
        return spec.id();
    }

    public int index() {
        return index;
    }

    /** The tutor, or null when none is named. */
    public Tutor tutor() {
        return tutor;
    }

    public int seats() {
        return spec.seats();
    }

    public int monthlyCostEuros() {
        return spec.monthlyCostEuros();
    }

    @Override
    public String toString() {
        return spec.id();
    }
}
