package dev.taskchat.persistence.mapping;

import java.sql.SQLException;

/** Reads PostgreSQL's SQLSTATE out of whatever exception JPA wrapped it in. */
public final class DatabaseErrors {
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String DATA_EXCEPTION_CLASS = "22";

    private DatabaseErrors() {}

    public static boolean isUniqueViolation(Throwable failure) {
        String state = sqlState(failure);
        return UNIQUE_VIOLATION.equals(state);
    }

    /** A value PostgreSQL could not take as its type (SQLSTATE class 22), e.g. a malformed timestamp. */
    public static boolean isDataException(Throwable failure) {
        String state = sqlState(failure);
        return state != null && state.startsWith(DATA_EXCEPTION_CLASS);
    }

    private static String sqlState(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}
