package org.prossima.api.catalogue;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
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
 * A consortium an administrator sets on a comune is seen within that time. They are read once the service is
 * ready, so that public searches answer from memory during a database outage even if none came before it; while
 * the database is away the last read stands, and no search waits for a connection to read them again.
 */
@Component
class CatalogueTerritory {

    private static final Duration MAX_AGE = Duration.ofSeconds(30);

    private final TerritoryRepository territory;
    private final DatabaseWatch database;
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
        if (s == null || System.nanoTime() - s.readAt() > MAX_AGE.toNanos()) {
            if (s != null && !database.answers()) {
                return s; // the database is away: the territory read before is still good
            }
            try {
                s = read();
            } catch (DataAccessException e) {
                if (s == null) {
                    throw e;
                }
                // lost since the last check: the territory read before is still good, and read again in 30 s
                s = new Snapshot(s.comuni(), s.consortia(), System.nanoTime());
            }
            snapshot = s;
        }
        return s;
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
