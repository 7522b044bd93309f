package dev.taskchat.migrations.plan;

/**
 * A lock a statement takes on a table.
 *
 * @param note how long it is held, when that is the point ("metadata only", "for the whole scan")
 */
public record Lock(LockMode mode, String table, String note) {

    public String describe() {
        return mode.sql() + " on " + table + (note.isEmpty() ? "" : " (" + note + ")");
    }
}
