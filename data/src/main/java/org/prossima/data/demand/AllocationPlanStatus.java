package org.prossima.data.demand;

/** Where an allocation plan is in its life. */
public enum AllocationPlanStatus {
    /** Accepted and being solved (or waiting for a solver thread). */
    SOLVING,
    /** Solved: the plan is final and its jobs are written. */
    SOLVED,
    /** Could not be solved; {@code failure} says why. */
    FAILED
}
