package dev.taskchat.it.rest;

import static dev.taskchat.it.support.Jsons.obj;
import static org.assertj.core.api.Assertions.assertThat;

import dev.taskchat.it.gate.Catalog;
import dev.taskchat.it.gate.Release;
import dev.taskchat.it.gate.ReleaseSource;
import dev.taskchat.it.support.Api;
import dev.taskchat.it.support.DeployedApplication;
import dev.taskchat.it.support.Jsons;
import dev.taskchat.it.support.PayaraProcess;
import dev.taskchat.it.support.TestUser;
import dev.taskchat.migrations.AppliedMigration;
import dev.taskchat.migrations.Migrations;
import dev.taskchat.migrations.embedded.EmbeddedDatabase;
import dev.taskchat.migrations.guard.AppInstance;
import dev.taskchat.migrations.guard.GuardedMigration;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestClassOrder;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The compatibility gate: the promise that an operator can apply the migrations and then roll the WAR
 * instance by instance without a request failing because of the schema.
 *
 * <ol>
 *   <li>The newest release in docs/releases.properties is exported from its commit and its WAR built; a
 *       database is built by that release's own scripts, and the release writes data into it.
 *   <li>The migrations of this build are applied while the previous release serves (the contract guard holds
 *       back what would break it); the WAR of this build starts beside it. The REST suite runs against both at
 *       once, taking turns request by request: what one writes, the other reads.
 *   <li>The previous release stops, the contract runs, and the suite runs against this build alone.
 *   <li>That database, and one upgraded from every recorded release holding seed data, end in the same schema
 *       as one built from scratch, with no row lost.
 * </ol>
 */
@TestClassOrder(ClassOrderer.OrderAnnotation.class)
public class CompatibilityGateIT {

    private static final Logger LOG = Logger.getLogger(CompatibilityGateIT.class.getName());
    private static final Duration BOOT_TIMEOUT = Duration.ofMinutes(4);
    private static final List<String> PRIORITIES = List.of("none", "low", "medium", "high", "urgent");
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private static Path workDirectory;
    private static Path repository;
    private static Release previous;
    private static EmbeddedDatabase database;
    private static PayaraProcess previousRelease;
    private static PayaraProcess currentRelease;
    private static GuardedMigration.Outcome expand;
    private static TestUser seedUser;
    private static final Map<Long, String> seededPriorities = new LinkedHashMap<>();

    @BeforeAll
    static void thePreviousReleaseServesWhileThisBuildsMigrationsAreApplied() throws Exception {
        workDirectory =
                Path.of(System.getProperty("taskchat.it.workdir", "target")).resolve("gate");
        repository = Path.of(System.getProperty("taskchat.it.repository", ".."));
        Files.createDirectories(workDirectory);
        previous = releases().get(releases().size() - 1);
        ReleaseSource source = ReleaseSource.export(repository, previous, workDirectory);
        Path previousWar = source.war();

        database = EmbeddedDatabase.throwaway(workDirectory).start();
        List<AppliedMigration> byPrevious = migrateAsReleased(database.jdbcUrl(), source);
        LOG.info(() -> "release " + previous + " built its schema: " + byPrevious.size() + " migrations");

        Path payaraJar = Path.of(System.getProperty("payara.microJar"));
        Path currentWar = Path.of(System.getProperty("taskchat.it.war"));
        previousRelease = startPayara("previous-" + previous.version(), payaraJar, previousWar);
        currentRelease = startPayara("current", payaraJar, currentWar);
        previousRelease.awaitReady(BOOT_TIMEOUT);

        DeployedApplication.useTargets(List.of(previousRelease.baseUri()));
        seedThroughThePreviousRelease();

        expand = new GuardedMigration(currentMigrations(database.jdbcUrl()), LOG::info).migrate(null, null);
        currentRelease.awaitReady(BOOT_TIMEOUT);
        DeployedApplication.useTargets(List.of(previousRelease.baseUri(), currentRelease.baseUri()));
    }

    @AfterAll
    static void stopEverything() {
        Stream.of(previousRelease, currentRelease).filter(p -> p != null).forEach(PayaraProcess::close);
        if (database != null) {
            database.close();
        }
    }

    @Nested
    @Order(1)
    class BothReleasesAtOnce extends RestApiSuite {

        @Test
        void migrateAppliedTheExpandsAndHeldBackOnlyWhatWouldBreakThePreviousRelease() {
            assertThat(expand.applied())
                    .as("expands applied while the previous release runs")
                    .isNotEmpty();
            if (expand.refused()) {
                assertThat(expand.verdict().blocking())
                        .as("the live instances that hold the contract back")
                        .extracting(AppInstance::appVersion)
                        .isNotEmpty();
            }
        }

        @Test
        void whatThePreviousReleaseWroteBeforeTheMigrationReadsTheSameOnBoth() {
            Api both = Api.deployed();
            seededPriorities.forEach((id, priority) -> {
                for (int turn = 0; turn < 2; turn++) { // one read on each release
                    JsonObject task = seededTask(both, id);
                    assertThat(Jsons.string(task, "priority")).as("task %d", id).isEqualTo(priority);
                    assertThat(Jsons.strings(task, "tags")).contains("seed", priority);
                }
            });
        }
    }

