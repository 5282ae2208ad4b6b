package org.prossima.api.error;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Whether a failure is the database being away rather than a fault of the request or of the service: no connection
 * could be had (the pool's wait ran out, the server is down or restarting) or a statement ran past its timeout. Such
 * a request is answered 503 with {@code Retry-After}: trying again later is the right thing for the caller to do.
 */
public final class DatabaseUnavailable {

    private DatabaseUnavailable() {
    }

    /** True when the failure, or one of its causes, says the database cannot be reached or answered too late. */
    public static boolean causes(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException // CannotGetJdbcConnectionException among them
                    || cause instanceof QueryTimeoutException
                    || cause instanceof TransientDataAccessResourceException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && unavailable(sql.getSQLState())) {
                return true;
            }
            if (cause.getCause() == cause) {
                return false;
            }
        }
        return false;
    }

    /** Which failure it was, for the log: its kind and SQLState, never its message (it may quote SQL or values). */
    static String summary(Throwable failure) {
        StringBuilder summary = new StringBuilder(failure.getClass().getSimpleName());
        for (Throwable cause = failure.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            summary.append(" <- ").append(cause.getClass().getSimpleName());
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                summary.append(" (SQLState ").append(sql.getSQLState()).append(')');
            }
        }
        return summary.toString();
    }

    /**
     * PostgreSQL's SQLStates for a connection lost or refused (class 08), a statement cancelled by its timeout
     * (57014), the server shutting down (57P01, 57P02) or not yet accepting connections (57P03).
     */
    static boolean unavailable(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.equals("57014")
                || sqlState.equals("57P01") || sqlState.equals("57P02") || sqlState.equals("57P03"));
    }
}
