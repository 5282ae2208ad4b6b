package org.prossima.solver.foodrecovery;

/**
 * When a stop can be served: service may start from {@code start}, and the vehicle must arrive by
 * {@code end}. Seconds on the problem's timeline.
 */
public record TimeWindow(long start, long end) {

    public TimeWindow {
        if (end < start) {
            throw new IllegalArgumentException("time window ends (" + end + ") before it starts (" + start + ")");
        }
    }
}
