package dev.taskchat.migrations.plan;

/**
 * A lock a statement takes on a table.
 *
 * @param table the table as the plan shows it ("tasks", "the table of tasks_due_idx")
 * @param note how long it is held, when that is the point ("metadata only", "for the whole scan")
 * @param relation what PostgreSQL can resolve to the locked table: its name, or the name of an index on it
 *     (a {@code DROP INDEX} names only the index); null when the statement's table could not be read
 */
public record Lock(LockMode mode, String table, String note, String relation) {

    /** A lock on a table known by name. */
    public Lock(LockMode mode, String table, String note) {
        this(mode, table, note, table);
    }

    public String describe() {
        return mode.sql() + " on " + table + (note.isEmpty() ? "" : " (" + note + ")");
    }
}
