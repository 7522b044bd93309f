package dev.taskchat.migrations.lock;

import dev.taskchat.migrations.plan.LockMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Who holds table locks on some tables right now, in this database: {@code pg_locks} joined with
 * {@code pg_stat_activity}, the asking session left out. Client sessions count; so does an autovacuum that
 * prevents wraparound (it does not give way to DDL, an ordinary one does); a parallel worker is its leader's
 * helper and is left out.
 *
 * <p>Without superuser or {@code pg_read_all_stats}, PostgreSQL hides another role's state, transaction start
 * and statement: those holders come back with {@link Holder#visible()} false, never left out.
 */
final class LockHolders {

    /**
     * A granted lock.
     *
     * @param relation the name asked about (a table, or an index on the table)
     * @param transaction the holder's virtual transaction id: a new transaction of the same session has a new one
     * @param openMillis how long its transaction has been open, or -1 when hidden
     */
    record Holder(
            String relation,
            int pid,
            String transaction,
            LockMode mode,
            String role,
            String application,
            String state,
            long openMillis,
            String query) {

        boolean visible() {
            return openMillis >= 0;
        }

        /** "pid 4711 (monthly-report, role reports), idle in transaction, transaction open 3.2 s, holds …". */
        String describe(String table) {
            String who = "pid " + pid + " (" + (application.isEmpty() ? "" : application + ", ") + "role " + role + ")";
            String holds = "holds " + mode.sql() + " on " + table;
            if (!visible()) {
                return who + ", " + holds + "; its state and statement are hidden from this role (grant it"
                        + " pg_read_all_stats to see them)";
            }
            return who + ", " + state + ", transaction open " + seconds(openMillis) + ", " + holds
                    + (query.isEmpty() ? "" : "; last statement: " + query);
        }
    }

    private static final int QUERY_SHOWN = 100;

    private LockHolders() {}

    /**
     * The granted locks on the tables {@code relations} name (or on the tables of the indexes they name). A name
     * is as PostgreSQL stores it ("tasks", "Mixed Case", "public.tasks"), the way the script parser gives it.
     */
    static List<Holder> read(Connection connection, Collection<String> relations) throws SQLException {
        List<Holder> holders = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                select wanted.name, l.pid, l.virtualtransaction, l.mode, coalesce(a.usename, ''),
                       coalesce(a.application_name, ''), coalesce(a.state, ''),
                       coalesce((extract(epoch from clock_timestamp() - a.xact_start) * 1000)::bigint, -1),
                       coalesce(a.query, '')
                from unnest(?::text[]) as wanted(name)
                cross join lateral (
                    select to_regclass(array_to_string(array(
                               select quote_ident(part)
                               from unnest(string_to_array(wanted.name, '.')) with ordinality as p(part, n)
                               order by n), '.')) as oid) named
                join pg_locks l
                  on l.locktype = 'relation' and l.granted
                 and l.database = (select oid from pg_database where datname = current_database())
                 and l.relation = coalesce(
                         (select i.indrelid from pg_index i where i.indexrelid = named.oid), named.oid)
                join pg_stat_activity a on a.pid = l.pid
                where l.pid <> pg_backend_pid()
                  and (a.backend_type is null or a.backend_type = 'client backend'
                       or (a.backend_type = 'autovacuum worker' and a.query like '%(to prevent wraparound)%'))
                order by a.xact_start nulls last, l.pid""")) {
            query.setArray(1, connection.createArrayOf("text", relations.toArray()));
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    LockMode mode = LockMode.fromPgLocks(result.getString(4)).orElse(null);
                    if (mode != null) {
                        holders.add(new Holder(
                                result.getString(1),
                                result.getInt(2),
                                result.getString(3),
                                mode,
                                result.getString(5),
                                result.getString(6),
                                result.getString(7),
                                result.getLong(8),
                                shortened(result.getString(9))));
                    }
                }
            }
        }
        return holders;
    }

    static String seconds(long millis) {
        return millis < 600_000
                ? String.format(Locale.ROOT, "%.1f s", millis / 1000.0)
                : (millis / 60_000) + " min " + (millis / 1000 % 60) + " s";
    }

    private static String shortened(String query) {
        String oneLine = query.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= QUERY_SHOWN ? oneLine : oneLine.substring(0, QUERY_SHOWN) + "…";
    }
}
