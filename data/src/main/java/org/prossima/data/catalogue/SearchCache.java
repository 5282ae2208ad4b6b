package org.prossima.data.catalogue;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Search results by query, served while nothing in the catalogue changed ({@link CatalogueChanges}) and for at most
 * {@value #MAX_AGE_MILLIS} ms (a backstop: offerings expire at midnight without a write, and the query's day is part
 * of the key anyway). Citizens and operators search for the same few words over and over; a repeated search then
 * costs no database work. Bounded: when full, it starts over.
 */
final class SearchCache {

    static final long MAX_AGE_MILLIS = 5_000;
    static final int MAX_ENTRIES = 20_000;

    private record Entry(long version, long createdMillis, OfferingPage page) {
    }

    private final Map<OfferingQuery, Entry> entries = new ConcurrentHashMap<>();
    private final CatalogueChanges changes;

    SearchCache(CatalogueChanges changes) {
        this.changes = changes;
    }

    OfferingPage get(OfferingQuery query, Supplier<OfferingPage> search) {
        long version = changes.version();
        long now = System.currentTimeMillis();
        Entry entry = entries.get(query);
        if (entry != null && entry.version() == version && now - entry.createdMillis() < MAX_AGE_MILLIS) {
            return entry.page();
        }
        OfferingPage page = search.get();
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(query, new Entry(version, now, page));
        return page;
    }
}
