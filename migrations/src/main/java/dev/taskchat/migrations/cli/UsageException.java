package dev.taskchat.migrations.cli;

/** The command line cannot be understood; the message says why, the usage text follows it. */
final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
