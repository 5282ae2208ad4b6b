package org.prossima.api.solving;

import java.util.UUID;

import org.prossima.api.error.ConflictException;
import org.prossima.data.plans.PlanTable;
import org.prossima.data.plans.StoredPlan;
import org.prossima.data.security.AccessScope;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * What every model's plan endpoints share about solving, for a plan the caller has already found as theirs: its
 * solving state, its progress stream, and cancelling it. The queue is everyone's, so positions and progress are read
 * as the service (they say nothing of other plans but how many wait).
 */
@Component
public class PlanSolving {

    private final SolveJobs jobs;
    private final PlanEvents events;
    private final PlanTable plans;

    PlanSolving(SolveJobs jobs, PlanEvents events, PlanTable plans) {
        this.jobs = jobs;
        this.events = events;
        this.plans = plans;
    }

    /** The plan's place in the queue, attempt, elapsed time and solver. */
    public SolvingState state(StoredPlan row) {
        return SolvingState.of(row, () -> jobs.queuedAhead(row.id()));
    }

    /** The state of a plan just stored and queued. */
    public SolvingState queued(UUID id) {
        return SolvingState.queued(jobs.queuedAhead(id));
    }

    /** A server-sent events stream of the plan's progress, until it is final. */
    public SseEmitter events(StoredPlan row) {
        return events.subscribe(row.id(), () -> progress(row));
    }

    private PlanProgress progress(StoredPlan found) {
        StoredPlan now = AccessScope.everything("a plan's progress stream")
                .run(() -> plans.find(found.kind(), found.id())).orElse(found);
        return PlanProgress.of(now, state(now));
    }

    /**
     * Stops the plan: a queued plan is cancelled at once, a plan being solved stops within a second or two and keeps
     * its best plan so far, marked CANCELLED. 409 when the plan is already final.
     */
    public void cancel(StoredPlan row) {
        boolean asked = AccessScope.everything("cancelling a plan its owner found").run(() -> jobs.cancel(row.id()));
        if (!asked) {
            throw new ConflictException("already-final", "Plan already final", "Plan '" + row.id()
                    + "' is already " + row.status() + ": there is nothing to stop",
                    "a plan can be cancelled while it is QUEUED or SOLVING");
        }
    }
}
