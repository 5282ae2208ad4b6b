package org.prossima.solver.placement;

/**
 * What makes a candidate–opportunity pair possible: each condition one hard constraint. The order is the order in
 * which explanations narrow the opportunities down.
 */
public enum Condition {
    /** The candidate has every required skill and works in the required languages. */
    REQUIREMENTS,
    /** The weekly hours fit the candidate's availability and they are available on every day it runs. */
    HOURS_AND_DAYS,
    /** The candidate can start before the opportunity's start window closes. */
    START_WINDOW,
    /** The work involves nothing the candidate must not do. */
    LIMITATIONS,
    /** The host is not one where an earlier placement of the candidate failed. */
    HOST_TO_AVOID,
    /** The coordinator has not rejected this pair. */
    NOT_REJECTED,
    /**
     * The commute can be worked out: both places have travel times for the candidate's mobility (with a road network,
     * a place with no road near it, or cut off from the others, has none).
     */
    COMMUTE_KNOWN,
    /** The commute is within the candidate's maximum for their mobility. */
    COMMUTE;

    int bit() {
        return 1 << ordinal();
    }
}
