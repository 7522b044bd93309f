package dev.taskchat.migrations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskchat.migrations.Migrations;
import dev.taskchat.migrations.ShippedScripts;
import dev.taskchat.migrations.TestDirectories;
import dev.taskchat.migrations.TestServer;
import dev.taskchat.migrations.embedded.EmbeddedDatabase;
import dev.taskchat.migrations.script.MigrationScript;
import dev.taskchat.migrations.script.ScriptLoader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The command-line tool: what it prints and the exit status scripts rely on. */
class MigrationsCommandTest {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final EmbeddedDatabase server = TestServer.shared();

    @Test
    void infoMigrateAndInfoAgainTellTheWholeStory() {
        String url = newDatabase();

        Result pending = run("info", "--url", url, "--user", server.user(), "--password", server.password());
        assertThat(pending.status).isZero();
        assertThat(pending.out)
                .contains("Version  Description")
                .containsPattern("Description +Phase +State")
                .containsPattern("create users and access tokens +expand +Pending")
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
                List.of("info", "--wait-for-transactions", "5", "--url", "jdbc:postgresql://localhost/x"),
                List.of("migrate", "--wait-for-transactions", "-1", "--url", "jdbc:postgresql://localhost/x"),
                List.of("migrate", "--wait-for-transactions", "3601", "--url", "jdbc:postgresql://localhost/x"),
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
        assertThat(run(noEnvironment, "migrate", "--wait-for-transactions=soon").err)
                .contains("--wait-for-transactions must be a number of seconds from 0 to 3600, not 'soon'");
    }

    @Test
    void migrateNamesTheLongTransactionItWillNotQueueBehind() throws SQLException {
        String url = newDatabase();
        assertThat(run("migrate", "--target", "8", "--url", url, "--user", server.user()).status)
                .isZero();

        Result refused;
        try (Connection reader = DriverManager.getConnection(url, server.user(), server.password());
                Statement statement = reader.createStatement()) {
            statement.execute("set application_name = 'monthly-report'");
            reader.setAutoCommit(false);
            statement.execute("select count(*) from tasks");
            refused = run("migrate", "--wait-for-transactions", "0", "--url", url, "--user", server.user());
            reader.rollback();
        }

        assertThat(refused.status).isEqualTo(MigrationsCommand.FAILED);
        assertThat(refused.err)
                .contains("for long transactions to end; nothing more was applied")
                .contains("V9__tasks_priority_rank_expand.sql takes ACCESS EXCLUSIVE on tasks")
                .containsPattern(
                        "pid \\d+ \\(monthly-report, role \\w+\\), idle in transaction, transaction open \\d+\\.\\d s,"
                                + " holds ACCESS SHARE on tasks; last statement: select count\\(\\*\\) from tasks");
        assertThat(refused.out).contains("waiting for long transactions to end before V9");
        assertThat(run("info", "--url", url, "--user", server.user()).out).contains("Current version: 8 (");

        Result after = run("migrate", "--url", url, "--user", server.user());
        assertThat(after.status).isZero();
        assertThat(after.out).doesNotContain("waiting for long transactions");
    }

    @Test
    void planListsThePendingStatementsWithPhaseLocksAndAppliesNothing() throws SQLException {
        String url = newDatabase();
        assertThat(run("migrate", "--target", "4", "--url", url, "--user", server.user()).status)
                .isZero();
        long historyRows = count(url, "select count(*) from flyway_schema_history");

        Result plan = run("plan", "--url", url, "--user", server.user());

        assertThat(plan.status).isZero();
        assertThat(plan.err).isEmpty();
        assertThat(plan.out)
                .contains("(schema at version 4): " + ShippedScripts.after("4").size() + " pending migration")
                .contains("Dry run: nothing is applied.")
                .contains("V5  chat reminders and undo")
                .contains("phase: expand; runs in one transaction (all or nothing; each lock is held until it commits)")
                .contains("alter table tasks add column reminded_at timestamptz;")
                .contains("lock: ACCESS EXCLUSIVE on tasks")
                .contains("lock: SHARE ROW EXCLUSIVE on conversations (referenced by a foreign key)")
                .contains("V6  validate message kind")
                .contains("lock: SHARE UPDATE EXCLUSIVE on messages (while every row is checked)")
                .doesNotContain("risk:");
        // nothing applied: same history, same version, no column of V5
        assertThat(count(url, "select count(*) from flyway_schema_history")).isEqualTo(historyRows);
        assertThat(count(url, "select count(*) from information_schema.columns where column_name = 'reminded_at'"))
                .isZero();
        assertThat(run("info", "--url", url, "--user", server.user()).out).contains("Current version: 4 (");

        assertThat(run("migrate", "--url", url, "--user", server.user()).status).isZero();
        Result upToDate = run("plan", "--url", url, "--user", server.user());
        assertThat(upToDate.status).isZero();
        assertThat(upToDate.out).contains("migrate would apply nothing");
    }

