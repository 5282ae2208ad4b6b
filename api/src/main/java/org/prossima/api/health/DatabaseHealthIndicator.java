package org.prossima.api.health;

import org.prossima.data.database.DatabaseWatch;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Whether PostgreSQL answers, as health and readiness report it: the background watch's last word, so a health
 * request never waits for the database (readiness goes DOWN about 3 s after the database is lost, UP at its return).
 */
@Component("db")
public class DatabaseHealthIndicator implements HealthIndicator {

    private final DatabaseWatch watch;

    DatabaseHealthIndicator(DatabaseWatch watch) {
        this.watch = watch;
    }

    @Override
    public Health health() {
        Health.Builder health = watch.answers() ? Health.up() : Health.down();
        health.withDetail("database", "PostgreSQL").withDetail("since", watch.since().toString());
        if (watch.why() != null) {
            health.withDetail("why", watch.why());
        }
        return health.build();
    }
}
