package org.prossima.api.error;

import java.net.ConnectException;

/**
 * The database could not be reached while the work was done (see {@link DatabaseUnavailable}): worth trying again once
 * it answers, unlike an error in the work itself. Thrown by the solving jobs to have a job tried again later.
 */
public final class DatabaseAway extends RuntimeException {

    public DatabaseAway(String message, Throwable cause) {
        super(message, cause, false, false);
    }

    /** Whether {@code e}, or anything that caused it, says the database could not be reached. */
    public static boolean causedBy(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof DatabaseAway || t instanceof ConnectException) {
                return true;
            }
        }
        return DatabaseUnavailable.causes(e);
    }
}
