package org.prossima.api.solving;

import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.slf4j.Logger;

/**
 * What every model's background solving shares: a small pool of solver threads, progress written at most once a
 * second, a failure recorded on the plan, and a shutdown that leaves plans still solving for the next start (each
 * model's jobs class stores its plans and resumes them). Logs name plans, never a person.
 */
public final class BackgroundSolves {

    /** Progress is written at most this often, so a long solve does not flood the database. */
    static final long PROGRESS_INTERVAL_MILLIS = 1_000;

    /** One solve: runs on a solver thread; {@code progress} says when a new best plan is worth writing. */
    @FunctionalInterface
    public interface Solve {
        void run(Progress progress);
    }

    /** Whether enough time has passed since progress was last written (then the clock starts again). */
    public static final class Progress {

        private long last;

        public boolean due() {
            long now = System.currentTimeMillis();
            if (now - last < PROGRESS_INTERVAL_MILLIS) {
                return false;
            }
            last = now;
            return true;
        }
    }

    private final String what;
    private final Logger log;
    private final ExecutorService executor;
    private volatile boolean shuttingDown;

    /**
     * @param what         what a plan is called in logs, e.g. "Placement plan"
     * @param threadPrefix the solver threads' name prefix
     * @param threads      solver threads (at least one)
     * @param log          the jobs class's logger
     */
    public BackgroundSolves(String what, String threadPrefix, int threads, Logger log) {
        this.what = what;
        this.log = log;
        this.executor = Executors.newFixedThreadPool(Math.max(1, threads),
                Thread.ofPlatform().name(threadPrefix, 1).daemon(true).factory());
    }

    /**
     * Runs {@code solve} on a solver thread. An exception marks the plan failed through {@code markFailed} with a
     * reason naming only its type (the stack trace goes to the log), unless the service is shutting down.
     */
    public void schedule(UUID id, Solve solve, Consumer<String> markFailed) {
        executor.execute(() -> {
            try {
                solve.run(new Progress());
            } catch (RuntimeException e) {
                if (shuttingDown) {
                    return;
                }
                log.error("{} {} failed", what, id, e);
                markFailed.accept("the solver stopped with an error: " + e.getClass().getSimpleName());
            }
        });
    }

    /**
     * True when the service is stopping: the solve's result is then not stored, and the plan, still SOLVING, is
     * solved again at the next start.
     */
    public boolean interruptedByShutdown(UUID id) {
        if (shuttingDown) {
            log.info("{} {} interrupted by shutdown: it will be solved again at the next start", what, id);
        }
        return shuttingDown;
    }

    public void shutdown() throws InterruptedException {
        shuttingDown = true;
        executor.shutdownNow();
        executor.awaitTermination(30, TimeUnit.SECONDS);
    }
}
