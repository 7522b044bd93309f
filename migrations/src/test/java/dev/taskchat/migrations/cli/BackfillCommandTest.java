package dev.taskchat.migrations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskchat.migrations.Migrations;
import dev.taskchat.migrations.TestServer;
import dev.taskchat.migrations.backfill.Backfill;
import dev.taskchat.migrations.backfill.Backfills;
import dev.taskchat.migrations.embedded.EmbeddedDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code backfill} and {@code --lock-retries} on the command line. */
class BackfillCommandTest {

    private static final Backfills TEST_BACKFILLS = new Backfills(List.of(new Backfill(
            "notes-upper", "notes", "id", "update notes set upper_body = upper(body) where id > ? and id <= ?")));

    private static final EmbeddedDatabase server = TestServer.shared();

    @Test
    void listsTheRegisteredBackfills() {
        Result shipped = run(Backfills.shipped(), "backfill", "--list");
        assertThat(shipped.status).isZero();
        assertThat(shipped.out)
                .contains("tasks_priority_rank  (tasks by id)\n", "tasks_reminder_sent_at  (tasks by id)\n");

        Result none = run(new Backfills(List.of()), "backfill", "--list");
        assertThat(none.out).isEqualTo("No backfills in this release.\n");

        Result registered = run(TEST_BACKFILLS, "backfill", "--list");
        assertThat(registered.out).isEqualTo("notes-upper  (notes by id)\n");
    }

    @Test
    void runsABackfillInBatchesThenFindsItDone() throws SQLException {
        String url = server.createDatabase("backfill_command_test");
        Migrations migrations = new Migrations(url, server.user(), server.password());
        migrations.migrate();
        try (Connection connection = migrations.openConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create table notes (id bigint primary key, body text, upper_body text);"
                    + " insert into notes select i, 'note ' || i from generate_series(1, 2500) i");
        }
        Map<String, String> environment =
                Map.of("DB_URL", url, "DB_USER", server.user(), "DB_PASSWORD", server.password());

        Result first =
                run(TEST_BACKFILLS, environment, "backfill", "notes-upper", "--batch-size", "1000", "--pause-ms", "0");

        assertThat(first.status).as(first.err).isZero();
        assertThat(first.out)
                .contains("Backfill notes-upper on notes: 2500 rows, batches of 1000")
                .contains("  notes-upper: 1,000 / 2,500 rows (40%), ")
                .contains("  notes-upper: 2,500 / 2,500 rows (100%), ")
                .contains("Backfill notes-upper finished: 2500 rows, 2500 updated, 3 batches in this run.");

        Result again = run(TEST_BACKFILLS, environment, "backfill", "notes-upper");
        assertThat(again.status).isZero();
        assertThat(again.out).isEqualTo("Backfill notes-upper already finished (2500 rows); nothing to do.\n");
    }

    @Test
    void anUnknownBackfillOrABadOptionIsRefused() {
        Map<String, String> environment = Map.of("DB_URL", server.jdbcUrl("taskchat"));

        Result unknown = run(TEST_BACKFILLS, environment, "backfill", "no-such");
        assertThat(unknown.status).isEqualTo(MigrationsCommand.FAILED);
        assertThat(unknown.err).contains("no backfill named 'no-such'");

        Result badSize = run(TEST_BACKFILLS, environment, "backfill", "notes-upper", "--batch-size", "0");
        assertThat(badSize.status).isEqualTo(MigrationsCommand.USAGE_ERROR);
        assertThat(badSize.err).contains("--batch-size must be a whole number above 0, not '0'");
    }

    @Test
    void lockRetriesIsAnOptionOfMigrateOnly() {
        Map<String, String> environment = Map.of("DB_URL", server.jdbcUrl("taskchat"));

        Result onInfo = run(TEST_BACKFILLS, environment, "info", "--lock-retries", "3");
        assertThat(onInfo.status).isEqualTo(MigrationsCommand.USAGE_ERROR);
        assertThat(onInfo.err).contains("--lock-retries only applies to migrate");

        Result zero = run(TEST_BACKFILLS, environment, "migrate", "--lock-retries", "0");
        assertThat(zero.status).isEqualTo(MigrationsCommand.USAGE_ERROR);
        assertThat(zero.err).contains("--lock-retries must be a number of attempts from 1 to 20, not '0'");

        Result migrate = run(
                TEST_BACKFILLS,
                Map.of("DB_URL", server.createDatabase("lock_retries_test"), "DB_USER", server.user()),
                "--lock-retries",
                "2",
                "migrate");
        assertThat(migrate.status).as(migrate.err).isZero();
        assertThat(migrate.out).contains("schema is now at version");
    }

    private static Result run(Backfills backfills, String... args) {
        return run(backfills, Map.of(), args);
    }

    private static Result run(Backfills backfills, Map<String, String> environment, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new MigrationsCommand(
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8))
                .withBackfills(backfills)
                .run(args, environment);
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private record Result(int status, String out, String err) {}
}
