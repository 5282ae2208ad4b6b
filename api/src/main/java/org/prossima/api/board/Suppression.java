package org.prossima.api.board;

/**
 * The small-count rule as every board answer states it, so a reader of the JSON or of the file knows what
 * {@value SmallCounts#SUPPRESSED} means.
 *
 * @param threshold the smallest count of people shown as it is
 * @param shownAs   what a suppressed cell shows instead
 */
public record Suppression(int threshold, String shownAs) {

    static final Suppression RULE = new Suppression(SmallCounts.THRESHOLD, SmallCounts.SUPPRESSED);
}
