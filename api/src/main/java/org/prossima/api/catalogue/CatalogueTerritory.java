package org.prossima.api.catalogue;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.prossima.solver.territory.Comune;
import org.prossima.solver.territory.Consortium;
import org.prossima.data.database.DatabaseWatch;
import org.prossima.data.territory.TerritoryRepository;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * The comuni and consortia the catalogue checks codes against, read from the database at most
 * every 30 seconds: a search names up to three of them and must not pay a query for each.
 * A consortium an administrator sets on a comune is seen within that time. They are read once the
 * service is ready, and read again beside the searches, never by one: a search answers from memory during a
 * database outage, even if none came before it, and never waits for a connection to read them.
 */
@Component
class CatalogueTerritory {

    private static final Duration MAX_AGE = Duration.ofSeconds(30);

    private final TerritoryRepository territory;
    private final DatabaseWatch database;
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private volatile Snapshot snapshot;

    CatalogueTerritory(TerritoryRepository territory, DatabaseWatch database) {
        this.territory = territory;
        this.database = database;
    }

    /** Reads them before the first search (after the territory is loaded at start-up). */
    @EventListener(ApplicationReadyEvent.class)
    void readOnce() {
        current();
    }

    Optional<Comune> comune(String istatCode) {
        return Optional.ofNullable(istatCode == null ? null : current().comuni().get(istatCode));
    }

    Optional<Consortium> consortium(String code) {
        return Optional.ofNullable(code == null ? null : current().consortia().get(code));
    }

    Map<String, Consortium> consortia() {
        return current().consortia();
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        if (s == null) {
            s = read(); // the first read, at start: nothing to answer with before it
            snapshot = s;
            return s;
        }
        if (System.nanoTime() - s.readAt() > MAX_AGE.toNanos() && database.answers()
                && refreshing.compareAndSet(false, true)) {
            Thread.ofVirtual().name("catalogue-territory-refresh").start(this::refresh);
        }
        return s;
    }

    /** Reads them again beside the searches, which go on with the last read meanwhile. */
    private void refresh() {
        try {
            snapshot = read();
        } catch (DataAccessException e) {
            // the database is away: the territory read before is still good, and read again after it returns
        } finally {
            refreshing.set(false);
        }
    }

    private Snapshot read() {
        return new Snapshot(
                territory.comuni().stream().collect(Collectors.toUnmodifiableMap(Comune::istatCode, Function.identity())),
                territory.consortia().stream().collect(Collectors.toUnmodifiableMap(Consortium::code,
                        Function.identity())),
                System.nanoTime());
    }

    private record Snapshot(Map<String, Comune> comuni, Map<String, Consortium> consortia, long readAt) {
    }
}
