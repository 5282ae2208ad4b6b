package org.prossima.api.health;

import org.prossima.data.territory.TerritoryLoader;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Healthy only once the territory reference data is in the database. Flyway has migrated the
 * schema before the web server accepts requests; the territory loads right after start-up.
 */
@Component("territory")
public class TerritoryHealthIndicator implements HealthIndicator {

    private final TerritoryLoader loader;

    public TerritoryHealthIndicator(TerritoryLoader loader) {
        this.loader = loader;
    }

    @Override
    public Health health() {
        return loader.loaded()
                ? Health.up().withDetail("comuni", "loaded").build()
                : Health.outOfService().withDetail("comuni", "loading").build();
    }
}
