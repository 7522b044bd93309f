package dev.taskchat.migrations;

import dev.taskchat.migrations.script.MigrationScript;
import dev.taskchat.migrations.script.Phases;
import dev.taskchat.migrations.script.ScriptLoader;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.flywaydb.core.api.output.ValidateOutput;
import org.flywaydb.core.api.output.ValidateResult;
import org.flywaydb.database.postgresql.PostgreSQLConfigurationExtension;

/**
 * Applies, lists and checks the Taskchat schema on one PostgreSQL database, through the Flyway API.
 *
 * <p>The configuration is deliberately strict and has no magic: scripts come only from the given locations,
 * a badly named script is an error rather than silently skipped, {@code clean} (drop everything) is
 * disabled, and there is no baseline, so a database that was not built by these scripts is never adopted by
 * accident. Every operation first opens a plain connection, so an unreachable database is reported as a
 * {@link DatabaseUnreachableException} with one readable line, never as a deep Flyway stack trace.
 *
 * <p>A script that contains a statement PostgreSQL refuses inside a transaction ({@code CREATE INDEX
 * CONCURRENTLY}) runs entirely outside one, and Flyway's lock against a second concurrent {@code migrate} is
 * a session-level advisory lock rather than an open transaction, which such a statement would wait for
 * forever. Such scripts declare {@code -- transactional: false}; {@code lint} checks that they do (see
 * {@link dev.taskchat.migrations.lint.Transactions}).
 *
 * <p>An instance holds no connection; each call opens and closes its own.
 */
public final class Migrations {

