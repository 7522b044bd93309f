package dev.taskchat.migrations;

/**
 * The database could not be reached at all (wrong host or port, server down, bad credentials). Kept apart
 * from {@link MigrationsException} so that tools can print one clear line instead of a stack trace.
 */
public class DatabaseUnreachableException extends MigrationsException {

    private static final long serialVersionUID = 1L;

    public DatabaseUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}
