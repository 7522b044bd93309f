package dev.taskchat.migrations.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.taskchat.migrations.AppliedMigration;
import dev.taskchat.migrations.Migrations;
import dev.taskchat.migrations.MigrationsException;
import dev.taskchat.migrations.TestServer;
import dev.taskchat.migrations.backfill.Backfill;
import dev.taskchat.migrations.backfill.Backfills;
import dev.taskchat.migrations.embedded.EmbeddedDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * migrate runs the backfill an expand declares before any later script, on a real PostgreSQL, with the
 * history in db/test/backfilled: V1 holds 2,500 notes, V2 adds upper_body and declares the backfill, V3
 * validates a check that fails while any row is unfilled.
 */
class DeclaredBackfillsTest {

    private static final Backfill NOTES_UPPER = new Backfill(
            "notes-upper",
            "notes",
            "id",
            "update notes set upper_body = upper(body) where id > ? and id <= ? and upper_body is null");

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final EmbeddedDatabase server = TestServer.shared();

    @Test
    void theBackfillRunsRightAfterTheScriptThatDeclaresItAndBeforeTheNextOne() throws SQLException {
        Migrations migrations = newDatabase();
        List<String> log = new ArrayList<>();

        GuardedMigration.Outcome outcome =
                new GuardedMigration(migrations, new Backfills(List.of(NOTES_UPPER)), log::add).migrate(null, null);

        assertThat(outcome.applied()).extracting(AppliedMigration::version).containsExactly("1", "2", "3");
        assertThat(count(migrations, "select count(*) from notes where upper_body = upper(body)"))
                .isEqualTo(2500);
        assertThat(log)
                .anyMatch(line -> line.contains("backfill notes-upper (declared by V2__add_upper_body.sql)"
                        + " finished: 2500 of 2500 rows updated"));
    }

    @Test
    void aBackfillLeftUnfinishedByAnEarlierRunIsFinishedFirst() throws SQLException {
        Migrations migrations = newDatabase();
        migrations.migrate("2"); // as if migrate had stopped between the script and its backfill

        GuardedMigration.Outcome outcome =
                new GuardedMigration(migrations, new Backfills(List.of(NOTES_UPPER)), line -> {}).migrate(null, null);

        assertThat(outcome.applied()).extracting(AppliedMigration::version).containsExactly("3");
        assertThat(count(migrations, "select count(*) from notes where upper_body is null"))
                .isZero();
    }

    @Test
    void aFailingBackfillStopsMigrateBeforeTheScriptsThatRelyOnIt() {
        Migrations migrations = newDatabase();
        Backfill broken = new Backfill(
                "notes-upper",
                "notes",
                "id",
                "update notes set upper_body = upper(no_such_column) where id > ? and id <= ?");

        assertThatThrownBy(() -> new GuardedMigration(migrations, new Backfills(List.of(broken)), line -> {})
                        .migrate(null, null))
                .isInstanceOf(MigrationsException.class)
                .hasMessageContaining("backfill notes-upper (declared by V2__add_upper_body.sql) failed; migrate again"
                        + " to resume it");
        assertThat(migrations.currentVersion()).contains("2");
    }

    @Test
    void aScriptNamingABackfillThisReleaseDoesNotKnowStopsMigrate() {
        Migrations migrations = newDatabase();

        assertThatThrownBy(() ->
                        new GuardedMigration(migrations, new Backfills(List.of()), line -> {}).migrate(null, null))
                .isInstanceOf(MigrationsException.class)
                .hasMessageContaining(
                        "V2__add_upper_body.sql declares backfill notes-upper, which this release does" + " not know");
        assertThat(migrations.currentVersion()).contains("2");
    }

    private static Migrations newDatabase() {
        return new Migrations(
                server.createDatabase("declared_backfills_" + DATABASES.incrementAndGet()),
                server.user(),
                server.password(),
                List.of("classpath:db/test/backfilled"));
    }

    private static long count(Migrations migrations, String query) throws SQLException {
        try (Connection connection = migrations.openConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
