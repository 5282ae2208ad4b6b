package org.prossima.data.placement;

/** Where a placement plan is in its life. */
public enum PlanStatus {
    /** Accepted and being solved (or waiting for a solver thread). */
    SOLVING,
    /** Solved: the plan is final. */
    SOLVED,
    /** Could not be solved; {@code failure} says why. */
    FAILED
}
