package org.prossima.solver.travel;

/** Why a location has no road travel times. */
public enum UnroutableReason {
    /** No road open to the profile within the configured snapping distance. */
    NO_ROAD_NEARBY,
    /**
     * It snapped to a road, but it cannot reach, or cannot be reached from, the main group of locations (a
     * road-network island, a one-way or access restriction, a gated area).
     */
    NOT_CONNECTED
}
