package org.prossima.api.solving;

import java.time.Duration;
import java.time.Instant;

import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import org.prossima.api.error.DatabaseAway;

/**
 * A job that ends in an error: the plan was marked failed, so the job is done; unless the instance was handing it
 * back (then it is queued again at once for another instance), or the database was away (then it is tried again in a
 * few seconds, from the plan's stored problem).
 */
final class HandBackOrEnd implements FailureHandler<String> {

    /** How long a job waits before it is tried again when the database was away. */
    private static final Duration AWAY_RETRY = Duration.ofSeconds(10);

    @Override
    public void onFailure(ExecutionComplete complete, ExecutionOperations<String> operations) {
        if (complete.getCause().filter(HandedBack.class::isInstance).isPresent()) {
            operations.reschedule(complete, Instant.now());
        } else if (complete.getCause().filter(DatabaseAway::causedBy).isPresent()) {
            operations.reschedule(complete, Instant.now().plus(AWAY_RETRY));
        } else {
            operations.stop();
        }
    }
}
