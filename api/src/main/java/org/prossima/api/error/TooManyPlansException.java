package org.prossima.api.error;

import org.prossima.api.error.ApiProblemException;
import org.springframework.http.HttpStatus;

/** More plans waiting or being solved for one owner than the queue takes; answered 429 with Retry-After. */
public class TooManyPlansException extends ApiProblemException {

    private final long retryAfterSeconds;

    public TooManyPlansException(long active, long retryAfterSeconds) {
        super(HttpStatus.TOO_MANY_REQUESTS, "queue-full", "Too many plans in the queue",
                active + " plans of yours are waiting or being solved, the most the queue takes for one owner",
                "post again once one has finished (Retry-After), or cancel one you no longer need");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
