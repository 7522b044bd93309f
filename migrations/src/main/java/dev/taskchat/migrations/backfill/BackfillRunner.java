package dev.taskchat.migrations.backfill;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Runs a {@link Backfill}: walks its table in key order, one batch of {@code batchSize} keys per transaction,
 * and records in {@code backfill_progress} (same transaction) the last key done. A run that is stopped, by an
 * operator or a failure, loses at most its current batch, which was rolled back; the next run starts after
 * the last committed one, so no batch is applied twice.
 *
 * <p>Each batch locks the backfill's progress row first ({@code FOR UPDATE}): two runs of the same backfill
 * take turns batch by batch instead of doing the same keys twice.
 */
public final class BackfillRunner {

    /** Opens a new connection to the database; the runner closes it. */
    @FunctionalInterface
    public interface ConnectionSource {
        Connection open() throws SQLException;
    }

    /** Called after each committed batch; tests stop a run here by throwing. */
    @FunctionalInterface
    public interface BatchListener {
        void committed(Batch batch);
    }

    /**
     * @param batchSize keys per batch and transaction
     * @param pause the wait between batches, leaving room for the application's own writes and for replicas
     */
    public record Settings(int batchSize, Duration pause) {
        public static final Settings DEFAULT = new Settings(1000, Duration.ofMillis(100));

        public Settings {
            if (batchSize < 1) {
                throw new IllegalArgumentException("batch size must be at least 1, not " + batchSize);
            }
            if (pause.isNegative()) {
                throw new IllegalArgumentException("pause must not be negative");
            }
        }
    }

    /** One committed batch: the keys after {@code afterKey} up to {@code lastKey}. */
    public record Batch(int number, long afterKey, long lastKey, long rows, long rowsUpdated) {}

    /**
     * @param rowsDone rows covered, earlier runs included
     * @param rowsUpdated rows the batch updates changed, earlier runs included
     * @param batches batches committed by this run
     * @param alreadyFinished true when an earlier run had finished it: this run did nothing
     */
    public record Result(long rowsDone, long rowsUpdated, int batches, boolean alreadyFinished) {}

    // a batch that waits for a row lock held by the application gives up instead of queueing behind it
    private static final String LOCK_TIMEOUT = "5s";

    private final ConnectionSource connections;
    private final Settings settings;
    private final Consumer<String> log;
    private final BatchListener listener;

    public BackfillRunner(ConnectionSource connections, Settings settings, Consumer<String> log) {
        this(connections, settings, log, batch -> {});
    }

