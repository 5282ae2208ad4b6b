package org.prossima.data.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.SmartLifecycle;

/**
 * Keeps the embedded PostgreSQL alive. Every two seconds it checks that the postmaster of the data directory runs
 * (its pid file names a living process); when it has died (killed, crashed), it starts PostgreSQL again on the same
 * data directory and port — committed data survives, since the server writes with fsync and synchronous commit — and
 * the pool reconnects by itself. If PostgreSQL cannot be started again within five tries, liveness goes DOWN and the
 * process exits with status 3, for a supervisor (systemd, a container runtime) to start the whole service again.
 */
public final class EmbeddedPostgresSupervisor implements SmartLifecycle {

    /** Starts PostgreSQL again on the same data directory and port. */
    @FunctionalInterface
    interface Starter {
        EmbeddedPostgres start() throws IOException;
    }

    static final int EXIT_STATUS = 3;
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresSupervisor.class);
    private static final long EVERY_SECONDS = 2;
    private static final int TRIES = 5;

    private final Path dataDir;
    private final int port;
    private final Starter starter;
    private final ConfigurableApplicationContext context;
    /** The PostgreSQL of the start, or the last one started here. */
    private volatile EmbeddedPostgres current;
    private volatile boolean restartedHere;
    private volatile int restarts;
    private ScheduledExecutorService watcher;

    EmbeddedPostgresSupervisor(EmbeddedPostgres first, Path dataDir, int port, Starter starter,
            ConfigurableApplicationContext context) {
        this.current = first;
        this.dataDir = dataDir;
        this.port = port;
        this.starter = starter;
        this.context = context;
    }

    /** How many times PostgreSQL was started again since the service started. */
    public int restarts() {
        return restarts;
    }

    private void check() {
        if (postmasterAlive()) {
            return;
        }
        log.error("The embedded PostgreSQL on {} is not running (killed or crashed): starting it again on port {}",
                dataDir, port);
        release(current);
        for (int attempt = 1; attempt <= TRIES; attempt++) {
            try {
                current = starter.start();
                restartedHere = true;
                restarts++;
                log.warn("The embedded PostgreSQL runs again on port {} (restart {}); nothing committed was lost",
                        port, restarts);
                return;
            } catch (IOException | RuntimeException e) {
                log.error("Starting the embedded PostgreSQL again failed (try {} of {})", attempt, TRIES, e);
                pause();
            }
        }
        log.error("The embedded PostgreSQL could not be started again: the service stops with status {} for its "
                + "supervisor to start it again", EXIT_STATUS);
        AvailabilityChangeEvent.publish(context, LivenessState.BROKEN);
        Thread.ofPlatform().name("embedded-postgres-exit").start(
                () -> System.exit(SpringApplication.exit(context, () -> EXIT_STATUS)));
    }

    /**
     * Lets go of the dead server's hold on the data directory (its lock file, its files in the temporary directory):
     * closing it finds no server to stop, and keeps the data.
     */
    private static void release(EmbeddedPostgres dead) {
        try {
            dead.close();
        } catch (IOException | RuntimeException e) {
            log.debug("Closing the dead PostgreSQL: {}", e.getMessage());
        }
    }

    /** Whether the data directory's pid file names a living process. */
    private boolean postmasterAlive() {
        Path pidFile = dataDir.resolve("postmaster.pid");
        try {
            List<String> lines = Files.isRegularFile(pidFile) ? Files.readAllLines(pidFile) : List.of();
            Optional<Long> pid = lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.getFirst()
                    .trim()));
            return pid.flatMap(ProcessHandle::of).map(ProcessHandle::isAlive).orElse(false);
        } catch (IOException | NumberFormatException e) {
            return true; // being rewritten by a starting server: look again next time
        }
    }

    private static void pause() {
        try {
            Thread.sleep(EVERY_SECONDS * 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized void start() {
        watcher = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("embedded-postgres-supervisor").daemon(true).factory());
        watcher.scheduleWithFixedDelay(this::checkSafely, EVERY_SECONDS, EVERY_SECONDS, TimeUnit.SECONDS);
    }

    private void checkSafely() {
        try {
            check();
        } catch (RuntimeException e) {
            log.warn("Checking the embedded PostgreSQL failed: {}", e.getMessage());
        }
    }

    /** Stops watching; a PostgreSQL started again here is stopped with the service. */
    @Override
    public synchronized void stop() {
        if (watcher != null) {
            watcher.shutdownNow();
            watcher = null;
        }
        EmbeddedPostgres again = current;
        if (restartedHere) {
            try {
                again.close();
            } catch (IOException e) {
                log.warn("Stopping the embedded PostgreSQL started again failed: {}", e.getMessage());
            }
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return watcher != null;
    }

    /** Stops last, after everything that uses the database has stopped with it. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1000;
    }
}
