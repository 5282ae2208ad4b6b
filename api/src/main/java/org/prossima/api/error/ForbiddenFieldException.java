package org.prossima.api.error;

import org.springframework.http.HttpStatus;

/**
 * A write that names, in its body, something the caller does not own (another consortium, company or association):
 * 403 with the {@code field} that names it. The value is not echoed. A resource of another owner that the request's
 * path names is a 404 instead ({@link NotFoundException}): its existence is not told.
 */
public class ForbiddenFieldException extends ApiProblemException {

    private final String field;

    /** @param field the field of the body (or query parameter) that names what the caller does not own; may be null */
    public ForbiddenFieldException(String field, String message, String hint) {
        super(HttpStatus.FORBIDDEN, "forbidden", "Not allowed", message, hint);
        this.field = field;
    }

    @Override
    public String field() {
        return field;
    }
}
