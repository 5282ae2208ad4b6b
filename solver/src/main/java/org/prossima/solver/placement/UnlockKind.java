package org.prossima.solver.placement;

/** What would open opportunities to a candidate left out; each has its text ({@code placement.unlock.<kind>}). */
public enum UnlockKind {
    /** Accepting a longer commute: +15 or +30 minutes. */
    LONGER_COMMUTE,
    /** A lift by car for someone without one. */
    TRANSPORT_SUPPORT,
    /** A course for the one required skill (or language) missing. */
    TRAINING,
    /** More weekly hours or days of availability. */
    MORE_AVAILABILITY
}
