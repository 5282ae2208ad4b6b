package org.prossima.data.board;

/**
 * Economic support measures and the community activities tied to them in one area over a period.
 *
 * @param area              the area (the comune of the person's home; the measure's consortium when grouping by
 *                          consortium)
 * @param people            people with a measure in force during the period
 * @param measures          those measures
 * @param withCommitment    of them, measures that ask for community-activity hours
 * @param commitmentsMet    of those, measures whose hours done in the period reach the hours planned for it
 * @param monthlyEuros      the measures' amounts per month, added up
 */
public record SupportFigures(AreaName area, long people, long measures, long withCommitment, long commitmentsMet,
        long monthlyEuros) {
}
