package dev.taskchat.migrations;

/**
 * A migration step failed. The message is Flyway's explanation (which script, which statement, what
 * PostgreSQL said) and is meant to be shown to the operator as it is.
 */
public class MigrationsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MigrationsException(String message) {
        super(message);
    }

    public MigrationsException(String message, Throwable cause) {
        super(message, cause);
    }
}
