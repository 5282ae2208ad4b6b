package org.prossima.api.error;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;

/**
 * The database could not be reached (no connection, the connection lost, a statement cancelled by a timeout or a
 * shutting-down server): the work is worth trying again once it answers, unlike an error in the work itself.
 */
public final class DatabaseAway extends RuntimeException {

    public DatabaseAway(String message, Throwable cause) {
        super(message, cause, false, false);
    }

    /** Whether {@code e}, or anything that caused it, says the database could not be reached. */
    public static boolean causedBy(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DatabaseAway || t instanceof DataAccessResourceFailureException
                    || t instanceof TransientDataAccessException || t instanceof RecoverableDataAccessException
                    || t instanceof SQLTransientException || t instanceof ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57"))) {
                return true; // connection exceptions; operator intervention (shutdown, statement timeout)
            }
        }
        return false;
    }
}
