package org.prossima.solver.placement;

/** Planning fact: a tutor and how many people they can follow. */
public final class Tutor {

    private final TutorSpec spec;

    Tutor(TutorSpec spec) {
        this.spec = spec;
    }

    public String id() {
        return spec.id();
    }

    public int maxPeople() {
        return spec.maxPeople();
    }

    @Override
    public String toString() {
        return spec.id();
    }
}
