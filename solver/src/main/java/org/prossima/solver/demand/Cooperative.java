package org.prossima.solver.demand;

/** Planning fact (and value): a cooperative, with its index in the problem. */
public final class Cooperative {

    private final CooperativeSpec spec;
    private final int index;

    Cooperative(CooperativeSpec spec, int index) {
        this.spec = spec;
        this.index = index;
    }

    public CooperativeSpec spec() {
        return spec;
    }

    public String id() {
        return spec.id();
    }

    public int index() {
        return index;
    }

    @Override
    public String toString() {
        return spec.id();
    }
}
