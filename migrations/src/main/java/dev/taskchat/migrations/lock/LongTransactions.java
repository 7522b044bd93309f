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
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
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

        /** This policy with another limit on the wait ({@code --wait-for-transactions}). */
        public Policy withAtMost(Duration wait) {
            return new Policy(longerThan, wait);
        }
    }

    /** A table a script is about to lock in a mode that makes writes wait. */
    private record Wanted(String table, LockMode mode, String script) {}

    /** A holder that conflicts with what a script wants, and how long it is known to have held on. */
    private record LongHolder(LockHolders.Holder holder, Wanted wanted, long ageMillis) {

        String describe() {
            return holder.describe(wanted.table())
                    + (holder.visible()
                            ? ""
                            : "; held for at least " + LockHolders.seconds(ageMillis) + " while watched");
        }
    }

    private static final Duration POLL = Duration.ofMillis(250);

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

    /**
     * A holder's age is the larger of its transaction's age and how long this wait has seen it (the only
     * measure for another role's session when PostgreSQL hides its transaction start). Young holders are looked
     * at again once the youngest would count as long; whatever is still young then is taken to be short.
     */
    private void await(Connection connection, Map<String, Wanted> wanted) throws SQLException, InterruptedException {
        long started = System.nanoTime();
        Map<String, Long> firstSeen = new HashMap<>();
        boolean lookedAgain = false;
        boolean announced = false;
        while (true) {
            long now = System.nanoTime();
            List<LongHolder> conflicting = new ArrayList<>();
            for (LockHolders.Holder holder : LockHolders.read(connection, wanted.keySet())) {
                Wanted table = wanted.get(holder.relation());
                if (table.mode().conflictsWith(holder.mode())) {
                    long seen = (now - firstSeen.computeIfAbsent(holder.pid() + "/" + holder.transaction(), key -> now))
                            / 1_000_000;
                    conflicting.add(new LongHolder(holder, table, Math.max(holder.openMillis(), seen)));
                }
            }
            List<LongHolder> longOnes = conflicting.stream()
                    .filter(holder -> holder.ageMillis() >= policy.longerThan().toMillis())
                    .toList();
            if (longOnes.isEmpty()) {
                if (conflicting.isEmpty() || lookedAgain) {
                    if (announced) {
                        log.accept("  the long transactions ended after " + LockHolders.seconds(elapsedMillis(started))
                                + "; going on");
                    }
                    return;
                }
                long youngest = conflicting.stream()
                        .mapToLong(LongHolder::ageMillis)
                        .min()
                        .orElse(0);
                Thread.sleep(policy.longerThan().toMillis() - youngest + 50);
                lookedAgain = true;
                continue;
            }
            if (!announced) {
                log.accept("  waiting for long transactions to end before " + describe(longOnes) + " (up to "
                        + LockHolders.seconds(policy.atMost().toMillis()) + "):");
                longOnes.forEach(holder -> log.accept("    " + holder.describe()));
                announced = true;
            }
            if (elapsedMillis(started) >= policy.atMost().toMillis()) {
                throw new MigrationsException(giveUpMessage(longOnes, elapsedMillis(started)));
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    /**
     * The strongest write-blocking lock the scripts ask for, per table, first script first. A lock whose table
     * the statement does not show (see {@link Lock#relation()}) cannot be checked; the log says so.
     */
    private Map<String, Wanted> wanted(List<MigrationScript> scripts) {
        Map<String, Wanted> wanted = new LinkedHashMap<>();
        for (MigrationScript script :
                scripts.stream().sorted(MigrationScript.BY_VERSION).toList()) {
            for (Lock lock : locks(script)) {
                if (!lock.mode().blocksWrites()) {
                    continue;
                }
                if (lock.relation() == null) {
                    log.accept("  " + script.name() + " takes " + lock.describe()
                            + ": which table is not known before it runs, so no check for long transactions");
                    continue;
                }
                Wanted earlier = wanted.get(lock.relation());
                if (earlier == null || lock.mode().compareTo(earlier.mode()) > 0) {
                    wanted.put(lock.relation(), new Wanted(lock.table(), lock.mode(), script.name()));
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

    /** "V11__x.sql takes ACCESS EXCLUSIVE on tasks", for the tables the long transactions hold. */
    private static String describe(List<LongHolder> holders) {
        return holders.stream()
                .map(LongHolder::wanted)
                .distinct()
                .map(w -> w.script() + " takes " + w.mode().sql() + " on " + w.table())
                .collect(Collectors.joining(", "));
    }

    private static String giveUpMessage(List<LongHolder> holders, long waitedMillis) {
        return "Waited " + LockHolders.seconds(waitedMillis) + " for long transactions to end; nothing more was "
                + "applied. " + describe(holders) + ": queued behind these transactions, that request would stall "
                + "every query on the table:\n  "
                + holders.stream().map(LongHolder::describe).collect(Collectors.joining("\n  "))
                + "\nEnd them (COMMIT or ROLLBACK in their session, or select pg_terminate_backend(pid)) and run "
                + "migrate again.";
    }

    private static long elapsedMillis(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
