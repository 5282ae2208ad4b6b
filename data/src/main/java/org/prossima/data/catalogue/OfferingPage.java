package org.prossima.data.catalogue;

import java.util.List;

/**
 * One page of a search, best first, and how many offerings the whole search found.
 *
 * @param items the page's offerings with their rank (null without search words)
 * @param total all offerings found
 */
public record OfferingPage(List<Found> items, long total) {

    public record Found(Offering offering, Double rank) {
    }
}
