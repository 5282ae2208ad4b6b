package org.prossima.data.board;

/**
 * Placement matching in one area over a period. Counts of people are exact here; the API suppresses small ones.
 *
 * @param area               the area
 * @param candidates         people on the roster during the period: registered before its end and not placed before
 *                           its start
 * @param placed             of those, the people whose match a coordinator accepted during the period
 * @param medianWaitingDays  the median days from registration to acceptance of the people placed; null when none
 * @param meanCommuteMinutes the mean commute minutes of their accepted proposals, where the plan knew them; null
 *                           when none
 * @param commutesKnown      how many accepted proposals the mean is taken over
 */
public record PlacementFigures(AreaName area, long candidates, long placed, Double medianWaitingDays,
        Double meanCommuteMinutes, long commutesKnown) {

    static PlacementFigures of(AreaName area, Counts counts) {
        return counts == null ? new PlacementFigures(area, 0, 0, null, null, 0)
                : new PlacementFigures(area, counts.candidates(), counts.placed(), counts.medianWaitingDays(),
                        counts.meanCommuteMinutes(), counts.commutesKnown());
    }

    /** A row of the query, by area code. */
    record Counts(String code, long candidates, long placed, Double medianWaitingDays, Double meanCommuteMinutes,
            long commutesKnown) {
    }
}
