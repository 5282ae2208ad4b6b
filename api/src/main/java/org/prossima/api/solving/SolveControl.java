package org.prossima.api.solving;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.prossima.solver.solving.StopSignal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the jobs give a running solve: the signal that stops it early (a cancel, a shutdown), why it was stopped, and
 * a writer for its best plans so far: at most one a second, written off the solver's thread, the newest only, so a
 * slow or absent database never slows the solver (a best plan that cannot be written is skipped; the final plan is
 * the jobs' to store, and they wait for the database).
 */
public final class SolveControl {

    /** Why a solve was stopped before its time limit. */
    public enum Stop {
        /** Someone asked for the plan to be stopped: keep its best plan, marked cancelled. */
        CANCELLED,
        /** The instance is shutting down: keep its best plan as progress and give the plan back to the queue. */
        SHUTDOWN
    }

    static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(1);
    private static final Logger log = LoggerFactory.getLogger(SolveControl.class);

    private final StopSignal signal = new StopSignal();
    private final AtomicReference<Runnable> pending = new AtomicReference<>();
    private final AtomicBoolean writing = new AtomicBoolean();
    private volatile Stop stop;
    private long lastProgress;

    /** The signal the model's solver attaches to. */
    public StopSignal signal() {
        return signal;
    }

    /** Why the solve was stopped early, or null when it ran to its limit. */
    public Stop stopped() {
        return stop;
    }

    /**
     * Offers a best plan so far: when a second has passed since the last, {@code save} (which maps and writes it) runs
     * on a writer thread of its own, replacing any save still waiting there. Called on the solver's thread; returns
     * at once.
     */
    public void progress(Runnable save) {
        if (!progressDue()) {
            return;
        }
        pending.set(save);
        startWriter();
    }

    private void startWriter() {
        if (writing.compareAndSet(false, true)) {
            Thread.ofVirtual().name("plan-progress-writer").start(this::write);
        }
    }

    private void write() {
        try {
            Runnable next;
            while ((next = pending.getAndSet(null)) != null) {
                try {
                    next.run();
                } catch (RuntimeException e) {
                    log.debug("A best plan so far was not written ({}); solving goes on", e.getClass().getSimpleName());
                }
            }
        } finally {
            writing.set(false);
        }
        if (pending.get() != null) {
            startWriter(); // offered while this writer was finishing
        }
    }

    private boolean progressDue() {
        long now = System.nanoTime();
        if (lastProgress != 0 && now - lastProgress < PROGRESS_INTERVAL.toNanos()) {
            return false;
        }
        lastProgress = now;
        return true;
    }

    void stop(Stop why) {
        if (stop == null) {
            stop = why;
        }
        signal.request();
    }
}
