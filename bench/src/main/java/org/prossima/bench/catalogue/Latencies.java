package org.prossima.bench.catalogue;

import java.util.Arrays;

/** Latencies in nanoseconds, appended by one client; percentiles by nearest rank. */
public final class Latencies {

    private long[] nanos = new long[1024];
    private int size;

    public void add(long latencyNanos) {
        if (size == nanos.length) {
            nanos = Arrays.copyOf(nanos, size * 2);
        }
        nanos[size++] = latencyNanos;
    }

    public int size() {
        return size;
    }

    public void addAll(Latencies other) {
        for (int i = 0; i < other.size; i++) {
            add(other.nanos[i]);
        }
    }

    /** Sorted copy of the values. */
    public long[] sorted() {
        long[] copy = Arrays.copyOf(nanos, size);
        Arrays.sort(copy);
        return copy;
    }

    /** The p-th percentile (nearest rank; 0 < p ≤ 100) in milliseconds, or NaN without values. */
    public static double percentileMillis(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }
}
