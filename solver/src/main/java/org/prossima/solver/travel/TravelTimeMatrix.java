package org.prossima.solver.travel;

/**
 * Travel seconds and metres between indexed locations for one {@link TravelProfile}. Indexes run from 0 to
 * {@code size() - 1}. Implementations are immutable and safe to share between threads.
 */
public interface TravelTimeMatrix {

    /** Number of locations. */
    int size();

    /** Seconds to travel from location {@code from} to location {@code to}. */
    long travelSeconds(int from, int to);

    /** Metres travelled from location {@code from} to location {@code to}. */
    long distanceMetres(int from, int to);

    TravelProfile profile();

    /**
     * Where the figures come from, for people reading a plan, e.g.
     * {@code "straight-line estimate: great-circle distance × 1.35 at 40 km/h (van)"}.
     */
    String source();

    /**
     * True when the figures only approximate travel on the roads (e.g. a straight-line estimate); false when they
     * come from a road network or are exact by definition (a benchmark's Euclidean distances).
     */
    boolean estimate();

    /**
     * True when location {@code index} has travel figures. A matrix over places some of which could not be routed
     * (no road near them, or cut off from the others) answers false for those, and asking for their figures is an
     * error: they are never filled in with a guess. Callers leave such places out and say so.
     */
    default boolean routable(int index) {
        return true;
    }

    /**
     * True when the figures come from a road network: its travel times, or (with {@link #estimate()} true) its road
     * distances at an average speed. False for straight-line estimates and given figures.
     */
    default boolean roadBased() {
        return false;
    }
}
