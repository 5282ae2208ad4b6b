package org.prossima.api.catalogue;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.prossima.solver.territory.Comune;
import org.prossima.solver.territory.Consortium;
import org.prossima.data.territory.TerritoryRepository;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * The comuni and consortia the catalogue checks codes against, read from the database at most
 * every 30 seconds: a search names up to three of them and must not pay a query for each.
 * A consortium an administrator sets on a comune is seen within that time.
 */
@Component
class CatalogueTerritory {

    private static final Duration MAX_AGE = Duration.ofSeconds(30);

    private final TerritoryRepository territory;
    private volatile Snapshot snapshot;

    CatalogueTerritory(TerritoryRepository territory) {
        this.territory = territory;
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
            try {
                s = read();
            } catch (DataAccessException e) {
                if (s == null) {
                    throw e;
                }
                return s; // the database is away: the territory read before is still good
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
