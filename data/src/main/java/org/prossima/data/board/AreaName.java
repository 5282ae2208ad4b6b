package org.prossima.data.board;

/**
 * An area the figures are given for, with the inhabitants of its comuni (ISTAT, 1 January 2021).
 *
 * @param code       the comune's ISTAT code, the consortium's or the district's code; null for the comuni whose
 *                   consortium or district is not known
 * @param name       its name; null for the unknown area
 * @param population the inhabitants of its comuni
 * @param comuni     how many comuni it has
 */
public record AreaName(String code, String name, long population, int comuni) {
}
