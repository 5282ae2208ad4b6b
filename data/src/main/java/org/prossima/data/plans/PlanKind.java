package org.prossima.data.plans;

/** Which model a plan belongs to. */
public enum PlanKind {
    FOOD_RECOVERY,
    PLACEMENT,
    ALLOCATION
}
