package org.prossima.api.solving;

import java.time.Duration;

import org.prossima.solver.solving.StopSignal;

/**
 * What the jobs give a running solve: the signal that stops it early (a cancel, a shutdown), why it was stopped, and
 * when a best plan so far is worth writing (at most once a second, so a long solve does not flood the database).
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

    private final StopSignal signal = new StopSignal();
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

    /** Whether enough time has passed since progress was last written (then the clock starts again). */
    public boolean progressDue() {
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
