package org.prossima.data.catalogue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.prossima.data.database.DedicatedConnections;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Listens on channel {@code catalogue_change} (V19's triggers) on a connection of its own, outside the pool, and
 * hands what changed to the search, so that a write on any instance reaches every instance's searches at once. When
 * the connection drops it connects again, waiting a little longer each time, and then reads the whole catalogue once:
 * what was notified meanwhile is lost.
 *
 * <p>A writer on this instance waits, after its commit, until this instance's snapshot has its write ({@link
 * #awaitOwnWrite}): it sends a notification of its own after the commit, and PostgreSQL delivers notifications in
 * the order their transactions committed, so once the listener has applied it, it has applied the write. Without a
 * listening connection, the writer reads the whole catalogue itself.
 */
@Component
class CatalogueNotifications implements SmartLifecycle {

    static final String CHANNEL = "catalogue_change";
    private static final Logger log = LoggerFactory.getLogger(CatalogueNotifications.class);
    private static final Duration POLL = Duration.ofMillis(500);
    /** A connection silent this long is asked whether it is still there. */
    private static final Duration CHECK_SILENT = Duration.ofSeconds(15);
    private static final Duration FIRST_RETRY = Duration.ofMillis(100);
    private static final Duration LAST_RETRY = Duration.ofSeconds(5);
    /** How long a writer waits for its own write to reach this instance's searches, at most. */
    static final Duration OWN_WRITE_WAIT = Duration.ofSeconds(2);

    private final DataSource dataSource;
    private final CatalogueSearch search;
    /** Tells this instance's own notifications from other instances'. */
    private final String instance = UUID.randomUUID().toString();
    private final AtomicLong ownWrites = new AtomicLong();
    private final ReentrantLock progress = new ReentrantLock();
    private final Condition applied = progress.newCondition();
    /** The last of this instance's own notifications the snapshot has applied; guarded by {@link #progress}. */
    private long ownWritesApplied;
    private volatile boolean listening;
    private volatile boolean running;
    private volatile Thread thread;

    CatalogueNotifications(DataSource dataSource, CatalogueSearch search, CatalogueChanges changes) {
        this.dataSource = dataSource;
        this.search = search;
        changes.afterCommit(this::awaitOwnWrite);
    }

    @Override
    public void start() {
        running = true;
        thread = Thread.ofVirtual().name("catalogue-notifications").start(this::listen);
    }

    @Override
    public void stop() {
        running = false;
        Thread listener = thread;
        if (listener != null) {
            listener.interrupt();
            try {
                listener.join(Duration.ofSeconds(2));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Whether notifications are being received now. */
    boolean listening() {
        return listening;
    }

    private void listen() {
        Duration retry = FIRST_RETRY;
        while (running) {
            try (Connection connection = connect()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("listen " + CHANNEL);
                }
                retry = FIRST_RETRY;
                resynchronise();
                receive(connection);
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    break;
                }
                log.warn("Catalogue notifications: connection lost ({}), connecting again in {} ms", e.getMessage(),
                        retry.toMillis());
            } finally {
                listening = false;
            }
            if (!pause(retry)) {
                break;
            }
            retry = retry.multipliedBy(2).compareTo(LAST_RETRY) > 0 ? LAST_RETRY : retry.multipliedBy(2);
        }
    }

    /**
     * Reads the whole catalogue once the listener listens, since notifications sent while it did not are lost. A
     * writer waiting for its own write before that has it too.
     */
    private void resynchronise() {
        long issued = ownWrites.get();
        listening = true;
        search.apply(ChangedRows.EVERYTHING);
        ownWritesApplied(issued);
    }

    private void receive(Connection connection) throws SQLException {
        PGConnection notifications = connection.unwrap(PGConnection.class);
        long lastHeard = System.nanoTime();
        while (running) {
            PGNotification[] received = notifications.getNotifications((int) POLL.toMillis());
            if (received == null || received.length == 0) {
                if (System.nanoTime() - lastHeard > CHECK_SILENT.toNanos()) {
                    if (!connection.isValid(5)) {
                        throw new SQLException("the listening connection does not answer");
                    }
                    lastHeard = System.nanoTime();
                }
                continue;
            }
            lastHeard = System.nanoTime();
            apply(received);
        }
    }

    /** Applies one batch: what changed, then the own writes it names are done. */
    private void apply(PGNotification[] received) {
        Set<UUID> offerings = new HashSet<>();
        Set<String> seatsOf = new HashSet<>();
        boolean everything = false;
        long ownWrite = 0;
        for (PGNotification notification : received) {
            String payload = notification.getParameter();
            int colon = payload.indexOf(':');
            String kind = colon < 0 ? payload : payload.substring(0, colon);
            String value = colon < 0 ? "" : payload.substring(colon + 1);
            switch (kind) {
                case "offering" -> offerings.add(UUID.fromString(value));
                case "seats" -> seatsOf.add(value);
                case "written" -> {
                    if (value.startsWith(instance + ":")) {
                        ownWrite = Math.max(ownWrite, Long.parseLong(value.substring(instance.length() + 1)));
                    }
                }
                default -> everything = true;
            }
        }
        search.apply(everything ? ChangedRows.EVERYTHING : new ChangedRows(offerings, seatsOf, false));
        ownWritesApplied(ownWrite);
    }

    private void ownWritesApplied(long upTo) {
        progress.lock();
        try {
            if (upTo > ownWritesApplied) {
                ownWritesApplied = upTo;
                applied.signalAll();
            }
        } finally {
            progress.unlock();
        }
    }

    /**
     * Called by a writer after its commit: returns when this instance's snapshot has the write (or after {@link
     * #OWN_WRITE_WAIT}, when the notification was lost with its connection: the reconnection reads everything).
     */
    void awaitOwnWrite() {
        if (!listening) {
            search.apply(ChangedRows.EVERYTHING);
            return;
        }
        long written = ownWrites.incrementAndGet();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement notify = connection.prepareStatement("select pg_notify(?, ?)")) {
            notify.setString(1, CHANNEL);
            notify.setString(2, "written:" + instance + ":" + written);
            notify.execute();
        } catch (SQLException e) {
            log.warn("Catalogue notifications: could not notify a write ({}); reading the whole catalogue",
                    e.getMessage());
            search.apply(ChangedRows.EVERYTHING);
            return;
        }
        long deadline = System.nanoTime() + OWN_WRITE_WAIT.toNanos();
        progress.lock();
        try {
            while (ownWritesApplied < written) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || !applied.await(left, TimeUnit.NANOSECONDS)) {
                    log.debug("Catalogue notifications: own write {} not applied within {}", written, OWN_WRITE_WAIT);
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            progress.unlock();
        }
    }

    /** A connection of its own, so that listening does not hold one of the pool's for good. */
    private Connection connect() throws SQLException {
        return DedicatedConnections.open(dataSource, "prossima catalogue notifications", Map.of());
    }

    private boolean pause(Duration duration) {
        try {
            Thread.sleep(duration);
            return running;
        } catch (InterruptedException e) {
            return false;
        }
    }
}
