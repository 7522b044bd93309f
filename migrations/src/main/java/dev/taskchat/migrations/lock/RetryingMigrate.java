package dev.taskchat.migrations.lock;

import dev.taskchat.migrations.AppliedMigration;
import dev.taskchat.migrations.MigrationInfo;
import dev.taskchat.migrations.Migrations;
import dev.taskchat.migrations.MigrationsException;
import dev.taskchat.migrations.script.MigrationScript;
import dev.taskchat.migrations.sql.Command;
import dev.taskchat.migrations.sql.CommandParser;
import dev.taskchat.migrations.sql.SqlSplitter;
import dev.taskchat.migrations.sql.SqlStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import org.flywaydb.core.internal.exception.FlywayMigrateException;

/**
 * {@code migrate} with lock discipline: when a statement gives up waiting for its lock ({@code lock_timeout},
 * SQLSTATE 55P03) the migration is tried again after a growing pause, each retry announced. A transactional
 * script was rolled back whole by PostgreSQL and simply runs again; before every attempt, what failed
 * non-transactional scripts left behind is removed ({@link Leftovers}).
 *
 * <p>The whole run, cleanup included, holds a session advisory lock of its own, so a second operator waits
 * (printing why) and then finds nothing to do. Flyway's own lock only covers its part: without this one, the
 * second operator's cleanup could take the first one's index build in progress, INVALID until it ends, for a
 * leftover. The lock is polled with {@code pg_try_advisory_lock} rather than waited for: a waiting statement
 * keeps a snapshot open, and {@code CREATE INDEX CONCURRENTLY} waits for every such snapshot to go.
 */
public final class RetryingMigrate {

    /** "taskchat" in ASCII: distinct from Flyway's own advisory lock ids. */
    static final long ADVISORY_LOCK = 0x7461736b63686174L;

    private static final Duration POLL = Duration.ofMillis(500);

    private final Migrations migrations;
    private final LockRetry retry;
    private final Consumer<String> log;
    private final RandomGenerator random = RandomGenerator.getDefault();

    /** {@code log} receives one line per retry, cleanup or wait. */
    public RetryingMigrate(Migrations migrations, LockRetry retry, Consumer<String> log) {
        this.migrations = Objects.requireNonNull(migrations, "migrations");
        this.retry = Objects.requireNonNull(retry, "retry");
        this.log = Objects.requireNonNull(log, "log");
    }

    /** Applies every pending script, as {@link Migrations#migrate()} does; returns what was applied. */
    public List<AppliedMigration> migrate() {
        return run(migrations::migrate);
    }

