package org.prossima.data.board;

import java.util.List;

/**
 * The comuni from whose town hall no offering of a category is reachable within a time, by public transport and on
 * foot, on the straight-line estimate.
 *
 * @param category the catalogue category's code
 * @param minutes  the time limit
 * @param comuni   the comuni none reaches, by name; with the estimated minutes to the nearest one (null: none of the
 *                 category has a place)
 */
public record UnreachedComuni(String category, int minutes, List<Unreached> comuni) {

    public UnreachedComuni {
        comuni = List.copyOf(comuni);
    }

    /** A comune and how far, on the estimate, its nearest offering of the category is. */
    public record Unreached(String istatCode, String name, int population, Integer nearestMinutes) {
    }
}
