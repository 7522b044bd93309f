package dev.taskchat.migrations.lock;

import dev.taskchat.migrations.Migrations;
import dev.taskchat.migrations.MigrationsException;
import dev.taskchat.migrations.plan.Lock;
import dev.taskchat.migrations.plan.LockLevels;
import dev.taskchat.migrations.plan.LockMode;
import dev.taskchat.migrations.script.MigrationScript;
import dev.taskchat.migrations.sql.CommandParser;
import dev.taskchat.migrations.sql.SqlSplitter;
import dev.taskchat.migrations.sql.SqlStatement;
import dev.taskchat.migrations.sql.SqlSyntaxException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Waits, before scripts whose DDL makes the application's writes wait (SHARE or stronger on a table), until no
 * other session holds a conflicting lock on those tables in a transaction open longer than a threshold.
 *
 * <p>Why: the DDL's request would queue behind such a transaction, and every query on the table, reads
 * included, would queue behind the request, for as long as the script's {@code lock_timeout}, once per retry.
 * Measured (docs/PERFORMANCE.md): a reader that kept a transaction on {@code tasks} open for 8 s stalled all
 * writes for 5 s, then 1.5 s more on the retry. Waiting here instead costs the application nothing.
 *
 * <p>A transaction younger than the threshold may be the first moments of a long one: it is looked at again
 * once it would be old enough; short ones are gone by then. A transaction that starts after the look still
 * meets the script's {@code lock_timeout} and {@link RetryingMigrate}'s retry, which looks again first.
 */
public final class LongTransactions {

    /**
     * How long a transaction must have been open to count as long, and how long {@code migrate} waits for the
     * long ones to end before it gives up, naming them.
     */
    public record Policy(Duration longerThan, Duration atMost) {

        /** Transactions open 1 s or more; wait up to 2 minutes. */
        public static final Policy DEFAULT = new Policy(Duration.ofSeconds(1), Duration.ofMinutes(2));

        public Policy {
            Objects.requireNonNull(longerThan, "longerThan");
            Objects.requireNonNull(atMost, "atMost");
            if (longerThan.isNegative() || atMost.isNegative()) {
                throw new IllegalArgumentException("durations must not be negative");
            }
        }
    }

    /** A table a script is about to lock in a mode that makes writes wait. */
    private record Wanted(String table, LockMode mode, String script) {}

    /** A granted lock on one of those tables, in another session's open transaction. */
    private record Holder(
            int pid, LockMode mode, String table, String application, String state, long openMillis, String query) {

        String describe() {
            return "pid " + pid + (application.isEmpty() ? "" : " (" + application + ")") + ", " + state
                    + ", transaction open " + seconds(openMillis) + ", holds " + mode.sql() + " on " + table
                    + (query.isEmpty() ? "" : "; last statement: " + query);
        }
    }

    private static final Pattern TABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*(\\.[A-Za-z_][A-Za-z0-9_$]*)?");
    private static final Duration POLL = Duration.ofMillis(250);
    private static final int QUERY_SHOWN = 100;

    private final Migrations migrations;
    private final Policy policy;
    private final Consumer<String> log;

    /** {@code log} receives what {@code migrate} waits for, and when the wait ends. */
    public LongTransactions(Migrations migrations, Policy policy, Consumer<String> log) {
        this.migrations = Objects.requireNonNull(migrations, "migrations");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.log = Objects.requireNonNull(log, "log");
    }