    public BackfillRunner(
            ConnectionSource connections, Settings settings, Consumer<String> log, BatchListener listener) {
        this.connections = Objects.requireNonNull(connections, "connections");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.log = Objects.requireNonNull(log, "log");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    public Result run(Backfill backfill) throws SQLException {
        try (Connection connection = connections.open()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("set lock_timeout = '" + LOCK_TIMEOUT + "'");
            }
            connection.setAutoCommit(false);
            try {
                return run(connection, backfill);
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private Result run(Connection connection, Backfill backfill) throws SQLException {
        Progress start = start(connection, backfill.name());
        if (start.finished()) {
            log.accept("Backfill " + backfill.name() + " already finished (" + start.rowsDone()
                    + " rows); nothing to do.");
            return new Result(start.rowsDone(), start.rowsUpdated(), 0, true);
        }
        long total = count(connection, backfill);
        log.accept("Backfill " + backfill.name() + " on " + backfill.table() + ": " + total + " rows, batches of "
                + settings.batchSize()
                + (start.lastKey() == null
                        ? ""
                        : "; resuming after " + backfill.keyColumn() + " " + start.lastKey() + " (" + start.rowsDone()
                                + " rows done before)"));
        long startedAt = System.nanoTime();
        Progress progress = start;
        int batches = 0;
        while (true) {
            progress = lockProgress(connection, backfill.name());
            if (progress.finished()) {
                connection.commit(); // finished meanwhile by another run of the same backfill
                break;
            }
            long after = progress.lastKey() == null ? Long.MIN_VALUE : progress.lastKey();
            long[] bounds = nextBatch(connection, backfill, after);
            if (bounds[1] == 0) {
                finish(connection, backfill.name());
                connection.commit();
                break;
            }
            long updated = update(connection, backfill, after, bounds[0]);
            progress = record(connection, backfill.name(), bounds[0], bounds[1], updated);
            connection.commit();
            batches++;
            log.accept(ProgressLine.format(
                    backfill.name(),
                    progress.rowsDone(),
                    Math.max(total, progress.rowsDone()),
                    progress.rowsDone() - start.rowsDone(),
                    Duration.ofNanos(System.nanoTime() - startedAt)));
            listener.committed(new Batch(batches, after, bounds[0], bounds[1], updated));
            pause();
        }
        log.accept("Backfill " + backfill.name() + " finished: " + progress.rowsDone() + " rows, "
                + progress.rowsUpdated() + " updated, " + batches + " batches in this run.");
        return new Result(progress.rowsDone(), progress.rowsUpdated(), batches, false);
    }

    /** Creates the progress row on the first run; returns it. */
    private static Progress start(Connection connection, String name) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into backfill_progress (name, started_at, updated_at) values (?, now(), now())
                on conflict (name) do nothing""")) {
            insert.setString(1, name);
            insert.executeUpdate();
        }
        Progress progress = read(connection, name, "");
        connection.commit();
        return progress;
    }

    private static Progress lockProgress(Connection connection, String name) throws SQLException {
        return read(connection, name, " for update");
    }

    private static Progress read(Connection connection, String name, String lock) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select last_key, rows_done, rows_updated, finished_at is not null from backfill_progress"
                        + " where name = ?" + lock)) {
            select.setString(1, name);
            try (ResultSet result = select.executeQuery()) {
                if (!result.next()) {
                    throw new SQLException("no progress row for backfill " + name);
                }
                Long lastKey = result.getObject(1) == null ? null : result.getLong(1);
                return new Progress(lastKey, result.getLong(2), result.getLong(3), result.getBoolean(4));
            }
        }
    }

    private static long count(Connection connection, Backfill backfill) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select count(*) from " + backfill.table())) {
            result.next();
            long count = result.getLong(1);
            connection.commit();
            return count;
        }
    }

    /** The last key and the number of keys of the next batch ({@code {0, 0}} when none is left). */
    private long[] nextBatch(Connection connection, Backfill backfill, long after) throws SQLException {
        String key = backfill.keyColumn();
        try (PreparedStatement select = connection.prepareStatement("select max(" + key + "), count(*) from (select "
                + key + " from " + backfill.table() + " where " + key + " > ? order by " + key + " limit ?) batch")) {
            select.setLong(1, after);
            select.setInt(2, settings.batchSize());
            try (ResultSet result = select.executeQuery()) {
                result.next();
                return new long[] {result.getLong(1), result.getLong(2)};
            }
        }
    }

    private static long update(Connection connection, Backfill backfill, long after, long last) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(backfill.batchUpdate())) {
            update.setLong(1, after);
            update.setLong(2, last);
            return update.executeLargeUpdate();
        }
    }

    private static Progress record(Connection connection, String name, long lastKey, long rows, long updated)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                update backfill_progress
                set last_key = ?, rows_done = rows_done + ?, rows_updated = rows_updated + ?, updated_at = now()
                where name = ?
                returning last_key, rows_done, rows_updated""")) {
            update.setLong(1, lastKey);
            update.setLong(2, rows);
            update.setLong(3, updated);
            update.setString(4, name);
            try (ResultSet result = update.executeQuery()) {
                result.next();
                return new Progress(result.getLong(1), result.getLong(2), result.getLong(3), false);
            }
        }
    }

    private static void finish(Connection connection, String name) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "update backfill_progress set finished_at = now(), updated_at = now() where name = ?")) {
            update.setString(1, name);
            update.executeUpdate();
        }
    }

    private void pause() {
        if (settings.pause().isZero()) {
            return;
        }
        try {
            Thread.sleep(settings.pause().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("backfill interrupted; it resumes after its last committed batch", e);
        }
    }

    /** A backfill's row in {@code backfill_progress}; {@code lastKey} is null before the first batch. */
    private record Progress(Long lastKey, long rowsDone, long rowsUpdated, boolean finished) {}
}
