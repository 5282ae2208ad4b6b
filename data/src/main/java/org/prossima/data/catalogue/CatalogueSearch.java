package org.prossima.data.catalogue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

import org.prossima.data.database.DatabaseWatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;

/**
 * The catalogue search: Italian full-text search ranked by {@code ts_rank}, filters by category, comune,
 * straight-line reach and eligibility, one page and the exact total. The words are matched and ranked by
 * PostgreSQL ({@code ts_rank} with the {@code italian} configuration) once per text and catalogue version; the
 * filters and the page are applied to the catalogue snapshot of that version in memory ({@link CatalogueSnapshot}),
 * so a search costs the database nothing until something changes. A change makes a new snapshot from the old one and
 * the rows that changed ({@link #apply}, from {@link CatalogueNotifications}); searches go on meanwhile.
 */
@Component
public class CatalogueSearch {

    private static final Logger log = LoggerFactory.getLogger(CatalogueSearch.class);

    static final long SNAPSHOT_MAX_AGE_MILLIS = 600_000;
    /** More rows changed at once than this, and the whole catalogue is read again. */
    static final int MAX_CHANGED_ROWS = 1_000;
    /** Texts whose lexeme check is remembered at once; when full, it starts over. */
    static final int MAX_TEXTS_CHECKED = 10_000;

    private final OfferingRepository offerings;
    private final DatabaseWatch database;
    private final SnapshotRows rows;
    private final CatalogueSnapshot.WordSearch words;
    private final AtomicLong versions = new AtomicLong();
    private final ReentrantLock loading = new ReentrantLock();
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private volatile CatalogueSnapshot snapshot;
    private final Map<String, Boolean> meaningfulText = new ConcurrentHashMap<>();

    CatalogueSearch(OfferingRepository offerings, SnapshotRows rows, DatabaseWatch database) {
        this.database = database;
        this.offerings = offerings;
        this.rows = rows;
        this.words = new CatalogueSnapshot.WordSearch() {
            @Override
            public List<CatalogueSnapshot.Ranked> all(String text) {
                return offerings.matching(text);
            }

            @Override
            public List<CatalogueSnapshot.Ranked> among(String text, Set<UUID> ids) {
                return offerings.matchingAmong(text, ids);
            }
        };
    }

    /** One page of active, unexpired offerings matching the query, best first, and the total. */
    public OfferingPage search(OfferingQuery query) {
        CatalogueSnapshot current = snapshot();
        BitSet passing = current.passingFilters(query);
        long first = (long) query.page() * query.size();
        List<OfferingPage.Found> page = new ArrayList<>();
        List<Offering> all = current.offerings();
        long total;
        CatalogueSnapshot.WordMatches matches = words(current, query.text());
        if (matches != null) {
            int[] found = matches.offerings();
            total = 0;
            for (int i = 0; i < found.length; i++) {
                if (passing.get(found[i])) {
                    if (total >= first && page.size() < query.size()) {
                        page.add(new OfferingPage.Found(all.get(found[i]), matches.ranks()[i]));
                    }
                    total++;
                }
            }
        } else {
            total = passing.cardinality();
            long skipped = 0;
            for (int i = passing.nextSetBit(0); i >= 0 && page.size() < query.size(); i = passing.nextSetBit(i + 1)) {
                if (skipped++ >= first) {
                    page.add(new OfferingPage.Found(all.get(i), null));
                }
            }
        }
        return new OfferingPage(page, total);
    }

    /**
     * What the query's text finds, or null when it has no words to search; while the database cannot be reached,
     * a plain word match in memory (searches keep answering during an outage, with cruder matches).
     */
    private CatalogueSnapshot.WordMatches words(CatalogueSnapshot current, String text) {
        if (!database.answers()) {
            return text == null || text.isBlank() ? null : current.plainWordMatches(text);
        }
        try {
            return hasLexemes(text) ? current.wordMatches(text, words) : null;
        } catch (DataAccessResourceFailureException | TransientDataAccessException e) {
            return text == null || text.isBlank() ? null : current.plainWordMatches(text);
        }
    }

    /** The snapshot searches use now. */
    CatalogueSnapshot current() {
        return snapshot();
    }

    /**
     * The current snapshot, as it is: changes are applied to it elsewhere ({@link #apply}), and a search never waits
     * for them, but for the very first snapshot. Past {@value #SNAPSHOT_MAX_AGE_MILLIS} ms without a whole read, the
     * whole catalogue is read again in the background while searches go on: a backstop, for a view's definition
     * changed under it, say; every row written is notified (V19).
     */
    private CatalogueSnapshot snapshot() {
        CatalogueSnapshot current = snapshot;
        if (current == null) {
            apply(ChangedRows.EVERYTHING);
            return snapshot;
        }
        if (System.currentTimeMillis() - current.loadedMillis() >= SNAPSHOT_MAX_AGE_MILLIS
                && refreshing.compareAndSet(false, true)) {
            Thread.ofVirtual().name("catalogue-snapshot-refresh").start(() -> {
                try {
                    apply(ChangedRows.EVERYTHING);
                } finally {
                    refreshing.set(false);
                }
            });
        }
        return current;
    }

    /**
     * Makes a new snapshot from the current one and the rows that changed (read again by id; their order among the
     * others asked of PostgreSQL), or from the whole catalogue when everything may have changed, when there is no
     * snapshot yet, or when more than {@value #MAX_CHANGED_ROWS} rows changed at once (a bulk load: one read of
     * everything is cheaper). One change at a time; searches go on with the snapshot before it meanwhile.
     */
    void apply(ChangedRows changed) {
        if (changed.isEmpty()) {
            return;
        }
        loading.lock();
        try {
            CatalogueSnapshot current = snapshot;
            long start = System.nanoTime();
            if (current == null || changed.everything() || changed.size() > MAX_CHANGED_ROWS) {
                List<Offering> active = offerings.active();
                snapshot = new CatalogueSnapshot(versions.incrementAndGet(), System.currentTimeMillis(), active);
                log.debug("Catalogue snapshot {}: {} active offerings read in {} ms", snapshot.version(),
                        active.size(), (System.nanoTime() - start) / 1_000_000);
                return;
            }
            SnapshotRows.Changes read = OfferingRepository.PUBLIC_READ.run(
                    () -> rows.read(changed.offerings(), changed.seatsOf(), current::knows));
            long readNanos = System.nanoTime() - start;
            snapshot = current.withChanges(versions.incrementAndGet(), read.order(), read.rows(), changed.offerings());
            log.debug("Catalogue snapshot {}: {} offerings and {} opportunities' seats changed, {} rows read in {} ms, "
                    + "the snapshot made in {} ms", snapshot.version(), changed.offerings().size(),
                    changed.seatsOf().size(), read.rows().size(), readNanos / 1_000_000,
                    (System.nanoTime() - start - readNanos) / 1_000_000);
        } finally {
            loading.unlock();
        }
    }

    /**
     * Whether the words make a text-search query at all: words that are all stop words ("di la")
     * or punctuation make none, and then the search does not filter by text. Remembered per text.
     */
    boolean hasLexemes(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        if (meaningfulText.size() > MAX_TEXTS_CHECKED) {
            meaningfulText.clear();
        }
        return meaningfulText.computeIfAbsent(text, offerings::makesTextQuery);
    }
}
