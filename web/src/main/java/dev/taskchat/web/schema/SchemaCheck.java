package dev.taskchat.web.schema;

import dev.taskchat.web.config.DataSourceConfig;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Compares Flyway's history table with {@link #REQUIRED_VERSION}, and the backfills that migrate ran with
 * {@link #REQUIRED_BACKFILLS}. Once ready it stays ready (schemas only move forward); while not ready it looks
 * again at most every few seconds, so running the migrations is enough to bring a waiting instance up.
 */
@ApplicationScoped
public class SchemaCheck {
    /** The newest migration this build of the WAR reads or writes. */
    public static final int REQUIRED_VERSION = 12;

    /**
     * The backfills (migrations module, {@code backfill_progress}) whose data this build reads: a version can
     * be applied while the backfill its script declared is still running or was interrupted.
     */
    public static final List<String> REQUIRED_BACKFILLS = List.of("tasks_priority_rank", "tasks_reminder_sent_at");

    private static final Logger LOG = Logger.getLogger(SchemaCheck.class.getName());
    private static final Duration RECHECK_AFTER = Duration.ofSeconds(2);
    private static final String HISTORY_QUERY = """
            select version from flyway_schema_history where success and version is not null""";
    private static final String FINISHED_BACKFILLS_QUERY = """
            select name from backfill_progress where finished_at is not null""";

    @Resource(lookup = DataSourceConfig.JNDI_NAME)
    DataSource dataSource;

    private final Clock clock = Clock.systemUTC();
    private volatile SchemaStatus last;
    private volatile Instant checkedAt = Instant.MIN;

    public SchemaStatus status() {
        SchemaStatus status = last;
        if (status != null && (status.isReady() || clock.instant().isBefore(checkedAt.plus(RECHECK_AFTER)))) {
            return status;
        }
        return check();
    }

    private synchronized SchemaStatus check() {
        SchemaStatus status = read();
        if (last == null || last.isReady() != status.isReady()) {
            LOG.log(status.isReady() ? Level.INFO : Level.SEVERE, "Taskchat: " + status.explanation());
        }
        last = status;
        checkedAt = clock.instant();
        return status;
    }

    private SchemaStatus read() {
        Set<Integer> applied = new TreeSet<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            if (!tableExists(connection, "flyway_schema_history")) {
                return behind(applied, Set.of());
            }
            try (ResultSet rows = statement.executeQuery(HISTORY_QUERY)) {
                while (rows.next()) {
                    parse(rows.getString(1), applied);
                }
            }
            Set<String> finished = new TreeSet<>();
            if (tableExists(connection, "backfill_progress")) {
                try (ResultSet rows = statement.executeQuery(FINISHED_BACKFILLS_QUERY)) {
                    while (rows.next()) {
                        finished.add(rows.getString(1));
                    }
                }
            }
            return behind(applied, finished);
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "Taskchat: cannot check the database schema", e);
            return new SchemaStatus(REQUIRED_VERSION, null, List.of(), List.of(), unreachable());
        }
    }

    private static String unreachable() {
        boolean configured = ConfigProvider.getConfig()
                .getOptionalValue("db.url", String.class)
                .isPresent();
        return configured
                ? "cannot reach the database (see the server log); check DB_URL, DB_USER and DB_PASSWORD"
                : "no database is configured: set DB_URL (e.g. jdbc:postgresql://host:5432/taskchat), DB_USER and"
                        + " DB_PASSWORD, or the MicroProfile Config properties db.url, db.user and db.password";
    }

    private static boolean tableExists(Connection connection, String table) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(null, null, table, null)) {
            return tables.next();
        }
    }

    private static void parse(String version, Set<Integer> applied) {
        try {
            applied.add(Integer.parseInt(version.contains(".") ? version.substring(0, version.indexOf('.')) : version));
        } catch (NumberFormatException e) {
            LOG.warning("Taskchat: ignoring unexpected migration version " + version);
        }
    }

    private static SchemaStatus behind(Set<Integer> applied, Set<String> finishedBackfills) {
        List<Integer> missing = IntStream.rangeClosed(1, REQUIRED_VERSION)
                .filter(version -> !applied.contains(version))
                .boxed()
                .toList();
        Integer current = applied.isEmpty() ? null : ((TreeSet<Integer>) applied).last();
        List<String> unfinished = REQUIRED_BACKFILLS.stream()
                .filter(name -> !finishedBackfills.contains(name))
                .toList();
        return new SchemaStatus(REQUIRED_VERSION, current, missing, unfinished, null);
    }
}
