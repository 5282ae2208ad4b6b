package org.prossima.api.error;

/** A request that cannot be answered in the resource's current state; answered with 409. */
public class ConflictException extends RuntimeException {

    private final String hint;

    public ConflictException(String message, String hint) {
        super(message);
        this.hint = hint;
    }

    public String hint() {
        return hint;
    }
}
