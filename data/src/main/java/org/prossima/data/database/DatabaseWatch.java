package org.prossima.data.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Whether PostgreSQL answers, checked once a second in the background on a connection of its own (never from the
 * pool, so a pool held by stuck requests does not hide the database's state): away after two failed checks in a row
 * (about 3 s after the database is lost), back at the first check that passes (the pool's old connections are then
 * evicted). Health and readiness report it, and what can answer from memory (the catalogue's word search) does so at
 * once while the database is away, instead of waiting for a connection first.
 */
@Component
public class DatabaseWatch implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DatabaseWatch.class);
    private static final Duration EVERY = Duration.ofSeconds(1);
    private static final int FAILURES_FOR_AWAY = 2;

    private final DataSource dataSource;
    private volatile boolean answers = true;
    private volatile int failures;
    private volatile Instant since = Instant.now();
    private volatile String why;
    private ScheduledExecutorService checker;

    DatabaseWatch(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Whether the database answered the last checks (true until two checks in a row fail). */
    public boolean answers() {
        return answers;
    }

    /** Since when the database has answered, or has been away. */
    public Instant since() {
        return since;
    }

    /** While away: what the last check met (a SQL state, never a host, user or file). */
    public String why() {
        return answers ? null : why;
    }

    private void check() {
        if (reached()) {
            failures = 0;
            if (!answers) {
                answers = true;
                since = Instant.now();
                freshConnections();
                log.info("The database answers again");
            }
        } else if (++failures >= FAILURES_FOR_AWAY && answers) {
            answers = false;
            since = Instant.now();
            log.warn("The database does not answer ({}): readiness is DOWN until it does", why);
        }
    }

    /**
     * The pool's connections of before an outage are dead: evicted at once (the busy ones as they come back), so
     * requests after the database's return get fresh ones instead of failing once each.
     */
    private void freshConnections() {
        try {
            var pool = dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();
            if (pool != null) {
                pool.softEvictConnections();
            }
        } catch (SQLException | RuntimeException e) {
            log.debug("Could not renew the pool's connections: {}", e.getMessage());
        }
    }

    private boolean reached() {
        try (Connection connection = open(); Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(1);
            statement.execute("select 1");
            return true;
        } catch (SQLException | RuntimeException e) {
            why = e instanceof SQLException sql && sql.getSQLState() != null ? "SQL state " + sql.getSQLState()
                    : "no answer";
            return false;
        }
    }

    /** Its own connection, with short timeouts: a check never waits behind requests, nor long for a dead server. */
    private Connection open() throws SQLException {
        return DedicatedConnections.open(dataSource, "prossima database watch",
                Map.of("connectTimeout", "1", "socketTimeout", "2", "loginTimeout", "1"));
    }

    @Override
    public synchronized void start() {
        checker = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("database-watch").daemon(true).factory());
        checker.scheduleWithFixedDelay(this::check, 0, EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (checker != null) {
            checker.shutdownNow();
            checker = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return checker != null;
    }
}
