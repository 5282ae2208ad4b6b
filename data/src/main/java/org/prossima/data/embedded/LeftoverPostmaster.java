package org.prossima.data.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server left running on our data directory by a service that was killed
 * (kill -9, a crash): the postmaster outlives the JVM that started it and would keep the
 * new one from starting. It is stopped with a normal shutdown request so no data is lost.
 */
final class LeftoverPostmaster {

    private static final Logger log = LoggerFactory.getLogger(LeftoverPostmaster.class);
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(30);

    private LeftoverPostmaster() {
    }

    static void stopIfRunning(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(lines.getFirst().trim());
        } catch (NumberFormatException e) {
            return; // not a pid file we understand: PostgreSQL itself will judge it
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(LeftoverPostmaster::isPostgres);
        if (process.isEmpty()) {
            return; // a stale pid file: PostgreSQL removes it on start
        }
        log.warn("A PostgreSQL server (pid {}) from an earlier run still uses {}: asking it to shut down", pid, dataDir);
        process.get().destroy(); // SIGTERM: PostgreSQL's smart shutdown, data is flushed
        try {
            process.get().onExit().get(SHUTDOWN_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("The PostgreSQL server (pid " + pid + ") left running on " + dataDir
                    + " did not stop within " + SHUTDOWN_WAIT.toSeconds() + " s; stop it by hand and start again", e);
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(command -> command.contains("postgres")).orElse(true);
    }
}
