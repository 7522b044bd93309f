package dev.taskchat.web.instance;

import dev.taskchat.web.config.DataSourceConfig;
import dev.taskchat.web.schema.SchemaCheck;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Keeps this instance's row in {@code app_instances}: written on the first heartbeat after start-up, refreshed
 * every {@value #HEARTBEAT_SECONDS} s, deleted on an orderly shutdown. The migrations' contract guard counts an
 * instance as alive while its heartbeat is under 30 s old, so a killed instance stops counting by itself.
 *
 * <p>Each heartbeat is an upsert: a row removed behind the instance's back (a restored database, a clean-up)
 * comes back at the next beat. Until the table exists (schema before version 8) the instance does not
 * register and looks again at every beat, so migrating while it runs is enough.
 */
@ApplicationScoped
public class InstanceRegistry {
    static final long HEARTBEAT_SECONDS = 10;

    private static final Logger LOG = Logger.getLogger(InstanceRegistry.class.getName());

    // heartbeat_at is the database's clock, which is what the guard compares it with: the clocks of the app
    // hosts and of the machine running migrate never meet
    private static final String UPSERT = """
            insert into app_instances (id, app_version, schema_needs, host, started_at, heartbeat_at)
            values (?, ?, ?, ?, ?, now())
            on conflict (id) do update set heartbeat_at = excluded.heartbeat_at""";

    @Resource(lookup = DataSourceConfig.JNDI_NAME)
    DataSource dataSource;

    @Resource
    ManagedScheduledExecutorService executor;

    private final UUID id = UUID.randomUUID();
    private final Instant startedAt = Instant.now();
    private String appVersion;
    private String host;
    private ScheduledFuture<?> schedule;
    private boolean registered;
    private boolean failing;
    private boolean stopped;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        appVersion = AppVersion.current();
        host = hostName();
        // the first beat on the executor too: a slow database must not hold up the deployment
        schedule = executor.scheduleWithFixedDelay(this::beat, 0, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
    }

    synchronized void beat() {
        if (stopped) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            if (!tableExists(connection)) {
                return;
            }
            try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
                upsert.setObject(1, id);
                upsert.setString(2, appVersion);
                upsert.setInt(3, SchemaCheck.REQUIRED_VERSION);
                upsert.setString(4, host);
                upsert.setTimestamp(5, Timestamp.from(startedAt));
                upsert.executeUpdate();
            }
            if (!registered || failing) {
                LOG.info("Taskchat: registered as app instance " + id + " (app " + appVersion + ", needs schema "
                        + SchemaCheck.REQUIRED_VERSION + ", host " + host + ")");
            }
            registered = true;
            failing = false;
        } catch (SQLException | RuntimeException e) {
            // once per outage: the schema check already reports an unreachable database loudly
            LOG.log(failing ? Level.FINE : Level.WARNING, "Taskchat: app instance heartbeat failed; retrying", e);
            failing = true;
        }
    }

    /**
     * The earliest sign of an orderly shutdown. On Payara Micro (SIGTERM, Ctrl-C) {@code @PreDestroy} alone
     * came too late: the row stayed behind, the data source apparently gone by then. It stays as the fallback
     * for a container that destroys the bean without the event; {@link #stop()} runs once either way.
     */
    void beforeShutdown(@Observes @BeforeDestroyed(ApplicationScoped.class) Object stopping) {
        stop();
    }

    @PreDestroy
    synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        if (schedule != null) {
            schedule.cancel(false);
        }
        if (!registered) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement("delete from app_instances where id = ?")) {
            delete.setObject(1, id);
            delete.executeUpdate();
            LOG.info("Taskchat: app instance " + id + " unregistered");
        } catch (SQLException | RuntimeException e) {
            // the row goes stale within 30 s and the guard stops counting it
            LOG.log(Level.WARNING, "Taskchat: could not unregister app instance " + id, e);
        }
    }

    private static boolean tableExists(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select to_regclass('app_instances')");
                ResultSet row = query.executeQuery()) {
            return row.next() && row.getString(1) != null;
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return null; // the column is nullable: the id still tells instances apart
        }
    }
}
