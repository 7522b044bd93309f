package dev.taskchat.migrations.lock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.taskchat.migrations.AppliedMigration;
import dev.taskchat.migrations.MigrationInfo;
import dev.taskchat.migrations.Migrations;
import dev.taskchat.migrations.MigrationsException;
import dev.taskchat.migrations.TestServer;
import dev.taskchat.migrations.embedded.EmbeddedDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Lock discipline against a real PostgreSQL: retries on lock_timeout, leftovers, two operators at once. */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class RetryingMigrateTest {

    // the scripts under test set lock_timeout = 200ms; the waits between attempts are 200, 400, 800, 1600 ms
    private static final LockRetry FAST = new LockRetry(6, Duration.ofMillis(200));

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final EmbeddedDatabase server = TestServer.shared();

    private final List<String> log = new CopyOnWriteArrayList<>();

    @Test
    void aScriptThatTimesOutOnItsLockIsRetriedUntilTheLockIsReleased() throws Exception {
        Migrations migrations = migrations("locking");
        migrations.migrate("1");

        List<AppliedMigration> applied;
        try (Connection holder = connect(migrations)) {
            lock(holder, "notes");
            CompletableFuture<Void> release = releaseAfter(holder, Duration.ofSeconds(2));
            applied = retrying(migrations, FAST).migrate();
            release.join();
        }

        assertThat(applied).extracting(AppliedMigration::version).containsExactly("2");
        assertThat(log)
                .filteredOn(line -> line.contains("lock timeout in version 2"))
                .isNotEmpty();
        assertThat(log).allSatisfy(line -> assertThat(line).contains("retrying in"));
        assertThat(columns(migrations, "notes")).contains("author");
    }

    @Test
    void aLockHeldPastEveryAttemptIsAClearFailureNamingTheLock() throws Exception {
        Migrations migrations = migrations("locking");
        migrations.migrate("1");

        try (Connection holder = connect(migrations)) {
            lock(holder, "notes");
            assertThatThrownBy(() -> retrying(migrations, new LockRetry(3, Duration.ofMillis(100)))
                            .migrate())
                    .isInstanceOf(MigrationsException.class)
                    .hasMessageContaining("Gave up after 3 attempts")
                    .hasMessageContaining("version 2 could not get its lock within lock_timeout")
                    .hasMessageContaining("alter table notes add column author text")
                    .hasMessageContaining("Lock wanted on table notes: pid ")
                    .hasMessageContaining("holds ACCESS EXCLUSIVE on notes");
            holder.rollback();
        }
        assertThat(log).hasSize(2);
        assertThat(migrations.currentVersion()).contains("1");
        assertThat(columns(migrations, "notes")).doesNotContain("author");
    }

    @Test
    void aNonTransactionalScriptThatTimedOutIsRetriedDespiteItsFailedHistoryRow() throws Exception {
        Migrations migrations = migrations("locking-concurrent");
        migrations.migrate("1");

        try (Connection holder = connect(migrations)) {
            lock(holder, "notes");
            CompletableFuture<Void> release = releaseAfter(holder, Duration.ofSeconds(2));
            assertThat(retrying(migrations, FAST).migrate())
                    .extracting(AppliedMigration::version)
                    .containsExactly("2");
            release.join();
        }

        // Flyway recorded each timed-out run of the script as failed; each row was removed before the retry
        assertThat(log)
                .filteredOn(line -> line.contains("removed the failed run of V2__index_note_bodies.sql"))
                .isNotEmpty();
        assertThat(migrations.info()).extracting(MigrationInfo::state).containsOnly("Success");
        assertThat(indexIsValid(migrations, "notes_body_idx")).isTrue();
    }

    @Test
    void anInvalidIndexLeftByAFailedConcurrentBuildIsDroppedAndBuiltAgain() throws Exception {
        Migrations migrations = migrations("invalid-index");

        // duplicate codes: the unique build fails half-way, outside a transaction, so nothing is rolled back
        assertThatThrownBy(() -> retrying(migrations, FAST).migrate())
                .isInstanceOf(MigrationsException.class)
                .hasMessageContaining("items_code_key");
        assertThat(indexIsValid(migrations, "items_code_key")).isFalse();
        assertThat(migrations.info()).extracting(MigrationInfo::state).containsExactly("Success", "Failed");
        // without the cleanup, IF NOT EXISTS would skip the INVALID index and Flyway would refuse the failed row
        assertThatThrownBy(migrations::migrate).isInstanceOf(MigrationsException.class);

        execute(migrations, "delete from items where id = (select max(id) from items)");
        List<AppliedMigration> applied = retrying(migrations, FAST).migrate();

        assertThat(applied).extracting(AppliedMigration::version).containsExactly("2");
        assertThat(log)
                .contains("  dropped INVALID index items_code_key left by a failed run of V2__unique_item_codes.sql")
                .contains("  removed the failed run of V2__unique_item_codes.sql from flyway_schema_history");
        assertThat(indexIsValid(migrations, "items_code_key")).isTrue();
        assertThat(migrations.info()).extracting(MigrationInfo::state).containsOnly("Success");
    }

    @Test
    void twoMigratesAtOnceApplyEachVersionExactlyOnce() throws Exception {
        Migrations migrations = migrations("slow");
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<List<AppliedMigration>>> runs = List.of(1, 2).stream()
                .map(n -> CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return retrying(migrations, FAST).migrate();
                }))
                .toList();
        start.countDown();

        List<List<AppliedMigration>> results = runs.stream()
                .map(run -> run.orTimeout(60, TimeUnit.SECONDS).join())
                .toList();

        assertThat(results).filteredOn(List::isEmpty).hasSize(1);
        assertThat(results)
                .filteredOn(result -> !result.isEmpty())
                .singleElement()
                .satisfies(result ->
                        assertThat(result).extracting(AppliedMigration::version).containsExactly("1", "2"));
        assertThat(log).contains("  another migrate is running on this database; waiting for it to finish");
        assertThat(count(migrations, "select count(*) from notes")).isEqualTo(1);
        assertThat(count(migrations, "select count(*) from flyway_schema_history where version is not null"))
                .isEqualTo(2);
    }

    private RetryingMigrate retrying(Migrations migrations, LockRetry retry) {
        return new RetryingMigrate(migrations, retry, log::add);
    }

    private static Migrations migrations(String folder) {
        String url = server.createDatabase("retrying_test_" + DATABASES.incrementAndGet());
        return new Migrations(url, server.user(), server.password(), List.of("classpath:db/test/" + folder));
    }

    private static Connection connect(Migrations migrations) throws SQLException {
        return migrations.openConnection();
    }

    /** Takes ACCESS EXCLUSIVE on the table in an open transaction of {@code holder}. */
    private static void lock(Connection holder, String table) throws SQLException {
        holder.setAutoCommit(false);
        try (Statement statement = holder.createStatement()) {
            statement.execute("lock table " + table + " in access exclusive mode");
        }
    }

    private static CompletableFuture<Void> releaseAfter(Connection holder, Duration after) {
        return CompletableFuture.runAsync(() -> {
            try {
                Thread.sleep(after.toMillis());
                holder.rollback();
            } catch (InterruptedException | SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean indexIsValid(Migrations migrations, String index) throws SQLException {
        try (Connection connection = connect(migrations);
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(
                        "select indisvalid from pg_index where indexrelid = '" + index + "'::regclass")) {
            assertThat(result.next()).as("index " + index + " exists").isTrue();
            return result.getBoolean(1);
        }
    }

    private static List<String> columns(Migrations migrations, String table) throws SQLException {
        try (Connection connection = connect(migrations);
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(
                        "select column_name from information_schema.columns where table_name = '" + table + "'")) {
            List<String> columns = new java.util.ArrayList<>();
            while (result.next()) {
                columns.add(result.getString(1));
            }
            return columns;
        }
    }

    private static void execute(Migrations migrations, String sql) throws SQLException {
        try (Connection connection = connect(migrations);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static long count(Migrations migrations, String sql) throws SQLException {
        try (Connection connection = connect(migrations);
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
