package org.prossima.api.error;

/** A resource that does not exist; answered with 404. */
public class NotFoundException extends RuntimeException {

    private final String hint;

    public NotFoundException(String message, String hint) {
        super(message);
        this.hint = hint;
    }

    public String hint() {
        return hint;
    }
}
