package org.prossima.solver.placement;

/** Which terms the placement model includes. */
public enum PlacementVariant {
    /** Everything: the model coordinators plan with. */
    FULL,
    /**
     * Without the consortium budgets and the equity term: what is left is a minimum-cost flow, whose optimum
     * {@link FlowOptimum} computes exactly. Used to measure the solver and as a bound for {@link #FULL}.
     */
    FLOW
}
