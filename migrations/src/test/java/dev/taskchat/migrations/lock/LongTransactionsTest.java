package dev.taskchat.migrations.lock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.taskchat.migrations.AppliedMigration;
import dev.taskchat.migrations.Migrations;
import dev.taskchat.migrations.MigrationsException;
import dev.taskchat.migrations.TestServer;
import dev.taskchat.migrations.backfill.Backfills;
import dev.taskchat.migrations.embedded.EmbeddedDatabase;
import dev.taskchat.migrations.guard.GuardedMigration;
import dev.taskchat.migrations.script.MigrationScript;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code migrate} waits for long transactions before DDL that would queue behind them, on a real PostgreSQL.
 * History db/test/locking: V1 creates notes, V2 adds a column (ACCESS EXCLUSIVE, lock_timeout 200ms).
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class LongTransactionsTest {

    private static final LockRetry FAST = new LockRetry(6, Duration.ofMillis(200));
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final EmbeddedDatabase server = TestServer.shared();

    private final List<String> log = new CopyOnWriteArrayList<>();

    @Test
    void migrateWaitsForALongReaderInsteadOfStallingTheWritersBehindItsDdl() throws Exception {
        Migrations migrations = atVersion1();
        CompletableFuture<List<AppliedMigration>> migrate;
        int readerPid;
        try (Connection reader = migrations.openConnection()) {
            readerPid = openReader(reader, "slow-report");
            migrate = CompletableFuture.supplyAsync(() ->
                    migrate(migrations, new LongTransactions.Policy(Duration.ofMillis(300), Duration.ofSeconds(20))));
            awaitLogLine("waiting for long transactions");

            // while migrate waits, nothing is queued on notes: a write goes through at once
            for (int i = 0; i < 5; i++) {
                assertThat(ungrantedLocks(migrations, "notes")).isZero();
                execute(migrations, "set statement_timeout = '2s'; insert into notes (body) values ('written')");
                Thread.sleep(200);
            }
            assertThat(migrate).isNotDone();
            reader.commit();
        }

        assertThat(migrate.get(20, TimeUnit.SECONDS))
                .extracting(AppliedMigration::version)
                .containsExactly("2");
        assertThat(log)
                .contains("  waiting for long transactions to end before V2__add_note_author.sql takes "
                        + "ACCESS EXCLUSIVE on notes (up to 20.0 s):")
                .anySatisfy(line -> assertThat(line)
                        .startsWith("    pid " + readerPid + " (slow-report, role " + server.user()
                                + "), idle in transaction, transaction open ")
                        .endsWith("holds ACCESS SHARE on notes; last statement: select count(*) from notes"))
                .anySatisfy(line -> assertThat(line).contains("the long transactions ended after"))
                // the DDL never ran into its lock_timeout: it started once the reader had gone
                .noneSatisfy(line -> assertThat(line).contains("lock timeout"));
        assertThat(count(migrations, "select count(*) from notes where body = 'written'"))
                .isEqualTo(5);
    }

    @Test
    void aLongTransactionThatOutlastsTheWaitIsNamedAndNothingIsApplied() throws Exception {
        Migrations migrations = atVersion1();
        try (Connection reader = migrations.openConnection()) {
            int readerPid = openReader(reader, "forgotten-psql");

            assertThatThrownBy(() -> migrate(
                            migrations, new LongTransactions.Policy(Duration.ofMillis(100), Duration.ofSeconds(1))))
                    .isInstanceOf(MigrationsException.class)
                    .hasMessageMatching(
                            "(?s)Waited \\d+\\.\\d s for long transactions to end; nothing more was applied.*")
                    .hasMessageContaining("V2__add_note_author.sql takes ACCESS EXCLUSIVE on notes")
                    .hasMessageContaining(
                            "pid " + readerPid + " (forgotten-psql, role " + server.user() + "), idle in transaction")
                    .hasMessageContaining("pg_terminate_backend(pid)");
            reader.rollback();
        }
        assertThat(migrations.currentVersion()).contains("1");
    }

    @Test
    void youngTransactionsAreLookedAtAgainWhenTheYoungestWouldCountAsLong() throws Exception {
        Migrations migrations = atVersion1();
        try (Connection older = migrations.openConnection();
                Connection younger = migrations.openConnection()) {
            openReader(older, "older-report");
            Thread.sleep(700);
            int youngerPid = openReader(younger, "younger-report");

            // both are young at the first look; at a second look timed for the older one, the younger is still
            // young: only a look timed for the younger one shows that both are long
            assertThatThrownBy(() -> new LongTransactions(
                                    migrations,
                                    new LongTransactions.Policy(Duration.ofMillis(800), Duration.ZERO),
                                    log::add)
                            .awaitNone(scripts("locking", "2")))
                    .isInstanceOf(MigrationsException.class)
                    .hasMessageContaining("pid " + youngerPid + " (younger-report");
            older.rollback();
            younger.rollback();
        }
    }

    @Test
    void anotherRolesTransactionCountsThoughPostgresHidesItsDetails() throws Exception {
        // migrate runs as the server's application role, not a superuser: it cannot see another role's
        // transaction start or statement
        Migrations migrations = atVersion1();
        String reporter = "lt_reporter_" + DATABASES.incrementAndGet();
        String url = migrations.displayUrl();
        execute(server.jdbcUrl("postgres"), "postgres", "create role " + reporter + " login");
        execute(migrations, "grant select on notes to " + reporter);

        try (Connection reader = DriverManager.getConnection(url, reporter, null)) {
            int readerPid = openReader(reader, "reporting-tool");

            assertThatThrownBy(() -> migrate(
                            migrations, new LongTransactions.Policy(Duration.ofMillis(300), Duration.ofSeconds(1))))
                    .isInstanceOf(MigrationsException.class)
                    .hasMessageContaining("V2__add_note_author.sql takes ACCESS EXCLUSIVE on notes")
                    .hasMessageContaining("pid " + readerPid + " (reporting-tool, role " + reporter
                            + "), holds ACCESS SHARE on notes; its state and statement are hidden from this role"
                            + " (grant it pg_read_all_stats to see them); held for at least ");
            reader.rollback();
        }
        assertThat(migrations.currentVersion()).contains("1");
    }

    @Test
    void aShortTransactionIsNotWaitedFor() throws Exception {
        Migrations migrations = atVersion1();
        try (Connection reader = migrations.openConnection()) {
            openReader(reader, "quick-read");
            CompletableFuture<Void> commit = CompletableFuture.runAsync(() -> {
                try {
                    Thread.sleep(300);
                    reader.commit();
                } catch (InterruptedException | SQLException e) {
                    throw new IllegalStateException(e);
                }
            });

            List<AppliedMigration> applied =
                    migrate(migrations, new LongTransactions.Policy(Duration.ofSeconds(2), Duration.ofSeconds(20)));
            commit.join();

            assertThat(applied).extracting(AppliedMigration::version).containsExactly("2");
        }
        assertThat(log).isEmpty();
    }

    @Test
    void onlyLocksThatBlockWritesAreWaitedFor() throws Exception {
        Migrations migrations = atVersion1();
        // with no threshold and no patience, any wait at all is a failure
        LongTransactions impatient =
                new LongTransactions(migrations, new LongTransactions.Policy(Duration.ZERO, Duration.ZERO), log::add);
        try (Connection reader = migrations.openConnection()) {
            openReader(reader, "report");

            // CREATE INDEX CONCURRENTLY takes SHARE UPDATE EXCLUSIVE: writes go on while it waits
            impatient.awaitNone(scripts("locking-concurrent", "2"));
            impatient.awaitNone(List.of());
            assertThat(log).isEmpty();

            assertThatThrownBy(() -> impatient.awaitNone(scripts("locking", "2")))
                    .isInstanceOf(MigrationsException.class)
                    .hasMessageContaining("V2__add_note_author.sql takes ACCESS EXCLUSIVE on notes");
            reader.rollback();
        }
    }

    private List<AppliedMigration> migrate(Migrations migrations, LongTransactions.Policy policy) {
        return new RetryingMigrate(migrations, FAST, log::add)
                .run(() -> new GuardedMigration(migrations, new Backfills(List.of()), policy, log::add)
                        .migrate(null, null))
                .applied();
    }

    private static Migrations atVersion1() {
        String url = server.createDatabase("long_transactions_" + DATABASES.incrementAndGet());
        Migrations migrations =
                new Migrations(url, server.user(), server.password(), List.of("classpath:db/test/locking"));
        migrations.migrate("1");
        return migrations;
    }

    private static List<MigrationScript> scripts(String folder, String version) {
        return new Migrations("jdbc:postgresql://unused/unused", null, null, List.of("classpath:db/test/" + folder))
                .scripts().stream()
                        .filter(script -> script.version().equals(version))
                        .toList();
    }

    /** Opens a transaction that has read notes and stays open, as a slow report would; returns its pid. */
    private static int openReader(Connection reader, String applicationName) throws SQLException {
        try (Statement statement = reader.createStatement()) {
            statement.execute("set application_name = '" + applicationName + "'");
            int pid;
            try (ResultSet result = statement.executeQuery("select pg_backend_pid()")) {
                result.next();
                pid = result.getInt(1);
            }
            reader.setAutoCommit(false);
            try (ResultSet result = statement.executeQuery("select count(*) from notes")) {
                result.next();
            }
            return pid;
        }
    }

    private void awaitLogLine(String fragment) throws InterruptedException {
        for (int i = 0; i < 300 && log.stream().noneMatch(line -> line.contains(fragment)); i++) {
            Thread.sleep(50);
        }
        assertThat(log).anySatisfy(line -> assertThat(line).contains(fragment));
    }

    private static long ungrantedLocks(Migrations migrations, String table) throws SQLException {
        return count(
                migrations,
                "select count(*) from pg_locks where not granted and relation = to_regclass('" + table + "')");
    }

    private static void execute(String url, String user, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, null);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void execute(Migrations migrations, String sql) throws SQLException {
        try (Connection connection = migrations.openConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static long count(Migrations migrations, String sql) throws SQLException {
        try (Connection connection = migrations.openConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
