package dev.taskchat.persistence.mapping;

import java.sql.SQLException;

/** Reads PostgreSQL's SQLSTATE out of whatever exception JPA wrapped it in. */
public final class DatabaseErrors {
    private static final String UNIQUE_VIOLATION = "23505";

    private DatabaseErrors() {}

    public static boolean isUniqueViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
