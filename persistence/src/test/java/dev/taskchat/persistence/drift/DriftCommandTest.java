package dev.taskchat.persistence.drift;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskchat.persistence.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The operator's command, run as {@code main} runs it, against migrated databases of the test's own. */
class DriftCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void findsNoDriftOnTheMigratedSchema() {
        TestDatabase.Throwaway database = TestDatabase.throwaway("drift_command_clean");

        int status = run(environment(database));

        int entities = TestDatabase.factory().getMetamodel().getEntities().size();
        assertThat(status).as(output()).isEqualTo(DriftCommand.OK);
        assertThat(out()).containsPattern("no drift: " + entities + " entities, \\d+ columns checked");
        assertThat(out()).contains(database.url());
    }

    @Test
    void listsEachDifferenceAndFails() throws SQLException {
        TestDatabase.Throwaway database = TestDatabase.throwaway("drift_command_renamed");
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement()) {
            statement.execute("alter table tags rename column name to label");
        }

        int status = run(environment(database));

        assertThat(status).as(output()).isEqualTo(DriftCommand.FAILED);
        assertThat(out())
                .contains("DRIFT: 2 differences")
                .contains("  - tags.name is mapped but does not exist")
                .contains("  - tags.label is NOT NULL without a default but not mapped: inserts would fail");
    }

    @Test
    void optionsTakePrecedenceOverTheEnvironment() {
        TestDatabase.Throwaway database = TestDatabase.throwaway("drift_command_options");

        int status = run(
                Map.of("DB_URL", "jdbc:postgresql://localhost:1/nowhere"),
                "--url",
                database.url(),
                "--user",
                database.user(),
                "--password=" + database.password());

        assertThat(status).as(output()).isEqualTo(DriftCommand.OK);
    }

    @Test
    void anUnreachableDatabaseFailsWithoutPrintingThePassword() {
        int status = run(Map.of(
                "DB_URL", "jdbc:postgresql://localhost:1/taskchat?password=url-secret-7",
                "DB_USER", "operator",
                "DB_PASSWORD", "env-secret-7"));

        assertThat(status).isEqualTo(DriftCommand.FAILED);
        assertThat(err())
                .contains("cannot connect to PostgreSQL at jdbc:postgresql://localhost:1/taskchat?password=***");
        assertThat(output()).doesNotContain("secret-7");
    }

    @Test
    void withoutADatabaseItExplainsItsUsage() {
        int status = run(Map.of());

        assertThat(status).isEqualTo(DriftCommand.USAGE_ERROR);
        assertThat(err())
                .contains("no database given: set DB_URL or pass --url")
                .contains("Usage:");
    }

    @Test
    void rejectsAnUnknownOption() {
        assertThat(run(Map.of("DB_URL", "jdbc:postgresql://localhost/taskchat"), "--verbose"))
                .isEqualTo(DriftCommand.USAGE_ERROR);
        assertThat(err()).contains("unknown option --verbose");
    }

    @Test
    void helpPrintsTheUsage() {
        assertThat(run(Map.of(), "--help")).isEqualTo(DriftCommand.OK);
        assertThat(out()).contains("java -jar taskchat-drift.jar").contains("Exit status");
    }

    private static Map<String, String> environment(TestDatabase.Throwaway database) {
        return Map.of("DB_URL", database.url(), "DB_USER", database.user(), "DB_PASSWORD", database.password());
    }

    private int run(Map<String, String> environment, String... args) {
        return new DriftCommand(
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(args, environment);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private String output() {
        return out() + err();
    }
}
