package org.prossima.data.plans;

/** Where a plan is in its life, the same for every model. */
public enum PlanStatus {
    /** Waiting for a solver. */
    QUEUED,
    /** Taken up by an instance of the service and being solved. */
    SOLVING,
    /** Solved: the plan is final. */
    SOLVED,
    /** Could not be solved; {@code failure} says why. */
    FAILED,
    /** Stopped on request; the best plan found until then, if any, is kept. */
    CANCELLED;

    /** True while the plan may still change: waiting or being solved. */
    public boolean active() {
        return this == QUEUED || this == SOLVING;
    }
}
