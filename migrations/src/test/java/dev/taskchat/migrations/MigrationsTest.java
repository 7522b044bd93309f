package dev.taskchat.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.taskchat.migrations.embedded.EmbeddedDatabase;
import dev.taskchat.migrations.lint.Linter;
import dev.taskchat.migrations.script.MigrationScript;
import dev.taskchat.migrations.script.Phase;
import dev.taskchat.migrations.script.Phases;
import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The Flyway wrapper against a real PostgreSQL; each test works in a database of its own. */
class MigrationsTest {

    private static final List<String> SCHEMA_TABLES = List.of(
            "access_tokens",
            "app_instances",
            "assistant_changes",
            "backfill_progress",
            "conversations",
            "flyway_schema_history",
            "idempotency_keys",
            "messages",
            "tags",
            "task_tags",
            "tasks",
            "users");

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final EmbeddedDatabase server = TestServer.shared();

    @Test
    void migratingAnEmptyDatabaseAppliesEveryScriptAndBuildsTheSchema() throws SQLException {
        Migrations migrations = migrationsOnNewDatabase();

        List<AppliedMigration> applied = migrations.migrate();

        assertThat(applied).extracting(AppliedMigration::version).containsExactlyElementsOf(ShippedScripts.versions());
        assertThat(applied)
                .extracting(AppliedMigration::description)
                .first()
                .isEqualTo("create users and access tokens");
        assertThat(migrations.currentVersion()).contains(ShippedScripts.latest());
        assertThat(tables(migrations)).containsExactlyElementsOf(SCHEMA_TABLES);
    }

    @Test
    void migratingAnUpToDateDatabaseAppliesNothing() {
        Migrations migrations = migrationsOnNewDatabase();
        migrations.migrate();

        assertThat(migrations.migrate()).isEmpty();
        assertThat(migrations.currentVersion()).contains(ShippedScripts.latest());
    }

    @Test
    void infoListsThePendingScriptsThenTheAppliedOnes() {
        Migrations migrations = migrationsOnNewDatabase();

        List<MigrationInfo> before = migrations.info();
        assertThat(before).extracting(MigrationInfo::version).containsExactlyElementsOf(ShippedScripts.versions());
        assertThat(before).allSatisfy(migration -> {
            assertThat(migration.state()).isEqualTo("Pending");
            assertThat(migration.installedOn()).isNull();
            assertThat(migration.type()).isEqualTo("SQL");
        });
        assertThat(migrations.currentVersion()).isEmpty();

        migrations.migrate();

        List<MigrationInfo> after = migrations.info();
        assertThat(after).extracting(MigrationInfo::version).containsExactlyElementsOf(ShippedScripts.versions());
        assertThat(after).allSatisfy(migration -> {
            assertThat(migration.state()).isEqualTo("Success");
            assertThat(migration.installedOn()).isNotNull();
        });
    }

    @Test
    void aTargetVersionLeavesTheLaterScriptsPendingUntilTheNextMigrate() throws SQLException {
        Migrations migrations = migrationsOnNewDatabase();

        assertThat(migrations.migrate("2"))
                .extracting(AppliedMigration::version)
                .containsExactly("1", "2");
        assertThat(migrations.currentVersion()).contains("2");
        List<MigrationInfo> info = migrations.info();
        assertThat(info).extracting(MigrationInfo::version).containsExactlyElementsOf(ShippedScripts.versions());
        assertThat(info)
                .filteredOn(migration -> Integer.parseInt(migration.version()) <= 2)
                .extracting(MigrationInfo::state)
                .containsOnly("Success");
        assertThat(info)
                .filteredOn(migration -> Integer.parseInt(migration.version()) > 2)
                .extracting(MigrationInfo::state)
                .containsOnly("Pending");
        assertThat(tables(migrations)).contains("tasks").doesNotContain("conversations", "idempotency_keys");

        assertThat(migrations.migrate())
                .extracting(AppliedMigration::version)
                .containsExactlyElementsOf(ShippedScripts.after("2"));
        assertThat(migrations.currentVersion()).contains(ShippedScripts.latest());
    }

