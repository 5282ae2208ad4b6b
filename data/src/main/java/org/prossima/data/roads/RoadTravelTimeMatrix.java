package org.prossima.data.roads;

import java.util.Objects;

import org.prossima.solver.geo.TravelProfile;
import org.prossima.solver.geo.TravelTimeMatrix;

/**
 * Travel times and distances on the road network (GraphHopper on OpenStreetMap) between locations that all snapped
 * to a road and reach one another. Whole seconds and metres are rounded from the path's milliseconds and metres,
 * which {@link #travelMillis} and {@link #exactMetres} give unrounded. Immutable.
 */
public final class RoadTravelTimeMatrix implements TravelTimeMatrix {

    private final int size;
    private final long[] millis;
    private final double[] metres;
    private final TravelProfile profile;
    private final String source;

    /** The arrays are row-major over {@code size} locations and kept, not copied. */
    RoadTravelTimeMatrix(int size, long[] millis, double[] metres, TravelProfile profile, String source) {
        if (millis.length != size * size || metres.length != size * size) {
            throw new IllegalArgumentException("expected " + size + "×" + size + " figures, got " + millis.length
                    + " milliseconds and " + metres.length + " metres");
        }
        this.size = size;
        this.millis = millis;
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
        return (millis[index(from, to)] + 500) / 1000;
    }

    @Override
    public long distanceMetres(int from, int to) {
        return Math.round(metres[index(from, to)]);
    }

    /** Milliseconds of the path, as GraphHopper adds them up edge by edge. */
    public long travelMillis(int from, int to) {
        return millis[index(from, to)];
    }

    /** Metres of the path, unrounded. */
    public double exactMetres(int from, int to) {
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
    public boolean estimate() {
        return false;
    }

    @Override
    public boolean roadBased() {
        return true;
    }

    @Override
    public String toString() {
        return "RoadTravelTimeMatrix[" + size + " locations, " + source + "]";
    }
}
