package dev.taskchat.migrations.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.taskchat.migrations.AppliedMigration;
import dev.taskchat.migrations.Migrations;
import dev.taskchat.migrations.TestServer;
import dev.taskchat.migrations.embedded.EmbeddedDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The contract guard on a real PostgreSQL, with the history in db/test/guard: V1-V3 expand, V4 is a contract
 * that breaks apps needing a schema below 3, V5 expands again. Instances are rows inserted as the WAR would.
 */
class GuardedMigrationTest {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final EmbeddedDatabase server = TestServer.shared();

    @Test
    void aContractWaitsWhileAnInstanceNeedingTheOldShapeIsAliveAndTheExpandsBeforeItStillRun() throws SQLException {
        Migrations migrations = atVersion2();
        UUID old = instance(migrations, "0.1.0", 2, "web-1", "0 seconds");

        GuardedMigration.Outcome outcome = new GuardedMigration(migrations, line -> {}).migrate(null, null);

        assertThat(outcome.refused()).isTrue();
        assertThat(outcome.applied()).extracting(AppliedMigration::version).containsExactly("3");
        assertThat(outcome.verdict().refused().name()).isEqualTo("V4__drop_old_body.sql");
        assertThat(outcome.verdict().breaksBelow()).isEqualTo(3);
        assertThat(outcome.verdict().blocking()).singleElement().satisfies(instance -> {
            assertThat(instance.id()).isEqualTo(old.toString());
            assertThat(instance.describe()).contains(old.toString(), "app 0.1.0", "needs schema 2", "host web-1");
        });
        assertThat(migrations.currentVersion()).contains("3");
        assertThat(migrations.pendingVersions()).containsExactly("4", "5");
        assertThat(hasColumn(migrations, "old_body")).isTrue();
    }

    @Test
    void anInstanceThatAlreadyNeedsTheNewShapeDoesNotHoldTheContractBack() throws SQLException {
        Migrations migrations = atVersion2();
        instance(migrations, "0.2.0", 3, "web-2", "0 seconds");

        GuardedMigration.Outcome outcome = new GuardedMigration(migrations, line -> {}).migrate(null, null);

        assertThat(outcome.refused()).isFalse();
        assertThat(outcome.applied()).extracting(AppliedMigration::version).containsExactly("3", "4", "5");
        assertThat(hasColumn(migrations, "old_body")).isFalse();
    }

    @Test
    void anInstanceWhoseHeartbeatIsStaleNoLongerCounts() throws SQLException {
        Migrations migrations = atVersion2();
        UUID crashed = instance(migrations, "0.1.0", 2, "web-1", "31 seconds");
        GuardedMigration guarded = new GuardedMigration(migrations, line -> {});
        assertThat(guarded.verdict(null).refuses()).isFalse();

        // the same row, alive again: held back
        heartbeat(migrations, crashed, "0 seconds");
        assertThat(guarded.verdict(null).refuses()).isTrue();

        heartbeat(migrations, crashed, "2 minutes");
        GuardedMigration.Outcome outcome = guarded.migrate(null, null);
        assertThat(outcome.refused()).isFalse();
        assertThat(migrations.currentVersion()).contains("5");
    }

    @Test
    void anOverrideWithAReasonAppliesTheContractAndKeepsTheVerdict() throws SQLException {
        Migrations migrations = atVersion2();
        UUID old = instance(migrations, "0.1.0", 2, "web-1", "0 seconds");

        GuardedMigration.Outcome outcome =
                new GuardedMigration(migrations, line -> {}).migrate(null, "web-1 is drained behind the load balancer");

        assertThat(outcome.refused()).isFalse();
        assertThat(outcome.overrideReason()).isEqualTo("web-1 is drained behind the load balancer");
        assertThat(outcome.verdict().blocking()).extracting(AppInstance::id).containsExactly(old.toString());
        assertThat(outcome.applied()).extracting(AppliedMigration::version).containsExactly("3", "4", "5");
        assertThat(hasColumn(migrations, "old_body")).isFalse();
    }

    @Test
    void anOverrideNeedsAReason() {
        Migrations migrations = atVersion2();

        assertThatThrownBy(() -> new GuardedMigration(migrations, line -> {}).migrate(null, " "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(migrations.currentVersion()).contains("2");
    }

    @Test
    void aTargetBeforeTheContractIsNotRefused() throws SQLException {
        Migrations migrations = atVersion2();
        instance(migrations, "0.1.0", 2, "web-1", "0 seconds");

        GuardedMigration.Outcome outcome = new GuardedMigration(migrations, line -> {}).migrate("3", null);

        assertThat(outcome.refused()).isFalse();
        assertThat(outcome.applied()).extracting(AppliedMigration::version).containsExactly("3");
    }

    @Test
    void beforeTheInstancesTableExistsNoInstanceHoldsAnythingBack() {
        Migrations migrations = new Migrations(
                server.createDatabase(nextDatabaseName()),
                server.user(),
                server.password(),
                List.of("classpath:db/test/guard"));

        GuardVerdict verdict = new GuardedMigration(migrations, line -> {}).verdict(null);

        assertThat(verdict.refuses()).isFalse();
        assertThat(verdict.liveInstances()).isEmpty();
        assertThat(verdict.summary()).startsWith("Contract guard: no contract is held back (0 live app instances)");
    }

    /** A database with the instances table (V2) and everything after it pending. */
    private static Migrations atVersion2() {
        Migrations migrations = new Migrations(
                server.createDatabase(nextDatabaseName()),
                server.user(),
                server.password(),
                List.of("classpath:db/test/guard"));
        migrations.migrate("2");
        return migrations;
    }

    /** Records an instance whose last heartbeat was {@code ago} (an interval) as the WAR would. */
    private static UUID instance(Migrations migrations, String appVersion, int schemaNeeds, String host, String ago)
            throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection connection = connect(migrations);
                PreparedStatement insert = connection.prepareStatement(
                        "insert into app_instances (id, app_version, schema_needs, host, started_at, heartbeat_at)"
                                + " values (?, ?, ?, ?, now() - interval '1 hour', now() - ?::interval)")) {
            insert.setObject(1, id);
            insert.setString(2, appVersion);
            insert.setInt(3, schemaNeeds);
            insert.setString(4, host);
            insert.setString(5, ago);
            insert.executeUpdate();
        }
        return id;
    }

    private static void heartbeat(Migrations migrations, UUID id, String ago) throws SQLException {
        try (Connection connection = connect(migrations);
                PreparedStatement update = connection.prepareStatement(
                        "update app_instances set heartbeat_at = now() - ?::interval where id = ?")) {
            update.setString(1, ago);
            update.setObject(2, id);
            assertThat(update.executeUpdate()).isOne();
        }
    }

    private static boolean hasColumn(Migrations migrations, String column) throws SQLException {
        try (Connection connection = connect(migrations);
                PreparedStatement query = connection.prepareStatement(
                        "select count(*) from information_schema.columns where table_name = 'notes' and column_name = ?")) {
            query.setString(1, column);
            try (ResultSet count = query.executeQuery()) {
                count.next();
                return count.getInt(1) == 1;
            }
        }
    }

    private static Connection connect(Migrations migrations) throws SQLException {
        return DriverManager.getConnection(migrations.displayUrl(), server.user(), server.password());
    }

    private static String nextDatabaseName() {
        return "guard_test_" + DATABASES.incrementAndGet();
    }
}
