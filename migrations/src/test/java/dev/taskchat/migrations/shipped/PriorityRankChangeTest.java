package dev.taskchat.migrations.shipped;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.taskchat.migrations.Migrations;
import dev.taskchat.migrations.TestServer;
import dev.taskchat.migrations.embedded.EmbeddedDatabase;
import dev.taskchat.migrations.guard.GuardedMigration;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The priority text → priority_rank change (V9 expand with its backfill, V10 validate, V11 contract) on the
 * shipped scripts: rows written before it are backfilled, and while both releases run each one's writes are
 * visible to the other in its own shape (the dual-write trigger); the contract leaves the new shape alone.
 */
class PriorityRankChangeTest {

    private static final EmbeddedDatabase server = TestServer.shared();
    private static int databases;

    private Migrations migrations;
    private long user;

    @BeforeEach
    void databaseOfTheReleaseBefore() throws SQLException {
        migrations =
                new Migrations(server.createDatabase("priority_rank_" + ++databases), server.user(), server.password());
        migrations.migrate("8");
        try (Connection connection = migrations.openConnection();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("insert into users (email, password_hash, name, time_zone, created_at)"
                    + " values ('ada@example.org', 'x', 'Ada', 'Europe/Berlin', now())");
            user = single(connection, "select id from users");
            for (String priority : new String[] {"none", "low", "medium", "high", "urgent"}) {
                oldReleaseInserts(connection, "before " + priority, priority);
            }
        }
    }

    @Test
    void theExpandBackfillsEveryRowBeforeValidating() throws SQLException {
        new GuardedMigration(migrations, line -> {}).migrate("10", null);

        try (Connection connection = migrations.openConnection()) {
            assertThat(shapes(connection))
                    .containsEntry("before none", "none/0")
                    .containsEntry("before low", "low/1")
                    .containsEntry("before medium", "medium/2")
                    .containsEntry("before high", "high/3")
                    .containsEntry("before urgent", "urgent/4");
            assertThat(single(
                            connection,
                            "select count(*) from pg_constraint where not convalidated"
                                    + " and conname like 'tasks_priority_rank%'"))
                    .isZero();
        }
    }

    @Test
    void whileBothReleasesRunEachSeesTheOthersWrites() throws SQLException {
        new GuardedMigration(migrations, line -> {}).migrate("10", null);

        try (Connection connection = migrations.openConnection()) {
            oldReleaseInserts(connection, "old insert", "high");
            newReleaseInserts(connection, "new insert", 4);
            long changedByOld = id(connection, "new insert");
            long changedByNew = id(connection, "old insert");
            execute(connection, "update tasks set priority = 'low' where id = " + changedByOld);
            execute(connection, "update tasks set priority_rank = 2 where id = " + changedByNew);
            // an update that touches neither column leaves both as they are
            execute(connection, "update tasks set title = 'renamed' where title = 'before urgent'");

            assertThat(shapes(connection))
                    .containsEntry("old insert", "medium/2")
                    .containsEntry("new insert", "low/1")
                    .containsEntry("renamed", "urgent/4");
            assertThatThrownBy(
                            () -> execute(connection, "update tasks set priority_rank = 7 where id = " + changedByOld))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("tasks_priority_rank_range");
            assertThatThrownBy(() -> execute(connection, "update tasks set priority = 'p1' where id = " + changedByOld))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("tasks_priority_check");
        }
    }

    @Test
    void theContractDropsTheTextColumnAndTheTriggerAndEnforcesNotNull() throws SQLException {
        new GuardedMigration(migrations, line -> {}).migrate("11", null);

        try (Connection connection = migrations.openConnection()) {
            assertThat(single(
                            connection,
                            "select count(*) from information_schema.columns"
                                    + " where table_name = 'tasks' and column_name = 'priority'"))
                    .isZero();
            assertThat(single(connection, "select count(*) from pg_trigger where tgname = 'tasks_priority_dual_write'"))
                    .isZero();
            assertThat(
                            single(
                                    connection,
                                    "select count(*) from information_schema.columns where table_name = 'tasks'"
                                            + " and column_name = 'priority_rank' and is_nullable = 'NO' and column_default = '0'"))
                    .isOne();
            execute(
                    connection,
                    "insert into tasks (user_id, title, created_at, updated_at) values (" + user
                            + ", 'defaulted', now(), now())");
            assertThat(single(connection, "select priority_rank from tasks where title = 'defaulted'"))
                    .isZero();
            assertThat(single(connection, "select priority_rank from tasks where title = 'before high'"))
                    .isEqualTo(3);
        }
    }

    private void oldReleaseInserts(Connection connection, String title, String priority) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into tasks (user_id, title, priority,"
                + " created_at, updated_at) values (?, ?, ?, now(), now())")) {
            insert.setLong(1, user);
            insert.setString(2, title);
            insert.setString(3, priority);
            insert.executeUpdate();
        }
    }

    private void newReleaseInserts(Connection connection, String title, int rank) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into tasks (user_id, title, priority_rank,"
                + " created_at, updated_at) values (?, ?, ?, now(), now())")) {
            insert.setLong(1, user);
            insert.setString(2, title);
            insert.setShort(3, (short) rank);
            insert.executeUpdate();
        }
    }

    /** title → "priority/priority_rank" */
    private static Map<String, String> shapes(Connection connection) throws SQLException {
        Map<String, String> shapes = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows =
                        statement.executeQuery("select title, priority, priority_rank from tasks order by id")) {
            while (rows.next()) {
                shapes.put(rows.getString(1), rows.getString(2) + "/" + rows.getObject(3));
            }
        }
        return shapes;
    }

    private static long id(Connection connection, String title) throws SQLException {
        return single(connection, "select id from tasks where title = '" + title + "'");
    }

    private static long single(Connection connection, String query) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(query)) {
            assertThat(rows.next()).as("a row from %s", query).isTrue();
            return rows.getLong(1);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }
}
