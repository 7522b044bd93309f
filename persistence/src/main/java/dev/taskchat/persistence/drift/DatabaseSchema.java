package dev.taskchat.persistence.drift;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * The tables and columns of the connection's current schema, as {@code information_schema} describes them. A
 * column that a validated {@code CHECK (column IS NOT NULL)} covers counts as NOT NULL: that is how an expand
 * makes a new column required without the long lock of SET NOT NULL, and the contract later turns it into a real
 * NOT NULL (see {@code docs/MIGRATIONS-GUIDE.md}). A NOT VALID check does not count: old rows may still be null.
 */
final class DatabaseSchema {

    /**
     * @param type PostgreSQL's name for it, e.g. {@code bigint}, {@code timestamp with time zone}, or the type's
     *     own name for enums and other user-defined types
     * @param hasDefault a default, an identity or a generated column: an insert may leave it out
     */
    record Column(String type, boolean nullable, boolean hasDefault) {}

    private final Map<String, Map<String, Column>> tables;

    private DatabaseSchema(Map<String, Map<String, Column>> tables) {
        this.tables = tables;
    }

    static DatabaseSchema read(Connection connection) throws SQLException {
        Map<String, Map<String, Column>> tables = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        select c.table_name, c.column_name,
                               case when c.data_type = 'USER-DEFINED' then c.udt_name else c.data_type end,
                               c.is_nullable = 'YES' and not exists (
                                   select 1
                                     from pg_constraint k
                                    where k.conrelid = format('%I.%I', c.table_schema, c.table_name)::regclass
                                      and k.contype = 'c'
                                      and k.convalidated
                                      and pg_get_constraintdef(k.oid)
                                          = format('CHECK ((%s IS NOT NULL))', quote_ident(c.column_name))),
                               c.column_default is not null or c.is_identity = 'YES' or c.is_generated = 'ALWAYS'
                          from information_schema.columns c
                         where c.table_schema = current_schema()""")) {
            while (rows.next()) {
                tables.computeIfAbsent(rows.getString(1), table -> new HashMap<>())
                        .put(rows.getString(2), new Column(rows.getString(3), rows.getBoolean(4), rows.getBoolean(5)));
            }
        }
        return new DatabaseSchema(tables);
    }

    /** The columns of a table by name, or null when there is no such table. */
    Map<String, Column> table(String name) {
        return tables.get(name);
    }
}
