package org.prossima.data.plans;

/** Where a plan is in its life, the same for every model. */
public enum PlanStatus {
    /** Accepted and being solved (or waiting for a solver thread). */
    SOLVING,
    /** Solved: the plan is final. */
    SOLVED,
    /** Could not be solved; {@code failure} says why. */
    FAILED
}
