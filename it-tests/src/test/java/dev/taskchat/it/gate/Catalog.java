package dev.taskchat.it.gate;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the migrations built in the public schema, as sorted lines that two databases can be compared by:
 * columns (type, nullability, default, identity), constraints (definition, validated), indexes, triggers and
 * functions (by a digest of their source). Data is not part of it, nor Flyway's history rows.
 */
public final class Catalog {

    private static final Map<String, String> QUERIES = Map.of(
            "column",
            """
            select table_name, column_name, data_type, is_nullable, coalesce(column_default, ''), is_identity
              from information_schema.columns where table_schema = 'public'""",
            "constraint",
            """
            select conrelid::regclass::text, conname, pg_get_constraintdef(oid), convalidated
              from pg_constraint where connamespace = 'public'::regnamespace""",
            "index",
            "select tablename, indexname, indexdef from pg_indexes where schemaname = 'public'",
            "trigger",
            "select tgrelid::regclass::text, tgname, pg_get_triggerdef(oid) from pg_trigger where not tgisinternal",
            "function",
            """
            select proname, pg_get_function_identity_arguments(oid), md5(prosrc)
              from pg_proc where pronamespace = 'public'::regnamespace""");

    private Catalog() {}

    /** The catalog of the database at {@code jdbcUrl}, one sorted list of lines per kind of object. */
    public static Map<String, List<String>> read(String jdbcUrl, String user, String password) throws SQLException {
        Map<String, List<String>> catalog = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
                Statement statement = connection.createStatement()) {
            for (Map.Entry<String, String> query : QUERIES.entrySet()) {
                List<String> lines = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery(query.getValue())) {
                    ResultSetMetaData meta = rows.getMetaData();
                    while (rows.next()) {
                        List<String> values = new ArrayList<>();
                        for (int column = 1; column <= meta.getColumnCount(); column++) {
                            values.add(String.valueOf(rows.getObject(column)));
                        }
                        lines.add(String.join(" | ", values));
                    }
                }
                lines.sort(null);
                catalog.put(query.getKey(), lines);
            }
        }
        return catalog;
    }

    /** Row counts of every table in the public schema but Flyway's history and the live instances. */
    public static Map<String, Long> rowCounts(String jdbcUrl, String user, String password) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
                Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("select tablename from pg_tables where schemaname = 'public'"
                    + " and tablename not in ('flyway_schema_history', 'app_instances', 'backfill_progress')")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet count = statement.executeQuery("select count(*) from \"" + table + "\"")) {
                    count.next();
                    counts.put(table, count.getLong(1));
                }
            }
        }
        return counts;
    }
}
