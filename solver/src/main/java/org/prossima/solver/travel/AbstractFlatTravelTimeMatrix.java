package org.prossima.solver.travel;

import java.util.Objects;

/**
 * Storage shared by the matrices that hold every pair's figures: row-major arrays of milliseconds and metres over
 * {@code size} locations. Whole seconds and metres are rounded from them; matrices computed at a finer precision
 * (the road network's) keep it, and {@link #travelMillis} and {@link #exactMetres} give it back unrounded.
 */
public abstract class AbstractFlatTravelTimeMatrix implements TravelTimeMatrix {

    private final int size;
    private final long[] millis;
    private final double[] metres;
    private final TravelProfile profile;
    private final String source;

    /** The arrays are kept, not copied: subclasses build them and hand them over. */
    protected AbstractFlatTravelTimeMatrix(int size, long[] millis, double[] metres, TravelProfile profile,
            String source) {
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

    /** Whole seconds as milliseconds, for matrices whose figures are whole seconds. */
    protected static long[] secondsAsMillis(long[] seconds) {
        long[] millis = new long[seconds.length];
        for (int i = 0; i < seconds.length; i++) {
            millis[i] = seconds[i] * 1000;
        }
        return millis;
    }

    /** Whole metres as the stored doubles. */
    protected static double[] wholeMetres(long[] metres) {
        double[] exact = new double[metres.length];
        for (int i = 0; i < metres.length; i++) {
            exact[i] = metres[i];
        }
        return exact;
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

    /** Milliseconds of the trip, unrounded. */
    public long travelMillis(int from, int to) {
        return millis[index(from, to)];
    }

    /** Metres of the trip, unrounded. */
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
    public String toString() {
        return getClass().getSimpleName() + "[" + size + " locations, " + source + "]";
    }
}
