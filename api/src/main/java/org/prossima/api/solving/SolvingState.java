package org.prossima.api.solving;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.function.LongSupplier;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.prossima.data.plans.PlanStatus;
import org.prossima.data.plans.StoredPlan;

/**
 * Where a plan is in its solving, as every plan response shows it (unwrapped into the plan's own fields).
 *
 * @param queuedAhead    plans waiting ahead of it, while QUEUED
 * @param attempt        how many times an instance has taken it up (more than 1: an instance stopped or died
 *                       while solving it, and another took it over); absent while it waits for the first
 * @param startedAt      when it was first taken up
 * @param elapsedSeconds seconds since then: to now while solving, to its end once final
 * @param solvedBy       the instance that solved it (or stopped it, when cancelled)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SolvingState(Long queuedAhead, Integer attempt, OffsetDateTime startedAt, Long elapsedSeconds,
        String solvedBy) {

    /** The state of a stored plan; {@code queuedAhead} is asked only while the plan waits. */
    public static SolvingState of(StoredPlan row, LongSupplier queuedAhead) {
        Long ahead = row.status() == PlanStatus.QUEUED ? queuedAhead.getAsLong() : null;
        Long elapsed = null;
        if (row.startedAt() != null) {
            OffsetDateTime end = row.status().active() ? OffsetDateTime.now()
                    : row.solvedAt() != null ? row.solvedAt() : row.updatedAt();
            elapsed = Math.max(0, Duration.between(row.startedAt(), end).toSeconds());
        }
        return new SolvingState(ahead, row.attempt() == 0 ? null : row.attempt(), row.startedAt(), elapsed,
                row.solvedBy());
    }

    /** A plan just stored, waiting for a solver. */
    public static SolvingState queued(long queuedAhead) {
        return new SolvingState(queuedAhead, null, null, null, null);
    }
}
