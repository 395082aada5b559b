package org.draftingdesk.database;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Tells a failure caused by the database being out of reach (refused or broken connections, a
 * server shutting down, no pooled connection within the acquisition timeout) from any other
 * failure. Such a failure is the client's cue to try again shortly: 503 with {@code Retry-After}.
 */
public final class DatabaseOutage {

    /** Seconds a client is asked to wait before trying again. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private DatabaseOutage() {}

    public static boolean causedBy(Throwable failure) {
        return causedBy(failure, 0);
    }

    /** Follows causes and suppressed failures: a failed commit keeps the broken connection's error there. */
    private static boolean causedBy(Throwable failure, int depth) {
        int steps = depth;
        for (Throwable t = failure; t != null && steps < 32; t = t.getCause(), steps++) {
            if (t instanceof JDBCConnectionException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && (connectionState(sql.getSQLState()) || poolTimeout(sql))) {
                return true;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (causedBy(suppressed, steps + 1)) {
                    return true;
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /**
     * SQLSTATE class 08 (connection exception) and the server going away: 57P01 admin shutdown,
     * 57P02 crash shutdown, 57P03 cannot connect now (starting up or recovering).
     */
    private static boolean connectionState(String state) {
        return state != null
                && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03"));
    }

    /** Agroal signals an acquisition timeout by a plain SQLException without SQLSTATE. */
    private static boolean poolTimeout(SQLException e) {
        String message = e.getMessage();
        return e.getSQLState() == null
                && message != null
                && message.toLowerCase(Locale.ROOT).contains("acquisition timeout");
    }
}
