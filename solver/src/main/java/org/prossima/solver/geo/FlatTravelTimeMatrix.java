package org.prossima.solver.geo;

import java.util.Objects;

/**
 * Storage shared by the matrices that hold every pair's figures: row-major arrays of seconds
 * and metres over {@code size} locations.
 */
abstract class FlatTravelTimeMatrix implements TravelTimeMatrix {

    private final int size;
    private final long[] seconds;
    private final long[] metres;
    private final TravelProfile profile;
    private final String source;

    /** The arrays are kept, not copied: subclasses build them and hand them over. */
    FlatTravelTimeMatrix(int size, long[] seconds, long[] metres, TravelProfile profile, String source) {
        this.size = size;
        this.seconds = seconds;
        this.metres = metres;
        this.profile = Objects.requireNonNull(profile, "profile");
        this.source = Objects.requireNonNull(source, "source");
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public long travelSeconds(int from, int to) {
        return seconds[index(from, to)];
    }

    @Override
    public long distanceMetres(int from, int to) {
        return metres[index(from, to)];
    }

    private int index(int from, int to) {
        Objects.checkIndex(from, size);
        Objects.checkIndex(to, size);
        return from * size + to;
    }

    @Override
    public TravelProfile profile() {
        return profile;
    }

    @Override
    public String source() {
        return source;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + size + " locations, " + source + "]";
    }
}
