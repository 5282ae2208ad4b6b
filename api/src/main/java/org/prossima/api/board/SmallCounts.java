package org.prossima.api.board;

/**
 * The rule that keeps the board's figures from singling anyone out: a cell counting people (candidates, people
 * placed, people served) under {@value #THRESHOLD} is shown as {@value #SUPPRESSED}, zero included (a zero next to a
 * small total would tell as much), and so is every figure derived from such a cell (a rate, a median, a mean, kg per
 * person). Counts of things — offerings, kg, charities, requests, lots, job seats — are not people and are shown as
 * they are.
 */
public final class SmallCounts {

    /** The smallest count of people shown as it is. */
    public static final int THRESHOLD = 5;

    /** What a suppressed cell shows, in JSON and in CSV alike. */
    public static final String SUPPRESSED = "<5";

    private SmallCounts() {
    }

    /** A count of people: the number, or {@value #SUPPRESSED}. */
    public static Object people(long count) {
        return count < THRESHOLD ? SUPPRESSED : count;
    }

    /**
     * A figure derived from counts of people: the figure (null when there is none), or {@value #SUPPRESSED} when any
     * of the counts it comes from is suppressed.
     */
    public static Object derived(Object figure, long... peopleCounts) {
        for (long count : peopleCounts) {
            if (count < THRESHOLD) {
                return SUPPRESSED;
            }
        }
        return figure;
    }

    /** {@code part} per cent of {@code whole}, to one decimal; null when the whole is nothing. */
    public static Double percent(long part, long whole) {
        return whole == 0 ? null : Math.round(1000.0 * part / whole) / 10.0;
    }
}