    @Test
    void aTargetVersionWithoutAScriptIsAnError() {
        Migrations migrations = migrationsOnNewDatabase();

        String beyond = String.valueOf(Integer.parseInt(ShippedScripts.latest()) + 1);
        assertThatThrownBy(() -> migrations.migrate(beyond))
                .isInstanceOf(MigrationsException.class)
                .hasMessageContaining(beyond);
        assertThat(migrations.currentVersion()).isEmpty();
    }

    @Test
    void validatePassesWhenTheAppliedMigrationsMatchTheirScriptsAndSomeArePending() {
        Migrations migrations = migrationsOnNewDatabase();
        migrations.migrate("2");

        Validation validation = migrations.validate();

        assertThat(validation.valid()).isTrue();
        assertThat(validation.problems()).isEmpty();
        assertThat(validation.appliedCount()).isEqualTo(2);
        assertThat(validation.pendingCount())
                .isEqualTo(ShippedScripts.versions().size() - 2);
    }

    @Test
    void validateDetectsAReleasedScriptThatWasEditedAfterwards() {
        String url = server.createDatabase(nextDatabaseName());
        Migrations released = migrations(url, "classpath:db/test/released");
        released.migrate();
        assertThat(released.validate().valid()).isTrue();

        Validation validation = migrations(url, "classpath:db/test/edited").validate();

        assertThat(validation.valid()).isFalse();
        assertThat(validation.problems()).singleElement().satisfies(problem -> assertThat(problem)
                .containsIgnoringCase("checksum mismatch")
                .contains("version 1")
                .doesNotContainIgnoringCase("repair"));
    }

    @Test
    void validateDetectsAnAppliedMigrationWhoseScriptIsGone() {
        String url = server.createDatabase(nextDatabaseName());
        migrations(url, "classpath:db/test/released").migrate();

        // the scripts of the Taskchat schema know nothing of "create notes": as if V1 had been deleted
        Validation validation = migrations(url, Migrations.DEFAULT_LOCATION).validate();

        assertThat(validation.valid()).isFalse();
        assertThat(String.join("\n", validation.problems())).contains("1");
    }

    @Test
    void aFailingScriptIsReportedAndLeavesNothingBehind() throws SQLException {
        String url = server.createDatabase(nextDatabaseName());
        Migrations migrations = migrations(url, "classpath:db/test/broken");

        assertThatThrownBy(migrations::migrate)
                .isInstanceOf(MigrationsException.class)
                .hasMessageContaining("V2__broken.sql")
                .hasMessageContaining("author");

        // V1 committed, V2 rolled back as a whole (transactional DDL): the first of its two statements too
        assertThat(migrations.currentVersion()).contains("1");
        try (Connection connection = connect(url);
                Statement statement = connection.createStatement();
                ResultSet columns = statement.executeQuery(
                        "select count(*) from information_schema.columns where table_name = 'notes' and column_name = 'author'")) {
            columns.next();
            assertThat(columns.getInt(1)).isZero();
        }
    }

    @Test
    // a concurrent build waiting for Flyway's own open transaction would hang without lock_timeout
    @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aScriptHeadedTransactionalFalseRunsOutsideATransaction() throws SQLException {
        String url = server.createDatabase(nextDatabaseName());
        Migrations migrations = migrations(url, "classpath:db/test/concurrent");
        assertThat(new Linter(Phases.shipped()).lint(migrations.scripts())).isEmpty();

        // PostgreSQL refuses CREATE INDEX CONCURRENTLY inside a transaction block: success proves there was none
        assertThat(migrations.migrate()).extracting(AppliedMigration::version).containsExactly("1", "2");

        try (Connection connection = connect(url);
                Statement statement = connection.createStatement();
                ResultSet index = statement.executeQuery(
                        "select indisvalid, indisready from pg_index where indexrelid = 'notes_body_idx'::regclass")) {
            assertThat(index.next()).isTrue();
            assertThat(index.getBoolean(1)).isTrue();
            assertThat(index.getBoolean(2)).isTrue();
        }
        assertThat(migrations.info()).extracting(MigrationInfo::state).containsOnly("Success");
    }

