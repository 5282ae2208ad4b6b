package org.prossima.data.catalogue;

import java.util.Set;
import java.util.UUID;

/**
 * What a batch of notifications on channel {@code catalogue_change} says changed: offerings by id, and the live seats
 * of the placement opportunities published as offerings (by their id, the offerings' {@code source_ref}); or
 * possibly everything (notifications may have been lost), when the whole catalogue is read again.
 */
record ChangedRows(Set<UUID> offerings, Set<String> seatsOf, boolean everything) {

    static final ChangedRows EVERYTHING = new ChangedRows(Set.of(), Set.of(), true);

    ChangedRows {
        offerings = Set.copyOf(offerings);
        seatsOf = Set.copyOf(seatsOf);
    }

    int size() {
        return offerings.size() + seatsOf.size();
    }

    boolean isEmpty() {
        return !everything && size() == 0;
    }
}
