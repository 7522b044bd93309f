package dev.taskchat.migrations.shipped;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskchat.migrations.Migrations;
import dev.taskchat.migrations.TestServer;
import dev.taskchat.migrations.embedded.EmbeddedDatabase;
import dev.taskchat.migrations.guard.GuardedMigration;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rename of tasks.reminded_at to reminder_sent_at (V12 expand with its backfill, V13 contract) on the
 * shipped scripts: rows written before it are copied, and while both releases run, a reminder one marks as
 * delivered (or resets by moving remind_at) is seen the same by the other.
 */
class ReminderSentAtRenameTest {

    private static final EmbeddedDatabase server = TestServer.shared();
    private static final String SENT = "2026-11-30 08:00:05+00";
    private static int databases;

    private Migrations migrations;

    @BeforeEach
    void databaseOfTheReleaseBefore() throws SQLException {
        migrations = new Migrations(
                server.createDatabase("reminder_sent_at_" + ++databases), server.user(), server.password());
        new GuardedMigration(migrations, line -> {}).migrate("11", null);
        try (Connection connection = migrations.openConnection()) {
            execute(
                    connection,
                    "insert into users (email, password_hash, name, time_zone, created_at)"
                            + " values ('ada@example.org', 'x', 'Ada', 'Europe/Berlin', now())");
            insert(connection, "delivered before", "'" + SENT + "'");
            insert(connection, "pending before", "null");
        }
    }

    @Test
    void theExpandCopiesEveryDeliveredReminder() throws SQLException {
        new GuardedMigration(migrations, line -> {}).migrate("12", null);

        try (Connection connection = migrations.openConnection()) {
            assertThat(sent(connection))
                    .containsEntry("delivered before", SENT + " / " + SENT)
                    .containsEntry("pending before", "null / null");
        }
    }

    @Test
    void whileBothReleasesRunEachSeesTheOthersDeliveries() throws SQLException {
        new GuardedMigration(migrations, line -> {}).migrate("12", null);

        try (Connection connection = migrations.openConnection()) {
            // the older release delivers a reminder, the newer one another
            execute(connection, "update tasks set reminded_at = '" + SENT + "' where title = 'pending before'");
            insert(connection, "new pending", "null");
            execute(connection, "update tasks set reminder_sent_at = '" + SENT + "' where title = 'new pending'");
            // a new remind_at makes a reminder pending again: the newer release resets its column
            execute(connection, "update tasks set reminder_sent_at = null where title = 'delivered before'");

            assertThat(sent(connection))
                    .containsEntry("pending before", SENT + " / " + SENT)
                    .containsEntry("new pending", SENT + " / " + SENT)
                    .containsEntry("delivered before", "null / null");

            // and the older release resets its own
            execute(connection, "update tasks set reminded_at = null where title = 'new pending'");
            assertThat(sent(connection)).containsEntry("new pending", "null / null");
        }
    }

    @Test
    void theContractDropsTheOldColumnAndTheTrigger() throws SQLException {
        new GuardedMigration(migrations, line -> {}).migrate("13", null);

        try (Connection connection = migrations.openConnection();
                Statement statement = connection.createStatement()) {
            try (ResultSet columns = statement.executeQuery("select count(*) from information_schema.columns"
                    + " where table_name = 'tasks' and column_name = 'reminded_at'")) {
                columns.next();
                assertThat(columns.getInt(1)).isZero();
            }
            try (ResultSet triggers = statement.executeQuery(
                    "select count(*) from pg_trigger where tgname = 'tasks_reminder_sent_at_dual_write'")) {
                triggers.next();
                assertThat(triggers.getInt(1)).isZero();
            }
            try (ResultSet kept = statement.executeQuery(
                    "select reminder_sent_at = '" + SENT + "' from tasks where title = 'delivered before'")) {
                kept.next();
                assertThat(kept.getBoolean(1)).isTrue();
            }
        }
    }

    /** Inserts a task as the older release would, with its reminded_at. */
    private static void insert(Connection connection, String title, String remindedAt) throws SQLException {
        execute(
                connection,
                "insert into tasks (user_id, title, priority_rank, remind_at, reminded_at, created_at,"
                        + " updated_at) select id, '" + title + "', 0, now(), " + remindedAt
                        + ", now(), now() from users");
    }

    /** title → "reminded_at / reminder_sent_at" in UTC */
    private static Map<String, String> sent(Connection connection) throws SQLException {
        Map<String, String> sent = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement()) {
            statement.execute("set time zone 'UTC'");
            try (ResultSet rows = statement.executeQuery(
                    "select title, reminded_at::text, reminder_sent_at::text from tasks order by id")) {
                while (rows.next()) {
                    sent.put(rows.getString(1), rows.getString(2) + " / " + rows.getString(3));
                }
            }
        }
        return sent;
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }
}
