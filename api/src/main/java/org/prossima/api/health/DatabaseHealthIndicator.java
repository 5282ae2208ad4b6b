package org.prossima.api.health;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Whether PostgreSQL answers, as health and readiness report it — checked once a second in the background on a
 * connection of its own (never from the pool, so a pool held by stuck requests does not hide the database's state,
 * and a health request never waits for the database): {@code DOWN} after two failed checks in a row (readiness goes
 * DOWN within about 3 s of losing the database), {@code UP} again at the first check that passes.
 */
@Component("db")
public class DatabaseHealthIndicator implements HealthIndicator, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DatabaseHealthIndicator.class);
    private static final Duration EVERY = Duration.ofSeconds(1);
    private static final int FAILURES_FOR_DOWN = 2;

    private final DataSource dataSource;
    private volatile boolean up = true;
    private volatile int failures;
    private volatile Instant since = Instant.now();
    private volatile String why;
    private ScheduledExecutorService checker;

    DatabaseHealthIndicator(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Health health() {
        Health.Builder health = up ? Health.up() : Health.down();
        health.withDetail("database", "PostgreSQL").withDetail("since", since.toString());
        if (!up && why != null) {
            health.withDetail("why", why);
        }
        return health.build();
    }

    private void check() {
        boolean answered = answers();
        if (answered) {
            failures = 0;
            if (!up) {
                up = true;
                since = Instant.now();
                why = null;
                log.info("The database answers again");
            }
        } else if (++failures >= FAILURES_FOR_DOWN && up) {
            up = false;
            since = Instant.now();
            log.warn("The database does not answer ({}): readiness is DOWN until it does", why);
        }
    }

    private boolean answers() {
        try (Connection connection = open(); Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(1);
            statement.execute("select 1");
            return true;
        } catch (SQLException | RuntimeException e) {
            // The SQL state says what went wrong without naming hosts, users or files.
            why = e instanceof SQLException sql && sql.getSQLState() != null ? "SQL state " + sql.getSQLState()
                    : "no answer";
            return false;
        }
    }

    private Connection open() throws SQLException {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        Properties properties = new Properties();
        properties.setProperty("user", pool.getUsername());
        if (pool.getPassword() != null) {
            properties.setProperty("password", pool.getPassword());
        }
        properties.setProperty("connectTimeout", "1");
        properties.setProperty("socketTimeout", "2");
        properties.setProperty("loginTimeout", "1");
        return DriverManager.getConnection(pool.getJdbcUrl(), properties);
    }

    @Override
    public void start() {
        checker = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("database-health").daemon(true).factory());
        checker.scheduleWithFixedDelay(this::check, 0, EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        if (checker != null) {
            checker.shutdownNow();
            checker = null;
        }
    }

    @Override
    public boolean isRunning() {
        return checker != null;
    }
}
