package org.prossima.bench.cli;

/** A bad command line: the message says what is wrong, and the command prints its usage after it. */
public final class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message);
    }
}
