package org.prossima.data.territory;

import java.util.List;

import org.prossima.solver.territory.Comune;
import org.prossima.solver.territory.TerritoryFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the ASL TO4 territory into the database at every start. Idempotent: a restart refreshes
 * the same rows and never duplicates them. Until it has run, {@link #loaded()} is false and the
 * service does not report itself healthy.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE) // before anything that reads the territory at start-up
public class TerritoryLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(TerritoryLoader.class);

    private final TerritoryRepository repository;
    private volatile boolean loaded;

    public TerritoryLoader(TerritoryRepository repository) {
        this.repository = repository;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<Comune> comuni = TerritoryFiles.asl4Comuni();
        repository.upsert(TerritoryFiles.districts(), TerritoryFiles.consortia(), comuni);
        int stored = repository.countComuni();
        log.info("Territory loaded: {} comuni of ASL {} ({} in the database)", comuni.size(), TerritoryFiles.ASL, stored);
        loaded = true;
    }

    public boolean loaded() {
        return loaded;
    }
}