    /**
     * Returns once no long transaction holds a lock that the scripts' write-blocking locks would queue behind;
     * at once when the scripts take no such lock.
     *
     * @throws MigrationsException when long transactions still hold them after {@link Policy#atMost()}
     */
    public void awaitNone(List<MigrationScript> scripts) {
        Map<String, Wanted> wanted = wanted(scripts);
        if (wanted.isEmpty()) {
            return;
        }
        try (Connection connection = migrations.openConnection()) {
            await(connection, wanted);
        } catch (SQLException e) {
            throw new MigrationsException(
                    "cannot read the locks held on the tables to migrate: " + Migrations.redact(e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MigrationsException("migrate: interrupted while waiting for long transactions", e);
        }
    }

    private void await(Connection connection, Map<String, Wanted> wanted) throws SQLException, InterruptedException {
        long started = System.nanoTime();
        boolean lookedAgain = false;
        boolean announced = false;
        while (true) {
            List<Holder> holders = holders(connection, wanted);
            List<Holder> longOnes = holders.stream()
                    .filter(holder -> holder.openMillis() >= policy.longerThan().toMillis())
                    .toList();
            if (longOnes.isEmpty()) {
                if (holders.isEmpty() || lookedAgain) {
                    if (announced) {
                        log.accept("  the long transactions ended after " + seconds(elapsedMillis(started))
                                + "; going on");
                    }
                    return;
                }
                // young holders: look again when the oldest of them would count as long
                long oldest =
                        holders.stream().mapToLong(Holder::openMillis).max().orElse(0);
                Thread.sleep(policy.longerThan().toMillis() - oldest + 50);
                lookedAgain = true;
                continue;
            }
            if (!announced) {
                log.accept("  waiting for long transactions to end before " + describe(wanted, longOnes) + " (up to "
                        + seconds(policy.atMost().toMillis()) + "):");
                longOnes.forEach(holder -> log.accept("    " + holder.describe()));
                announced = true;
            }
            if (elapsedMillis(started) >= policy.atMost().toMillis()) {
                throw new MigrationsException(giveUpMessage(wanted, longOnes, elapsedMillis(started)));
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    /** The strongest write-blocking lock each script asks for, per table, first script first. */
    private static Map<String, Wanted> wanted(List<MigrationScript> scripts) {
        Map<String, Wanted> wanted = new LinkedHashMap<>();
        for (MigrationScript script :
                scripts.stream().sorted(MigrationScript.BY_VERSION).toList()) {
            for (Lock lock : locks(script)) {
                if (lock.mode().blocksWrites()
                        && TABLE_NAME.matcher(lock.table()).matches()) {
                    Wanted earlier = wanted.get(lock.table());
                    if (earlier == null || lock.mode().compareTo(earlier.mode()) > 0) {
                        wanted.put(lock.table(), new Wanted(lock.table(), lock.mode(), script.name()));
                    }
                }
            }
        }
        return wanted;
    }

    private static List<Lock> locks(MigrationScript script) {
        List<Lock> locks = new ArrayList<>();
        try {
            for (SqlStatement statement : SqlSplitter.split(script.text())) {
                locks.addAll(LockLevels.of(statement, CommandParser.parse(statement)));
            }
        } catch (SqlSyntaxException e) {
            // Flyway reports the script itself when it runs it
        }
        return locks;
    }

    private static List<Holder> holders(Connection connection, Map<String, Wanted> wanted) throws SQLException {
        Map<String, Holder> holders = new LinkedHashMap<>(); // one line per session and table
        try (PreparedStatement query = connection.prepareStatement("""
                select wanted.name, l.pid, l.mode, coalesce(a.application_name, ''), coalesce(a.state, ''),
                       (extract(epoch from clock_timestamp() - a.xact_start) * 1000)::bigint, coalesce(a.query, '')
                from unnest(?::text[]) as wanted(name)
                join pg_locks l on l.locktype = 'relation' and l.relation = to_regclass(wanted.name)
                join pg_stat_activity a on a.pid = l.pid
                where l.granted and l.pid <> pg_backend_pid() and a.xact_start is not null
                order by a.xact_start, l.pid""")) {
            Array names = connection.createArrayOf("text", wanted.keySet().toArray());
            query.setArray(1, names);
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    Wanted table = wanted.get(result.getString(1));
                    LockMode held = LockMode.fromPgLocks(result.getString(3)).orElse(null);
                    if (held != null && table.mode().conflictsWith(held)) {
                        holders.putIfAbsent(
                                result.getInt(2) + " " + table.table(),
                                new Holder(
                                        result.getInt(2),
                                        held,
                                        table.table(),
                                        result.getString(4),
                                        result.getString(5),
                                        result.getLong(6),
                                        shortened(result.getString(7))));
                    }
                }
            }
        }
        return List.copyOf(holders.values());
    }

    /** "V11__x.sql takes ACCESS EXCLUSIVE on tasks", for the tables the long transactions hold. */
    private static String describe(Map<String, Wanted> wanted, List<Holder> holders) {
        return holders.stream()
                .map(Holder::table)
                .distinct()
                .map(wanted::get)
                .map(w -> w.script() + " takes " + w.mode().sql() + " on " + w.table())
                .collect(Collectors.joining(", "));
    }

    private String giveUpMessage(Map<String, Wanted> wanted, List<Holder> holders, long waitedMillis) {
        return "Waited " + seconds(waitedMillis) + " for long transactions to end; nothing more was applied. "
                + describe(wanted, holders) + ": queued behind these transactions, that request would stall every "
                + "query on the table:\n  "
                + holders.stream().map(Holder::describe).collect(Collectors.joining("\n  "))
                + "\nEnd them (COMMIT or ROLLBACK in their session, or select pg_terminate_backend(pid)) and run "
                + "migrate again.";
    }

    private static String shortened(String query) {
        String oneLine = query.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= QUERY_SHOWN ? oneLine : oneLine.substring(0, QUERY_SHOWN) + "…";
    }

    private static long elapsedMillis(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    private static String seconds(long millis) {
        return millis >= 120_000 ? (millis / 60_000) + " min" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
