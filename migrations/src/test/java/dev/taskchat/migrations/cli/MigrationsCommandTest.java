package dev.taskchat.migrations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskchat.migrations.ShippedScripts;
import dev.taskchat.migrations.TestDirectories;
import dev.taskchat.migrations.embedded.EmbeddedDatabase;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The command-line tool: what it prints and the exit status scripts rely on. */
class MigrationsCommandTest {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedDatabase server;

    @BeforeAll
    static void startServer() {
        server = EmbeddedDatabase.throwaway(TestDirectories.target()).start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void infoMigrateAndInfoAgainTellTheWholeStory() {
        String url = newDatabase();

        Result pending = run("info", "--url", url, "--user", server.user(), "--password", server.password());
        assertThat(pending.status).isZero();
        assertThat(pending.out)
                .contains("Version  Description")
                .contains("1        create users and access tokens")
                .contains("Pending")
                .contains("Current version: none (no migration applied yet) ("
                        + ShippedScripts.versions().size() + " pending)");

        Result partial = run("migrate", "--target", "2", "--url", url, "--user", server.user());
        assertThat(partial.status).isZero();
        assertThat(partial.out)
                .contains("up to version 2")
                .contains("applied 1      create users and access tokens")
                .contains("applied 2      create tasks and tags")
                .doesNotContain("applied 3")
                .contains("Applied 2 migrations; schema is now at version 2.");

        Result rest = run("migrate", "--url=" + url, "--user=" + server.user());
        assertThat(rest.status).isZero();
        assertThat(rest.out)
                .contains("applied 3")
                .contains("applied " + ShippedScripts.latest())
                .contains("schema is now at version " + ShippedScripts.latest() + ".");

        Result again = run("migrate", "--url", url, "--user", server.user());
        assertThat(again.status).isZero();
        assertThat(again.out)
                .contains("Schema is up to date at version " + ShippedScripts.latest() + "; nothing to apply.");

        Result applied = run("info", "--url", url, "--user", server.user());
        assertThat(applied.status).isZero();
        assertThat(applied.out)
                .contains("Current version: " + ShippedScripts.latest())
                .doesNotContain("Pending")
                .doesNotContain("pending");
        assertColumnsLineUp(applied.out);
    }

    @Test
    void theConnectionComesFromTheSameEnvironmentVariablesAsTheWar() {
        String url = newDatabase();
        Map<String, String> environment =
                Map.of("DB_URL", url, "DB_USER", server.user(), "DB_PASSWORD", server.password());

        Result result = run(environment, "migrate");

        assertThat(result.status).isZero();
        assertThat(result.out)
                .contains("Migrating " + url)
                .contains("schema is now at version " + ShippedScripts.latest() + ".");
    }

    @Test
    void validateFailsWhenAnAppliedMigrationNoLongerMatchesItsScript() throws SQLException {
        String url = newDatabase();
        assertThat(run("migrate", "--target", "3", "--url", url, "--user", server.user()).status)
                .isZero();

        Result valid = run("validate", "--url", url, "--user", server.user());
        assertThat(valid.status).isZero();
        assertThat(valid.out)
                .contains("Valid: the 3 applied migrations")
                .contains((ShippedScripts.versions().size() - 3) + " pending");

        // what the database records when V2 was released with other content than today's script
        try (Connection connection = DriverManager.getConnection(url, server.user(), server.password());
                Statement statement = connection.createStatement()) {
            statement.execute("update flyway_schema_history set checksum = checksum + 1 where version = '2'");
        }

        Result invalid = run("validate", "--url", url, "--user", server.user());
        assertThat(invalid.status).isEqualTo(MigrationsCommand.FAILED);
        assertThat(invalid.err)
                .contains("Validation FAILED")
                .contains("Migration checksum mismatch for migration version 2")
                .contains("must never change")
                .doesNotContainIgnoringCase("repair");
        assertThat(invalid.out).isEmpty();
    }

    @Test
    void badUsageShowsTheUsageAndExitsWith2() {
        Map<String, String> noEnvironment = Map.of();
        for (List<String> args : List.of(
                List.<String>of(),
                List.of("frobnicate"),
                List.of("info", "extra"),
                List.of("info", "--bogus", "x"),
                List.of("info", "--url"),
                List.of("info", "--target", "2", "--url", "jdbc:postgresql://localhost/x"),
                List.of("migrate", "--target", "latest", "--url", "jdbc:postgresql://localhost/x"),
                List.of("info", "--url", "jdbc:mysql://localhost/x"),
                List.of("info"))) {
            Result result = run(noEnvironment, args.toArray(String[]::new));
            assertThat(result.status).as("exit status of %s", args).isEqualTo(MigrationsCommand.USAGE_ERROR);
            assertThat(result.err)
                    .as("stderr of %s", args)
                    .startsWith("taskchat-migrations: ")
                    .contains("Usage:");
            assertThat(result.out).isEmpty();
        }
        assertThat(run(noEnvironment, "info").err).contains("no database given: pass --url or set DB_URL");
    }

    @Test
    void helpIsNotAnError() {
        Result result = run(Map.of(), "--help");
        assertThat(result.status).isZero();
        assertThat(result.out).startsWith("Usage: java -jar taskchat-migrations.jar");
    }

    @Test
    void theRealProcessExitsWith1AndOneLineWhenNoDatabaseAnswers() throws Exception {
        String url = "jdbc:postgresql://localhost:" + closedPort() + "/taskchat";

        Result result = runProcess("info", "--url", url, "--user", "taskchat", "--password", "s3cret");

        assertThat(result.status).isEqualTo(1);
        assertThat(result.err.strip())
                .startsWith("taskchat-migrations: Cannot connect to PostgreSQL at " + url + " as taskchat: ")
                .contains("Connection")
                .doesNotContain("s3cret")
                .doesNotContain("Exception")
                .doesNotContain("\tat ")
                .doesNotContain("\n");
        assertThat(result.out).isEmpty();
    }

    @Test
    void theRealProcessExitsWith2OnBadUsage() throws Exception {
        Result result = runProcess("frobnicate");

        assertThat(result.status).isEqualTo(2);
        assertThat(result.err).contains("unknown command 'frobnicate'").contains("Usage:");
    }

    /** Every row of the table starts its State column at the same offset as the header. */
    private static void assertColumnsLineUp(String out) {
        List<String> lines = Arrays.stream(out.split("\n"))
                .filter(line -> line.matches("^(Version|\\d+) .*"))
                .toList();
        assertThat(lines).hasSize(ShippedScripts.versions().size() + 1);
        int stateColumn = lines.get(0).indexOf("State");
        assertThat(lines.subList(1, lines.size()))
                .allSatisfy(line -> assertThat(line.substring(stateColumn)).startsWith("Success"));
    }

    private static String newDatabase() {
        return server.createDatabase("command_test_" + DATABASES.incrementAndGet());
    }

    private static Result run(String... args) {
        return run(Map.of(), args);
    }

    private static Result run(Map<String, String> environment, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status = new MigrationsCommand(outStream, errStream).run(args, environment);
        }
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The main method in a JVM of its own, without DB_* variables: the exit status is the real one. */
    private static Result runProcess(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                "-cp",
                System.getProperty("java.class.path"),
                MigrationsCommand.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(name -> name.startsWith("DB_"));
        Process process = builder.start();
        process.getOutputStream().close();
        // read stderr alongside stdout, so neither pipe can fill up and block the process
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
        byte[] out = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(
                process.exitValue(),
                new String(out, StandardCharsets.UTF_8),
                new String(err.get(), StandardCharsets.UTF_8));
    }

    private static byte[] readAll(InputStream stream) {
        try (stream) {
            return stream.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private record Result(int status, String out, String err) {}
}
