package org.prossima.solver.geo;

import java.util.Objects;

/**
 * A matrix given by explicit square arrays, e.g. Euclidean benchmark distances or figures computed elsewhere.
 * The arrays are copied.
 */
public final class ExplicitTravelTimeMatrix implements TravelTimeMatrix {

    private final int size;
    private final long[] seconds;
    private final long[] metres;
    private final TravelProfile profile;
    private final String source;
    private final boolean estimate;

    public ExplicitTravelTimeMatrix(TravelProfile profile, long[][] seconds, long[][] metres, String source,
            boolean estimate) {
        this.profile = Objects.requireNonNull(profile, "profile");
        this.source = Objects.requireNonNull(source, "source");
        if (source.isBlank()) {
            throw new IllegalArgumentException("source must say where the figures come from, got a blank string");
        }
        Objects.requireNonNull(seconds, "seconds");
        Objects.requireNonNull(metres, "metres");
        if (seconds.length != metres.length) {
            throw new IllegalArgumentException("seconds has " + seconds.length + " rows but metres has "
                    + metres.length + ": both must be square over the same locations");
        }
        this.size = seconds.length;
        this.seconds = flatten("seconds", seconds, size);
        this.metres = flatten("metres", metres, size);
        this.estimate = estimate;
    }

    private static long[] flatten(String name, long[][] rows, int size) {
        long[] flat = new long[size * size];
        for (int from = 0; from < size; from++) {
            long[] row = Objects.requireNonNull(rows[from], name + " row " + from);
            if (row.length != size) {
                throw new IllegalArgumentException(
                        name + " row " + from + " has " + row.length + " columns, expected " + size + " (square matrix)");
            }
            for (int to = 0; to < size; to++) {
                if (row[to] < 0) {
                    throw new IllegalArgumentException(
                            name + "[" + from + "][" + to + "] must not be negative: " + row[to]);
                }
                flat[from * size + to] = row[to];
            }
        }
        return flat;
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
    public boolean estimate() {
        return estimate;
    }

    @Override
    public String toString() {
        return "ExplicitTravelTimeMatrix[" + size + " locations, " + source + "]";
    }
}
