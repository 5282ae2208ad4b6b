package org.prossima.data.board;

import java.util.Map;
import java.util.TreeMap;

/**
 * The catalogue's offerings within reach of an area's people, by category.
 *
 * @param area       the area (with its inhabitants)
 * @param byCategory offerings serving a comune of the area or located in one, by category code; an offering is
 *                   counted once per area
 */
public record CatalogueFigures(AreaName area, Map<String, Long> byCategory) {

    public CatalogueFigures {
        byCategory = new TreeMap<>(byCategory);
    }
}
