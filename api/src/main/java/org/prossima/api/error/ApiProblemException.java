package org.prossima.api.error;

import java.net.URI;

import org.springframework.http.HttpStatus;

/** A request the service answers with an error status, a problem type, a title and a hint. */
public abstract class ApiProblemException extends RuntimeException {

    private final HttpStatus status;
    private final URI type;
    private final String title;
    private final String hint;

    protected ApiProblemException(HttpStatus status, String type, String title, String message, String hint) {
        super(Echoed.message(message));
        this.status = status;
        this.type = URI.create("https://prossima.org/problems/" + type);
        this.title = title;
        this.hint = hint;
    }

    public HttpStatus status() {
        return status;
    }

    public URI type() {
        return type;
    }

    public String title() {
        return title;
    }

    public String hint() {
        return hint;
    }

    /** The field of the request the problem is about, or null. */
    public String field() {
        return null;
    }
}
