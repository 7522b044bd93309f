package dev.taskchat.migrations.lock;

import dev.taskchat.migrations.script.MigrationScript;
import dev.taskchat.migrations.sql.Command;
import dev.taskchat.migrations.sql.CommandParser;
import dev.taskchat.migrations.sql.SqlSplitter;
import dev.taskchat.migrations.sql.SqlStatement;
import dev.taskchat.migrations.sql.SqlSyntaxException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What a failed non-transactional script ({@code -- transactional: false}) leaves behind, removed before it
 * runs again. Its statements ran one by one, so a failure does not roll anything back:
 *
 * <ul>
 *   <li>a {@code CREATE INDEX CONCURRENTLY} that failed leaves an INVALID index, which the script's own
 *       {@code IF NOT EXISTS} would then skip, shipping an index that is never used (and, if unique, still
 *       enforced on writes). It is dropped, concurrently, so the build starts again from scratch;
 *   <li>Flyway records the failed migration in its history, and refuses every later {@code migrate} until
 *       that row is gone. Its advice is {@code repair}, which would also rewrite the checksums of edited
 *       scripts and so hide an edit; instead exactly that one failed row is deleted. This is safe because lint
 *       only lets statements into a non-transactional script that can run twice ({@code not-rerunnable}), and
 *       the only thing that cannot, a half-built index, has just been dropped.
 * </ul>
 *
 * Transactional scripts need none of this: PostgreSQL rolls back their DDL, and Flyway records nothing.
 */
final class Leftovers {

    private static final String HISTORY = "flyway_schema_history";

    private Leftovers() {}

    /**
     * Cleans up after the non-transactional scripts among {@code unapplied} (pending or failed); returns one
     * line per thing removed.
     */
    static List<String> cleanUp(Connection connection, List<MigrationScript> unapplied) throws SQLException {
        List<String> done = new ArrayList<>();
        for (MigrationScript script : unapplied) {
            if (script.header().transactional()) {
                continue;
            }
            for (String index : concurrentIndexes(script)) {
                if (isInvalid(connection, index)) {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("drop index concurrently if exists " + index);
                    }
                    done.add("dropped INVALID index " + index + " left by a failed run of " + script.name());
                }
            }
            if (deleteFailedRow(connection, script.version())) {
                done.add("removed the failed run of " + script.name() + " from " + HISTORY);
            }
        }
        return done;
    }

    /** The names of the indexes the script builds concurrently, as written (possibly schema-qualified). */
    static List<String> concurrentIndexes(MigrationScript script) {
        List<String> names = new ArrayList<>();
        List<SqlStatement> statements;
        try {
            statements = SqlSplitter.split(script.text());
        } catch (SqlSyntaxException e) {
            return names; // lint rejects such a script; Flyway will report the error itself
        }
        for (SqlStatement statement : statements) {
            if (CommandParser.parse(statement) instanceof Command.CreateIndex index
                    && index.concurrently()
                    && index.name() != null) {
                names.add(index.name());
            }
        }
        return names;
    }

    private static boolean isInvalid(Connection connection, String index) throws SQLException {
        try (PreparedStatement query =
                connection.prepareStatement("select not indisvalid from pg_index where indexrelid = to_regclass(?)")) {
            query.setString(1, index);
            try (ResultSet result = query.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private static boolean deleteFailedRow(Connection connection, String version) throws SQLException {
        try (PreparedStatement exists = connection.prepareStatement("select to_regclass(?) is not null")) {
            exists.setString(1, HISTORY);
            try (ResultSet result = exists.executeQuery()) {
                if (!result.next() || !result.getBoolean(1)) {
                    return false;
                }
            }
        }
        try (PreparedStatement delete =
                connection.prepareStatement("delete from " + HISTORY + " where version = ? and not success")) {
            delete.setString(1, version);
            return delete.executeUpdate() > 0;
        }
    }
}
