package dev.taskchat.migrations.sql;

/** A script cannot be split into statements: an unterminated string, comment or dollar-quoted body. */
public class SqlSyntaxException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int line;

    public SqlSyntaxException(int line, String message) {
        super(message);
        this.line = line;
    }

    /** The line the unterminated construct starts on. */
    public int line() {
        return line;
    }
}
