package org.prossima.api.error;

import org.springframework.http.HttpStatus;

/** A resource that does not exist; answered with 404. */
public class NotFoundException extends ApiProblemException {

    public NotFoundException(String message, String hint) {
        super(HttpStatus.NOT_FOUND, "not-found", "Not found", message, hint);
    }
}
