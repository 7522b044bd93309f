package dev.taskchat.migrations.guard;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the instances that are alive: a heartbeat within {@link #LIVE_WITHIN}. Instances beat every 10 s, so
 * 30 s allows two missed beats (a long GC pause, a slow database) before an instance counts as gone; a killed
 * instance leaves its row behind, and this is what makes it stop counting.
 */
public final class LiveInstances {

    public static final Duration LIVE_WITHIN = Duration.ofSeconds(30);

    // the database's clock on both sides (instances write now()), so a skewed clock on the machine running
    // migrate cannot make a live instance look dead
    private static final String QUERY = """
            select id::text, app_version, schema_needs, host, started_at, heartbeat_at
            from app_instances
            where heartbeat_at > now() - make_interval(secs => ?)
            order by schema_needs, started_at, id""";

    private LiveInstances() {}

    /** The live instances, oldest schema first; none when the table does not exist yet (before V8). */
    public static List<AppInstance> read(Connection connection) throws SQLException {
        if (!tableExists(connection)) {
            return List.of();
        }
        List<AppInstance> live = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(QUERY)) {
            statement.setLong(1, LIVE_WITHIN.toSeconds());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    live.add(new AppInstance(
                            rows.getString(1),
                            rows.getString(2),
                            rows.getInt(3),
                            rows.getString(4),
                            rows.getTimestamp(5).toInstant(),
                            rows.getTimestamp(6).toInstant()));
                }
            }
        }
        return live;
    }

    private static boolean tableExists(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select to_regclass('app_instances')");
                ResultSet row = statement.executeQuery()) {
            return row.next() && row.getString(1) != null;
        }
    }
}