    /** Where the scripts of the Taskchat schema live on the classpath. */
    public static final String DEFAULT_LOCATION = "classpath:db/migration";

    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)(password=)[^&;\\s]*");

    // Flyway reports every step at INFO; callers print their own summary (the CLI, the launcher) and tests
    // have no use for it, so only its warnings reach the console unless logging is configured otherwise.
    // Held in a field: java.util.logging keeps loggers weakly.
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    static {
        if (FLYWAY_LOG.getLevel() == null) {
            FLYWAY_LOG.setLevel(Level.WARNING);
        }
    }

    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final List<String> locations;

    /** The Taskchat schema on the database at {@code jdbcUrl}; user and password may be null. */
    public Migrations(String jdbcUrl, String user, String password) {
        this(jdbcUrl, user, password, List.of(DEFAULT_LOCATION));
    }

    /**
     * Scripts from other locations ({@code classpath:...} or {@code filesystem:...}). Tests use this to
     * build a schema history on purpose, e.g. to show that an edited script is detected.
     */
    public Migrations(String jdbcUrl, String user, String password, List<String> locations) {
        this.jdbcUrl = Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        this.user = user;
        this.password = password;
        if (locations.isEmpty()) {
            throw new IllegalArgumentException("at least one location is needed");
        }
        this.locations = List.copyOf(locations);
    }

    /** Applies every pending script; returns what was applied now, in order (empty when up to date). */
    public List<AppliedMigration> migrate() {
        return migrate(configuration());
    }

    /**
     * Applies pending scripts up to and including {@code targetVersion}, leaving later ones pending. Tests use
     * it to build a database that is behind, as during a rolling deploy.
     */
    public List<AppliedMigration> migrate(String targetVersion) {
        Objects.requireNonNull(targetVersion, "targetVersion");
        return migrate(configuration().target(targetVersion));
    }

    /** Every script and every applied migration, ordered by version, with its state and phase. */
    public List<MigrationInfo> info() {
        MigrationInfoService info = run(() -> flyway(configuration()).info());
        Map<String, MigrationScript> scripts = scripts().stream()
                .collect(Collectors.toMap(MigrationScript::version, Function.identity(), (a, b) -> a));
        Phases phases = Phases.shipped();
        return Arrays.stream(info.all())
                .map(migration -> toInfo(migration, scripts, phases))
                .toList();
    }

    /** The versions {@code migrate} would apply now, oldest first. */
    public List<String> pendingVersions() {
        return info().stream()
                .filter(migration -> migration.state().equals("Pending"))
                .map(MigrationInfo::version)
                .toList();
    }

    /** The scripts at this instance's locations, oldest first; reads no database. */
    public List<MigrationScript> scripts() {
        return ScriptLoader.fromLocations(locations, Migrations.class.getClassLoader());
    }

    /** The version of the last applied migration, or empty for a database no script has touched. */
    public Optional<String> currentVersion() {
        return run(() -> {
            org.flywaydb.core.api.MigrationInfo current =
                    flyway(configuration()).info().current();
            return current == null || current.getVersion() == null
                    ? Optional.empty()
                    : Optional.of(current.getVersion().getVersion());
        });
    }

    /**
     * Compares the applied migrations with the scripts: a script edited after it was applied (checksum), a
     * renamed or deleted one, or a failed migration is a problem. Pending scripts are not: validating before
     * migrating is the normal order of a deploy.
     */
    public Validation validate() {
        return run(() -> {
            // pending: expected before a deploy; future: the database is ahead of these scripts, which is
            // what an older release sees during a rolling deploy
            Flyway flyway = flyway(configuration().ignoreMigrationPatterns("*:pending", "*:future"));
            ValidateResult result = flyway.validateWithResult();
            MigrationInfoService info = flyway.info();
            List<String> problems = new ArrayList<>();
            if (!result.validationSuccessful) {
                for (ValidateOutput invalid : result.invalidMigrations) {
                    problems.add(
                            invalid.errorDetails == null
                                    ? "Migration " + invalid.version + " (" + invalid.description
                                            + ") does not match its script"
                                    : withoutRepairAdvice(invalid.errorDetails.errorMessage));
                }
                if (problems.isEmpty()) {
                    problems.add(
                            result.errorDetails == null
                                    ? result.getAllErrorMessages()
                                    : withoutRepairAdvice(result.errorDetails.errorMessage));
                }
            }
            return new Validation(problems, info.applied().length, info.pending().length);
        });
    }

    /**
     * A new connection to this database, for the steps around Flyway (cleanup before a lock retry, backfills).
     * The caller closes it.
     */
    public Connection openConnection() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, connectionProperties());
    }

    /** The JDBC URL with any password parameter masked, for messages and logs. */
    public String displayUrl() {
        return redact(jdbcUrl);
    }

    /** Masks every {@code password=...} parameter in a text (a URL or a driver message quoting it). */
    public static String redact(String text) {
        return text == null ? null : PASSWORD_PARAMETER.matcher(text).replaceAll("$1***");
    }

    private List<AppliedMigration> migrate(FluentConfiguration configuration) {
        MigrateResult result = run(() -> flyway(configuration).migrate());
        return result.migrations.stream()
                .map(m -> new AppliedMigration(
                        m.version == null ? "" : m.version, m.description, Duration.ofMillis(m.executionTime)))
                .toList();
    }

    private FluentConfiguration configuration() {
        FluentConfiguration configuration = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(jdbcUrl, user, password)
                .locations(locations.toArray(String[]::new))
                // a misnamed script (v3_x.sql, V3-x.sql) would otherwise be skipped without a word
                .validateMigrationNaming(true)
                // clean drops every object in the schema: never reachable from this code
                .cleanDisabled(true)
                .baselineOnMigrate(false)
                // a script holding CREATE INDEX CONCURRENTLY runs outside a transaction as a whole, its
                // SET lock_timeout included; without this Flyway refuses the mix
                .mixed(true)
                // Flyway's own progress lines go through SLF4J, i.e. java.util.logging, like the rest
                .loggers("slf4j");
        // by default Flyway holds its advisory lock in an open transaction; CREATE INDEX CONCURRENTLY waits for
        // every older transaction to end, so it would wait for Flyway's own until lock_timeout (or forever)
        configuration
                .getConfigurationExtension(PostgreSQLConfigurationExtension.class)
                .setTransactionalLock(false);
        return configuration;
    }

    private static Flyway flyway(FluentConfiguration configuration) {
        return configuration.load();
    }

    private <T> T run(FlywayCall<T> call) {
        requireReachable();
        try {
            return call.run();
        } catch (FlywayException e) {
            throw new MigrationsException(redact(String.valueOf(e.getMessage()).strip()), e);
        }
    }

    /**
     * Opens one connection before Flyway does: a refused connection, an unknown host or a wrong password then
     * becomes one sentence that names the URL (never the password).
     */
    private void requireReachable() {
        try {
            DriverManager.getConnection(jdbcUrl, connectionProperties()).close();
        } catch (SQLException e) {
            String reason = reason(e);
            throw new DatabaseUnreachableException(
                    "Cannot connect to PostgreSQL at " + displayUrl() + (user == null ? "" : " as " + user) + ": "
                            + redact(reason.replace(jdbcUrl, displayUrl())),
                    e);
        }
    }

    private Properties connectionProperties() {
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        return properties;
    }

    /** The driver's first sentence, plus the underlying cause when the sentence alone says nothing. */
    private static String reason(SQLException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof UnknownHostException) {
            return "unknown host " + root.getMessage();
        }
        String reason = firstLine(e.getMessage());
        // "The connection attempt failed." says nothing; the cause (a timeout, a TLS problem...) does. A refused
        // connection is already spelled out by the driver.
        if (root != e
                && !(root instanceof ConnectException)
                && root.getMessage() != null
                && !reason.contains(root.getMessage())) {
            reason += " (" + firstLine(root.getMessage()) + ")";
        }
        return reason;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no reason given";
        }
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }

    /**
     * Flyway suggests "repair" for a changed script, which would rewrite the recorded checksum and hide the
     * edit. Our rule is the opposite (never edit a released migration, fix forward), so that advice goes.
     */
    private static String withoutRepairAdvice(String message) {
        if (message == null) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String line : message.split("\\R")) {
            Matcher repair = Pattern.compile("(?i)\\brepair\\b").matcher(line);
            if (!repair.find()) {
                kept.add(line.stripTrailing());
            }
        }
        return String.join(System.lineSeparator(), kept).strip();
    }

    private static MigrationInfo toInfo(
            org.flywaydb.core.api.MigrationInfo flyway, Map<String, MigrationScript> scripts, Phases phases) {
        String version = flyway.getVersion() == null ? "" : flyway.getVersion().getVersion();
        MigrationScript script = scripts.get(version);
        return new MigrationInfo(
                version,
                flyway.getDescription(),
                flyway.getState().getDisplayName(),
                flyway.getInstalledOn() == null ? null : flyway.getInstalledOn().toInstant(),
                flyway.getType() == null ? "" : flyway.getType().name(),
                script == null ? Optional.empty() : phases.of(script));
    }

    @FunctionalInterface
    private interface FlywayCall<T> {
        T run();
    }
}
