package org.prossima.data.board;

/**
 * Aggregated demand in one area over a period.
 *
 * @param area          the area
 * @param requests      companies' service requests placed there whose period meets this one (withdrawn ones only if
 *                      withdrawn after the period started)
 * @param lotsAllocated lots of the current allocation placed there, whose period meets this one
 * @param jobSeats      the cooperative job seats those lots create
 */
public record DemandFigures(AreaName area, long requests, long lotsAllocated, long jobSeats) {
}
