package org.prossima.solver.geo;

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
}