    /**
     * Runs {@code attempt} (a call that migrates this database: {@link Migrations#migrate()}, a migrate up to a
     * target, a guarded one) under the lock, retrying it on lock timeouts; returns its result.
     */
    public <T> T run(Supplier<T> attempt) {
        migrations.currentVersion(); // an unreachable database fails here, as one readable sentence
        try (Connection lock = migrations.openConnection()) {
            acquire(lock);
            try {
                return runHoldingLock(attempt);
            } finally {
                release(lock);
            }
        } catch (SQLException e) {
            throw new MigrationsException("migrate: " + Migrations.redact(e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MigrationsException("migrate: interrupted", e);
        }
    }

    private <T> T runHoldingLock(Supplier<T> attempt) throws SQLException, InterruptedException {
        for (int number = 1; ; number++) {
            cleanUp();
            try {
                return attempt.get();
            } catch (MigrationsException e) {
                if (!LockTimeouts.isLockTimeout(e)) {
                    throw e;
                }
                // the result of a later, successful attempt lists only what that attempt applied
                appliedBeforeFailure(e)
                        .forEach(m -> log.accept("  applied " + m.version() + " " + m.description() + " ("
                                + m.executionTime().toMillis() + " ms)"));
                if (number >= retry.attempts()) {
                    throw new MigrationsException(giveUpMessage(e, number), e);
                }
                Duration delay = retry.delayBefore(number, random);
                log.accept("  lock timeout in " + which(e) + " (attempt " + number + " of " + retry.attempts()
                        + "); retrying in " + delay.toMillis() + " ms");
                Thread.sleep(delay.toMillis());
            }
        }
    }

    private void cleanUp() throws SQLException {
        Set<String> unapplied = migrations.info().stream()
                .filter(m -> m.state().equals("Pending") || m.state().equals("Failed"))
                .map(MigrationInfo::version)
                .collect(Collectors.toSet());
        List<MigrationScript> scripts = migrations.scripts().stream()
                .filter(script -> unapplied.contains(script.version()))
                .toList();
        try (Connection connection = migrations.openConnection()) {
            Leftovers.cleanUp(connection, scripts).forEach(line -> log.accept("  " + line));
        }
    }

    /** The migrations an attempt committed before one of its later scripts failed. */
    private static List<AppliedMigration> appliedBeforeFailure(MigrationsException failure) {
        Optional<FlywayMigrateException> migrate = LockTimeouts.find(failure, FlywayMigrateException.class);
        if (migrate.isEmpty() || migrate.get().getErrorResult() == null) {
            return List.of();
        }
        String failed = LockTimeouts.version(failure).orElse(null);
        return migrate.get().getErrorResult().migrations.stream()
                .filter(m -> m.version != null && !m.version.isEmpty() && !m.version.equals(failed))
                .map(m -> new AppliedMigration(m.version, m.description, Duration.ofMillis(m.executionTime)))
                .toList();
    }

    private String which(Throwable failure) {
        return LockTimeouts.version(failure)
                .map(version -> "version " + version)
                .orElse("a migration");
    }

    /** Names the statement, the table and, if still there, who holds the lock it waited for. */
    private String giveUpMessage(Throwable failure, int attempts) {
        StringBuilder message = new StringBuilder("Gave up after " + attempts + " attempt" + (attempts == 1 ? "" : "s")
                + ": " + which(failure) + " could not get its lock within lock_timeout (SQLSTATE 55P03).");
        Optional<String> statement = LockTimeouts.statement(failure);
        statement.ifPresent(sql -> message.append("\nStatement: ").append(sql.strip()));
        statement.flatMap(RetryingMigrate::table).ifPresent(table -> {
            message.append("\nLock wanted on table ").append(table).append(holders(table));
        });
        message.append("\nNothing of that migration was kept; run migrate again once the lock is free.");
        return message.toString();
    }

    private String holders(String table) {
        try (Connection connection = migrations.openConnection()) {
            List<String> holders = LockHolders.read(connection, List.of(table)).stream()
                    .map(holder -> holder.describe(table))
                    .toList();
            return holders.isEmpty() ? " (no session holds it now)" : ": " + String.join("; ", holders);
        } catch (SQLException e) {
            return "";
        }
    }

    private static Optional<String> table(String sql) {
        try {
            for (SqlStatement statement : SqlSplitter.split(sql)) {
                Command command = CommandParser.parse(statement);
                if (command instanceof Command.AlterTable alter) {
                    return Optional.of(alter.table());
                } else if (command instanceof Command.CreateIndex index) {
                    return Optional.of(index.table());
                } else if (command instanceof Command.DataChange change) {
                    return Optional.of(change.table());
                }
            }
        } catch (Exception e) {
            // only used to enrich the message
        }
        return Optional.empty();
    }

    private void acquire(Connection connection) throws SQLException, InterruptedException {
        boolean announced = false;
        while (!tryLock(connection)) {
            if (!announced) {
                log.accept("  another migrate is running on this database; waiting for it to finish");
                announced = true;
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
            statement.setLong(1, ADVISORY_LOCK);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private static void release(Connection connection) {
        try (PreparedStatement statement = connection.prepareStatement("select pg_advisory_unlock(?)")) {
            statement.setLong(1, ADVISORY_LOCK);
            statement.execute();
        } catch (SQLException e) {
            // closing the connection ends the session, which releases the lock anyway
        }
    }
}
