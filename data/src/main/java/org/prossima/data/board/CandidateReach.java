package org.prossima.data.board;

/**
 * How many of a comune's candidates could reach at least one opportunity they are eligible for.
 *
 * @param area       the comune (null code: candidates placed by coordinates only)
 * @param candidates candidates of the comune in a placement plan solved during the period
 * @param withReach  of those, the ones whose latest such plan found at least one eligible opportunity: every rule
 *                   of the model met, the commute within their limit with their own mobility
 */
public record CandidateReach(AreaName area, long candidates, long withReach) {
}
