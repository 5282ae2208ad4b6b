package org.prossima.api.catalogue;

import org.prossima.api.error.ApiProblemException;
import org.springframework.http.HttpStatus;

/** An offering published by another capability is changed there, not in the catalogue; 409. */
class ManagedElsewhereException extends ApiProblemException {

    ManagedElsewhereException(String message, String hint) {
        super(HttpStatus.CONFLICT, "managed-elsewhere", "Managed elsewhere", message, hint);
    }
}
