package org.prossima.solver.placement;

/**
 * Why a candidate with eligible opportunities is still left out; each has its text
 * ({@code placement.capacity.<note>}).
 */
public enum CapacityNote {
    /** Every eligible seat (or its tutor) went to someone weighing more or fitting better. */
    SEATS_TAKEN,
    /** Some have a free seat, but the consortium's budget or equity across consortia favoured others. */
    BUDGET_OR_EQUITY,
    /** Some have a free seat and no budget applies: the solver found no better plan with this person. */
    NO_BETTER_PLAN
}
