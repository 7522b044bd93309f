package dev.taskchat.migrations.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.taskchat.migrations.TestDirectories;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The private PostgreSQL: both modes, restarts, and the server a killed JVM leaves behind. */
class EmbeddedDatabaseTest {

    @Test
    void aPersistentDatabaseKeepsItsDataAcrossRestartsEvenAfterItsOwnerWasKilled() throws Exception {
        // a fixed place, so the unpacked binaries next to it are reused from one build to the next
        Path data = TestDirectories.target().resolve("persistent-database-test").resolve("postgres");
        deleteRecursively(data);

        // first run: a JVM of its own, killed with -9 while its server runs (a crashed launcher)
        Process owner = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                        "-cp",
                        System.getProperty("java.class.path"),
                        KilledServerOwner.class.getName(),
                        data.toString())
                .redirectErrorStream(true)
                .start();
        try {
            assertThat(readyLine(owner)).startsWith("READY ");
        } finally {
            owner.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        long orphanPid = Long.parseLong(
                Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip());
        assertThat(ProcessHandle.of(orphanPid))
                .hasValueSatisfying(p -> assertThat(p.isAlive()).isTrue());

        // second run: stops the orphan, starts on the same data
        try (EmbeddedDatabase database = EmbeddedDatabase.persistent(data).start()) {
            assertThat(ProcessHandle.of(orphanPid).filter(ProcessHandle::isAlive))
                    .isEmpty();
            assertThat(notes(database)).containsExactly("written by the first run");
            execute(database, "insert into notes values ('written by the second run')");

            // while it runs, nobody else may start a server on that directory
            assertThatThrownBy(() -> EmbeddedDatabase.persistent(data).start())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("in use");
        }

        // third run, after a clean stop
        try (EmbeddedDatabase database = EmbeddedDatabase.persistent(data).start()) {
            assertThat(notes(database)).containsExactly("written by the first run", "written by the second run");
            assertThat(database.logFile())
                    .isEqualTo(data.resolveSibling("postgres.log"))
                    .exists();
        }
        assertThat(data.resolve("PG_VERSION")).exists();
        deleteRecursively(data);
    }

    @Test
    void aThrowawayDatabaseStaysUnderItsDirectoryAndIsDeletedOnClose() throws Exception {
        Path parent = TestDirectories.target();
        EmbeddedDatabase database = EmbeddedDatabase.throwaway(parent).start();
        Path data = database.dataDirectory();
        Path log = database.logFile();
        try {
            assertThat(data).startsWith(parent).isDirectory();
            assertThat(log).startsWith(parent).isRegularFile();

            // the application's own role owns the application's database; text behaves the same everywhere
            try (Connection connection =
                            DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
                    Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery("select current_user, current_database(),"
                            + " lower('ÉCOLE Ÿ'), (select rolsuper from pg_roles where rolname = current_user),"
                            + " (select datlocprovider from pg_database where datname = current_database())")) {
                result.next();
                assertThat(result.getString(1)).isEqualTo("taskchat");
                assertThat(result.getString(2)).isEqualTo("taskchat");
                assertThat(result.getString(3)).isEqualTo("école ÿ");
                assertThat(result.getBoolean(4)).isFalse();
                assertThat(result.getString(5)).isEqualTo("b"); // the builtin provider, not the OS's locales
            }

            String otherUrl = database.createDatabase("another_one");
            assertThat(otherUrl).endsWith("/another_one");
            try (Connection connection = DriverManager.getConnection(otherUrl, database.user(), database.password());
                    Statement statement = connection.createStatement()) {
                statement.execute("create table t (id int)"); // owned by the application's role
            }
            assertThatThrownBy(() -> database.createDatabase("Robert'); drop table students;--"))
                    .isInstanceOf(IllegalArgumentException.class);
        } finally {
            database.close();
        }

        assertThat(data).doesNotExist();
        assertThat(log).doesNotExist();
        assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password()))
                .isInstanceOf(SQLException.class);
        database.close(); // twice is harmless
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> paths = Files.walk(directory)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private static String readyLine(Process process) throws Exception {
        BufferedReader output =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        List<String> seen = new ArrayList<>();
        String line;
        while ((line = output.readLine()) != null) {
            if (line.startsWith("READY ")) {
                return line;
            }
            seen.add(line);
        }
        throw new AssertionError("the owner JVM ended without starting its database:\n" + String.join("\n", seen));
    }

    private static List<String> notes(EmbeddedDatabase database) throws SQLException {
        List<String> notes = new ArrayList<>();
        try (Connection connection =
                        DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select body from notes order by body")) {
            while (result.next()) {
                notes.add(result.getString(1));
            }
        }
        return notes;
    }

    private static void execute(EmbeddedDatabase database, String sql) throws SQLException {
        try (Connection connection =
                        DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
