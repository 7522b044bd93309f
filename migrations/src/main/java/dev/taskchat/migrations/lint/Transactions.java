package dev.taskchat.migrations.lint;

import dev.taskchat.migrations.sql.SqlStatement;
import dev.taskchat.migrations.sql.Token;
import dev.taskchat.migrations.sql.TokenType;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Which statements run outside a transaction, and so which scripts do.
 *
 * <p>Flyway 13 decides per script: a script runs in one transaction unless one of its statements is on
 * Flyway's list of statements PostgreSQL refuses inside a transaction block ({@link #flywayRunsOutside}).
 * {@code Migrations} configures {@code mixed=true}, so such a script runs entirely outside a transaction
 * even when it also holds a SET, and a session-level advisory lock, so that Flyway's own lock is not an open
 * transaction that {@code CREATE INDEX CONCURRENTLY} would wait for forever. The header
 * {@code -- transactional: false} must say so; lint checks that the two agree.
 */
public final class Transactions {

    // the patterns of Flyway 13's PostgreSQLParser.detectCanExecuteInTransaction, matched like Flyway does:
    // against the statement's words, upper case, one space apart
    private static final List<Pattern> FLYWAY_NON_TRANSACTIONAL = List.of(
            Pattern.compile("^(CREATE|DROP) (DATABASE|TABLESPACE|SUBSCRIPTION)"),
            Pattern.compile("^ALTER SYSTEM"),
            Pattern.compile("^(CREATE|DROP)( UNIQUE)? INDEX CONCURRENTLY"),
            Pattern.compile("^REINDEX( VERBOSE)? (SCHEMA|DATABASE|SYSTEM)"),
            Pattern.compile("^VACUUM"),
            Pattern.compile("^DISCARD ALL"),
            Pattern.compile("^ALTER TYPE( .*)? ADD VALUE"));

    // PostgreSQL refuses these inside a transaction too, but Flyway does not recognise them
    private static final Pattern REINDEX_CONCURRENTLY = Pattern.compile("^REINDEX( .*)? CONCURRENTLY");

    private Transactions() {}

    /** Flyway runs a script holding this statement outside a transaction. */
    public static boolean flywayRunsOutside(SqlStatement statement) {
        String words = words(statement);
        return FLYWAY_NON_TRANSACTIONAL.stream()
                .anyMatch(pattern -> pattern.matcher(words).find());
    }

    /** PostgreSQL refuses this statement inside a transaction block. */
    public static boolean cannotRunInside(SqlStatement statement) {
        return flywayRunsOutside(statement)
                || REINDEX_CONCURRENTLY.matcher(words(statement)).find();
    }

    /** Whether Flyway runs these statements, one script, in a transaction. */
    public static boolean scriptRunsInTransaction(List<SqlStatement> statements) {
        return statements.stream().noneMatch(Transactions::flywayRunsOutside);
    }

    private static String words(SqlStatement statement) {
        return statement.tokens().stream()
                .filter(token -> token.type() == TokenType.WORD)
                .map(Token::text)
                .map(text -> text.toUpperCase(Locale.ROOT))
                .collect(Collectors.joining(" "));
    }
}