    @Test
    void planRefusesADatabaseThatMigrateWouldRefuse() throws SQLException {
        String url = newDatabase();
        assertThat(run("migrate", "--target", "2", "--url", url, "--user", server.user()).status)
                .isZero();
        execute(url, "update flyway_schema_history set checksum = checksum + 1 where version = '1'");

        Result plan = run("plan", "--url", url, "--user", server.user());

        assertThat(plan.status).isEqualTo(MigrationsCommand.FAILED);
        assertThat(plan.err).contains("Validation FAILED").contains("version 1");
        assertThat(plan.out).doesNotContain("V3");
    }

    @Test
    void lintChecksTheShippedScriptsByDefaultAndExitsWith0WhenClean() {
        Result result = run(Map.of(), "lint");

        assertThat(result.status).isZero();
        assertThat(result.out.strip())
                .isEqualTo("Linted " + ShippedScripts.versions().size() + " scripts: no problems.");
    }

    @Test
    void lintPrintsEachProblemWithItsLineRuleAndSafeAlternativeAndExitsWith1() throws IOException {
        Path folder = lintFolder("unsafe");
        Path script = write(folder, "V" + nextVersion() + "__index_titles.sql", """
                -- phase: expand
                set lock_timeout = '5s';
                create index tasks_title_idx on tasks (title);
                """);

        Result single = run(Map.of(), "lint", script.toString());
        Result whole = run(Map.of(), "lint", folder.toString());

        for (Result result : List.of(single, whole)) {
            assertThat(result.status).isEqualTo(MigrationsCommand.FAILED);
            assertThat(result.out.lines().toList())
                    .containsExactly(
                            script.getFileName()
                                    + ":3: [index-without-concurrently] CREATE INDEX tasks_title_idx on tasks: "
                                    + "CREATE INDEX on an existing table holds a SHARE lock, blocking every write until the"
                                    + " index is built (safe: CREATE INDEX CONCURRENTLY IF NOT EXISTS, alone in a script"
                                    + " headed -- transactional: false)",
                            "Linted "
                                    + (result == single
                                            ? "1 script"
                                            : (ShippedScripts.versions().size() + 1) + " scripts")
                                    + ": 1 problem.");
        }
    }

    @Test
    void lintAcceptsAReviewedExceptionAndCountsIt() throws IOException {
        Path folder = lintFolder("allowed");
        Path script = write(folder, "V" + nextVersion() + "__index_titles.sql", """
                -- phase: expand
                set lock_timeout = '5s';
                -- lint: allow index-without-concurrently because tasks is still empty in every installation
                create index tasks_title_idx on tasks (title);
                """);

        Result result = run(Map.of(), "lint", script.toString());

        assertThat(result.status).isZero();
        assertThat(result.out.strip()).isEqualTo("Linted 1 script: no problems (1 reviewed exception).");
    }

    @Test
    void lintWithAPathThatIsNotAScriptOrADatabaseOptionIsAUsageError() throws IOException {
        Path misnamed = write(lintFolder("misnamed"), "add_column.sql", "select 1;");

        Result missing = run(Map.of(), "lint", "no/such/folder");
        Result notAScript = run(Map.of(), "lint", misnamed.toString());
        Result withDatabase = run(Map.of(), "lint", "--url", "jdbc:postgresql://localhost/x");

        assertThat(missing.status).isEqualTo(MigrationsCommand.USAGE_ERROR);
        assertThat(missing.err).contains("no such file or folder: no/such/folder");
        assertThat(notAScript.status).isEqualTo(MigrationsCommand.USAGE_ERROR);
        assertThat(notAScript.err).contains("is not named like a versioned migration");
        assertThat(withDatabase.status).isEqualTo(MigrationsCommand.USAGE_ERROR);
        assertThat(withDatabase.err).contains("lint reads scripts, not a database");
    }

    @Test
    void theRealProcessExitsWith1WhenLintFindsAProblem() throws Exception {
        Path script = write(lintFolder("process"), "V" + nextVersion() + "__no_header.sql", "select 1;");

        Result result = runProcess("lint", script.toString());

        assertThat(result.status).isEqualTo(1);
        assertThat(result.out).contains(script.getFileName() + ":1: [phase-header] no -- phase: header");
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

    /** A folder under target/ holding copies of the shipped scripts, to which a test adds its own. */
    private static Path lintFolder(String name) throws IOException {
        Path folder = TestDirectories.target().resolve("lint-command-test").resolve(name);
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
        }
        Files.createDirectories(folder);
        for (MigrationScript shipped : ScriptLoader.fromLocations(
                List.of(Migrations.DEFAULT_LOCATION), MigrationsCommandTest.class.getClassLoader())) {
            write(folder, shipped.name(), shipped.text());
        }
        return folder;
    }

    private static Path write(Path folder, String name, String text) throws IOException {
        Files.createDirectories(folder);
        return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }

    /** The version after the latest shipped one. */
    private static String nextVersion() {
        return String.valueOf(Integer.parseInt(ShippedScripts.latest()) + 1);
    }

    private static long count(String url, String query) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, server.user(), server.password());
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, server.user(), server.password());
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
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
