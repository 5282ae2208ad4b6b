package org.prossima.data.board;

import java.util.Map;
import java.util.TreeMap;

/**
 * Food recovered in one area over a period, counted at the charities it was handed to.
 *
 * @param area         the area
 * @param kgByCategory kg handed over, by food category (its code)
 * @param kgReported   of all kg, those of lots a driver reported collected
 * @param kgPlanned    of all kg, those of lots nobody reported on: as planned
 * @param charities    charities (recipients) that received food
 * @param peopleServed the people those charities serve, as their dispatchers stated it in the latest plan of the
 *                     period
 */
public record FoodRecoveryFigures(AreaName area, Map<String, Long> kgByCategory, long kgReported, long kgPlanned,
        long charities, long peopleServed) {

    public FoodRecoveryFigures {
        kgByCategory = new TreeMap<>(kgByCategory);
    }

    /** Every kg counted: reported collected, or planned where nobody reported. */
    public long kg() {
        return kgReported + kgPlanned;
    }
}
