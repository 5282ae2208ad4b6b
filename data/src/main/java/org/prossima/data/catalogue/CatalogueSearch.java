package org.prossima.data.catalogue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The catalogue search: Italian full-text search ranked by {@code ts_rank}, filters by category, comune,
 * straight-line reach and eligibility, one page and the exact total. The words are matched and ranked by
 * PostgreSQL ({@code ts_rank} with the {@code italian} configuration) once per text and catalogue version; the
 * filters and the page are applied to the catalogue snapshot of that version in memory ({@link CatalogueSnapshot}),
 * so a search costs the database nothing until something changes.
 */
@Component
public class CatalogueSearch {

    private static final Logger log = LoggerFactory.getLogger(CatalogueSearch.class);

    static final long SNAPSHOT_MAX_AGE_MILLIS = 60_000;
    /** Texts whose lexeme check is remembered at once; when full, it starts over. */
    static final int MAX_TEXTS_CHECKED = 10_000;

    private final OfferingRepository offerings;
    private final CatalogueChanges changes;
    private final ReentrantLock loading = new ReentrantLock();
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private volatile CatalogueSnapshot snapshot;
    private final Map<String, Boolean> meaningfulText = new ConcurrentHashMap<>();

    public CatalogueSearch(OfferingRepository offerings, CatalogueChanges changes) {
        this.offerings = offerings;
        this.changes = changes;
    }

    /** One page of active, unexpired offerings matching the query, best first, and the total. */
    public OfferingPage search(OfferingQuery query) {
        CatalogueSnapshot current = snapshot();
        BitSet passing = current.passingFilters(query);
        long first = (long) query.page() * query.size();
        List<OfferingPage.Found> page = new ArrayList<>();
        List<Offering> all = current.offerings();
        long total;
        if (hasLexemes(query.text())) {
            CatalogueSnapshot.WordMatches matches = current.wordMatches(query.text(), offerings::matching);
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
     * The snapshot of the current catalogue version. A write moves the version on, and the next
     * search loads the new snapshot, waiting for it. Past {@value #SNAPSHOT_MAX_AGE_MILLIS} ms a
     * snapshot is also reloaded, in the background while searches go on with it: a backstop for
     * rows written by other means than this service.
     */
    private CatalogueSnapshot snapshot() {
        long wanted = changes.version();
        CatalogueSnapshot current = snapshot;
        if (current != null && current.version() >= wanted) {
            if (System.currentTimeMillis() - current.loadedMillis() >= SNAPSHOT_MAX_AGE_MILLIS
                    && refreshing.compareAndSet(false, true)) {
                Thread.ofVirtual().name("catalogue-snapshot-refresh").start(() -> {
                    try {
                        reload(current, current.version());
                    } finally {
                        refreshing.set(false);
                    }
                });
            }
            return current;
        }
        return reload(current, wanted);
    }

    /**
     * Loads a new snapshot, unless another thread meanwhile replaced {@code seen} with one of at
     * least version {@code wanted} (loaded after every write the caller must see): under a burst of
     * writes the searches waiting for a snapshot share one load instead of each loading in turn.
     */
    private CatalogueSnapshot reload(CatalogueSnapshot seen, long wanted) {
        loading.lock();
        try {
            CatalogueSnapshot current = snapshot;
            if (current == null || current == seen || current.version() < wanted) {
                current = loadSnapshot();
                snapshot = current;
            }
            return current;
        } finally {
            loading.unlock();
        }
    }

    /** The version is read first: a write committed while loading makes the next search load again. */
    private CatalogueSnapshot loadSnapshot() {
        long version = changes.version();
        long start = System.nanoTime();
        List<Offering> active = offerings.active();
        CatalogueSnapshot loaded = new CatalogueSnapshot(version, System.currentTimeMillis(), active);
        log.debug("Catalogue snapshot of version {}: {} active offerings in {} ms", version, active.size(),
                (System.nanoTime() - start) / 1_000_000);
        return loaded;
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
