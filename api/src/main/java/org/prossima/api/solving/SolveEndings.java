package org.prossima.api.solving;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.prossima.api.error.DatabaseAway;
import org.prossima.data.plans.SolveAttempt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes what a solve ended with — solved, cancelled, failed, or its best plan before it goes back to the queue —
 * trying again with back-off (1 s, doubling to 30 s) while the database cannot be reached: the plan waits in memory,
 * one copy, until the database answers, so a plan that finishes during an outage is not lost. When the instance stops
 * meanwhile it gives up; the plan's job is then taken up again by the next instance, which solves the plan anew.
 */
final class SolveEndings {

    private static final Logger log = LoggerFactory.getLogger(SolveEndings.class);
    private static final Duration FIRST_WAIT = Duration.ofSeconds(1);
    private static final Duration MAX_WAIT = Duration.ofSeconds(30);

    private final BooleanSupplier stopping;

    SolveEndings(BooleanSupplier stopping) {
        this.stopping = stopping;
    }

    /** Runs {@code write} until it is done; its answer (false: the attempt no longer holds the plan). */
    boolean store(SolveAttempt attempt, String what, BooleanSupplier write) {
        Duration wait = FIRST_WAIT;
        while (true) {
            try {
                return write.getAsBoolean();
            } catch (RuntimeException e) {
                if (!DatabaseAway.causedBy(e)) {
                    throw e;
                }
                if (stopping.getAsBoolean()) {
                    throw new DatabaseAway("plan " + attempt.planId() + ": " + what + " could not be stored", e);
                }
                log.warn("Plan {}: the database does not answer; {} is kept and stored when it does (again in {} s)",
                        attempt.planId(), what, wait.toSeconds());
                pause(attempt, wait, e);
                wait = wait.multipliedBy(2).compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait.multipliedBy(2);
            }
        }
    }

    private static void pause(SolveAttempt attempt, Duration wait, RuntimeException cause) {
        try {
            Thread.sleep(wait);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new DatabaseAway("plan " + attempt.planId() + ": interrupted while waiting for the database", cause);
        }
    }
}
