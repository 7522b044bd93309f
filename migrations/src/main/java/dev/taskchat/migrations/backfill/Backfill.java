package dev.taskchat.migrations.backfill;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One data migration, run in batches of consecutive keys.
 *
 * @param name how operators name it on the command line and how its progress is stored
 * @param table the table it walks, e.g. {@code tasks}
 * @param keyColumn a unique, not-null bigint column to walk the table by, normally the primary key
 * @param batchUpdate the statement for one batch, with exactly two parameters: the key the batch starts after
 *     (exclusive) and its last key (inclusive), e.g.
 *     {@code update tasks set state = ... where id > ? and id <= ? and state is null}. It should leave rows
 *     that are already right alone, so that rows written meanwhile by the application (or by a dual-write
 *     trigger) are not touched again.
 */
public record Backfill(String name, String table, String keyColumn, String batchUpdate) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,62}");
    // table and key column go into SQL as written: plain (optionally schema-qualified) identifiers only
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)?");

    public Backfill {
        Objects.requireNonNull(batchUpdate, "batchUpdate");
        require(NAME, name, "name");
        require(IDENTIFIER, table, "table");
        require(IDENTIFIER, keyColumn, "keyColumn");
        long parameters = batchUpdate.chars().filter(c -> c == '?').count();
        if (parameters != 2) {
            throw new IllegalArgumentException("the batch update of " + name
                    + " needs exactly two parameters (after key, last key), has " + parameters);
        }
    }

    private static void require(Pattern pattern, String value, String what) {
        if (value == null || !pattern.matcher(value).matches()) {
            throw new IllegalArgumentException("invalid backfill " + what + ": " + value);
        }
    }
}