    @Test
    void infoShowsThePhaseOfEachMigration() {
        Migrations migrations = migrationsOnNewDatabase();

        assertThat(migrations.info())
                .extracting(MigrationInfo::phase)
                .containsOnly(Optional.of(Phase.EXPAND), Optional.of(Phase.CONTRACT))
                .contains(Optional.of(Phase.CONTRACT));

        String url = server.createDatabase(nextDatabaseName());
        // scripts without a header and not in the legacy list have no phase (lint rejects them)
        assertThat(migrations(url, "classpath:db/test/released").info())
                .extracting(MigrationInfo::phase)
                .containsOnly(Optional.empty());
    }

    @Test
    void pendingVersionsAreWhatMigrateWouldApply() {
        Migrations migrations = migrationsOnNewDatabase();
        migrations.migrate("2");

        assertThat(migrations.pendingVersions()).containsExactlyElementsOf(ShippedScripts.after("2"));
        assertThat(migrations.scripts())
                .extracting(MigrationScript::version)
                .containsExactlyElementsOf(ShippedScripts.versions());
    }

    @Test
    void aMisnamedScriptIsAnErrorRatherThanSilentlySkipped() throws SQLException {
        String url = server.createDatabase(nextDatabaseName());
        Migrations migrations = migrations(url, "classpath:db/test/misnamed");

        assertThatThrownBy(migrations::migrate)
                .isInstanceOf(MigrationsException.class)
                .hasMessageContaining("V2_add_author.sql");
        // not even V1 was applied: the whole set is refused before anything runs
        assertThat(tables(url)).isEmpty();
    }

    @Test
    void anUnreachableDatabaseIsOneClearSentenceWithoutThePassword() throws IOException {
        String url = "jdbc:postgresql://localhost:" + closedPort() + "/taskchat?password=s3cret";
        Migrations migrations = new Migrations(url, "taskchat", "s3cret");

        assertThatThrownBy(migrations::info)
                .isInstanceOf(DatabaseUnreachableException.class)
                .hasMessageStartingWith("Cannot connect to PostgreSQL at jdbc:postgresql://localhost:")
                .hasMessageContaining("password=***")
                .hasMessageNotContaining("s3cret")
                .hasMessageNotContaining("\n");
    }

    @Test
    void aDatabaseThatDoesNotExistIsReportedAsUnreachable() {
        // the server refuses the session before Flyway starts, as it would for a wrong password (which the
        // embedded server, trusting local connections, cannot be made to refuse)
        Migrations migrations = new Migrations(server.jdbcUrl("no_such_database"), server.user(), server.password());

        assertThatThrownBy(migrations::currentVersion)
                .isInstanceOf(DatabaseUnreachableException.class)
                .hasMessageContaining("no_such_database");
    }

    private static Migrations migrationsOnNewDatabase() {
        return new Migrations(server.createDatabase(nextDatabaseName()), server.user(), server.password());
    }

    private static Migrations migrations(String url, String location) {
        return new Migrations(url, server.user(), server.password(), List.of(location));
    }

    private static String nextDatabaseName() {
        return "migrations_test_" + DATABASES.incrementAndGet();
    }

    private static List<String> tables(Migrations migrations) throws SQLException {
        return tables(migrations.displayUrl());
    }

    private static List<String> tables(String url) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection connection = connect(url);
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(
                        "select table_name from information_schema.tables where table_schema = 'public' order by 1")) {
            while (result.next()) {
                tables.add(result.getString(1));
            }
        }
        return tables;
    }

    private static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, server.user(), server.password());
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
