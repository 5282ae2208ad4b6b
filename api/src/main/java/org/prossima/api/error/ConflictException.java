package org.prossima.api.error;

import org.springframework.http.HttpStatus;

/** A request that cannot be answered in the resource's current state; answered with 409. */
public class ConflictException extends ApiProblemException {

    public ConflictException(String message, String hint) {
        super(HttpStatus.CONFLICT, "not-available-yet", "Not available yet", message, hint);
    }

    /** A conflict of another kind, e.g. {@code ("opportunity-full", "Opportunity full", ...)}. */
    public ConflictException(String type, String title, String message, String hint) {
        super(HttpStatus.CONFLICT, type, title, message, hint);
    }
}
