package org.prossima.solver.travel;

import java.util.Objects;

/**
 * A matrix given by explicit square arrays, e.g. Euclidean benchmark distances or figures computed elsewhere.
 * The arrays are copied.
 */
public final class ExplicitTravelTimeMatrix extends AbstractFlatTravelTimeMatrix {

    private final boolean estimate;

    public ExplicitTravelTimeMatrix(TravelProfile profile, long[][] seconds, long[][] metres, String source,
            boolean estimate) {
        super(checkedSize(seconds, metres), secondsAsMillis(flatten("seconds", seconds, seconds.length)),
                wholeMetres(flatten("metres", metres, seconds.length)), profile, checkedSource(source));
        this.estimate = estimate;
    }

    private static int checkedSize(long[][] seconds, long[][] metres) {
        Objects.requireNonNull(seconds, "seconds");
        Objects.requireNonNull(metres, "metres");
        if (seconds.length != metres.length) {
            throw new IllegalArgumentException("seconds has " + seconds.length + " rows but metres has "
                    + metres.length + ": both must be square over the same locations");
        }
        return seconds.length;
    }

    private static String checkedSource(String source) {
        Objects.requireNonNull(source, "source");
        if (source.isBlank()) {
            throw new IllegalArgumentException("source must say where the figures come from, got a blank string");
        }
        return source;
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
    public boolean estimate() {
        return estimate;
    }
}