    @Nested
    @Order(2)
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class AfterTheContract extends RestApiSuite {

        private GuardedMigration.Outcome contract;

        @BeforeAll
        void thePreviousReleaseStopsAndTheContractRuns() {
            previousRelease.close();
            contract = new GuardedMigration(currentMigrations(database.jdbcUrl()), LOG::info).migrate(null, null);
            DeployedApplication.useTargets(List.of(currentRelease.baseUri()));
        }

        @Test
        void nothingIsHeldBackOnceThePreviousReleaseIsGone() {
            assertThat(contract.refused()).as(contract.verdict().summary()).isFalse();
            assertThat(currentMigrations(database.jdbcUrl()).pendingVersions()).isEmpty();
        }

        @Test
        void whatThePreviousReleaseWroteIsIntact() {
            Api current = Api.deployed();
            seededPriorities.forEach((id, priority) -> assertThat(Jsons.string(seededTask(current, id), "priority"))
                    .isEqualTo(priority));
        }
    }

    @Nested
    @Order(3)
    class Upgrades {

        @Test
        void theDatabaseTheReleasesSharedEndsLikeOneBuiltFromScratch() throws SQLException {
            assertThat(Catalog.read(database.jdbcUrl(), database.user(), database.password()))
                    .isEqualTo(fromScratch());
        }

        @ParameterizedTest(name = "from {0}")
        @MethodSource("dev.taskchat.it.rest.CompatibilityGateIT#releases")
        void aDatabaseUpgradedFromAReleaseWithDataEndsLikeOneBuiltFromScratchAndKeepsItsRows(Release release)
                throws Exception {
            ReleaseSource source = ReleaseSource.export(repository, release, workDirectory);
            String url = database.createDatabase("upgrade_" + DATABASES.incrementAndGet());
            migrateAsReleased(url, source);
            execute(url, seed(release));
            Map<String, Long> rowsBefore = Catalog.rowCounts(url, database.user(), database.password());

            new GuardedMigration(currentMigrations(url), LOG::info).migrate(null, null);

            assertThat(Catalog.read(url, database.user(), database.password())).isEqualTo(fromScratch());
            assertThat(Catalog.rowCounts(url, database.user(), database.password()))
                    .as("rows per table")
                    .containsAllEntriesOf(rowsBefore);
            assertThat(seedPriorities(url))
                    .as("each seed task 'seed <priority>' keeps its priority")
                    .hasSize(PRIORITIES.size())
                    .allSatisfy(
                            (title, rank) -> assertThat(PRIORITIES.get(rank)).isEqualTo(title.substring(5)));
        }
    }

    static List<Release> releases() {
        return Release.readAll(
                Path.of(System.getProperty("taskchat.it.repository", "..")).resolve("docs/releases.properties"));
    }

    private static PayaraProcess startPayara(String name, Path payaraJar, Path war) throws IOException {
        return PayaraProcess.start(
                name, payaraJar, war, workDirectory, database.jdbcUrl(), database.user(), database.password());
    }

    /** A user of the previous release with one task per priority, all tagged, written through its API. */
    private static void seedThroughThePreviousRelease() {
        seedUser = Api.deployed().newUser();
        for (String priority : PRIORITIES) {
            JsonObject task = seedUser.createTask(
                    obj("title", "seed " + priority, "priority", priority, "tags", List.of("seed", priority)));
            seededPriorities.put(Jsons.number(task, "id"), priority);
        }
    }

    private static JsonObject seededTask(Api api, long id) {
        return api.get("/api/tasks/" + id)
                .bearer(seedUser.token())
                .send()
                .expect(200)
                .json();
    }

    /**
     * Builds the schema a release left, with that release's own scripts, the way its operators ran them
     * (backfills included: a release's WAR is not ready until the backfills it reads have finished).
     */
    private static List<AppliedMigration> migrateAsReleased(String url, ReleaseSource source) {
        Migrations migrations =
                new Migrations(url, database.user(), database.password(), List.of(source.migrationsLocation()));
        return new GuardedMigration(migrations, LOG::info)
                .migrate(null, "the gate builds a released schema; no application runs on it yet")
                .applied();
    }

    /** This build's migrations (the scripts on the test class path: the migrations module's). */
    private static Migrations currentMigrations(String url) {
        return new Migrations(url, database.user(), database.password());
    }

    private static Map<String, List<String>> fromScratch() throws SQLException {
        String url = database.createDatabase("scratch_" + DATABASES.incrementAndGet());
        new GuardedMigration(currentMigrations(url), LOG::info).migrate(null, null);
        return Catalog.read(url, database.user(), database.password());
    }

    private static String seed(Release release) throws IOException {
        String resource = "/gate/seed-" + release.version() + ".sql";
        try (var in = CompatibilityGateIT.class.getResourceAsStream(resource)) {
            assertThat(in)
                    .as(
                            "seed data for release %s: add it-tests/src/test/resources%s when recording a release",
                            release, resource)
                    .isNotNull();
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** title → priority_rank of the tasks whose title starts with "seed ". */
    private static Map<String, Integer> seedPriorities(String url) throws SQLException {
        Map<String, Integer> priorities = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection(url, database.user(), database.password());
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select title, priority_rank from tasks where title like 'seed %' order by id")) {
            while (rows.next()) {
                priorities.put(rows.getString(1), rows.getInt(2));
            }
        }
        return priorities;
    }

    private static long count(String url, String query) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, database.user(), database.password());
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, database.user(), database.password());
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
