package dev.taskchat.migrations.embedded;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Run in a JVM of its own by {@link EmbeddedDatabaseTest}: starts a persistent database, writes a row,
 * says READY and waits to be killed, like a launcher that crashes while its server runs.
 */
public final class KilledServerOwner {

    private KilledServerOwner() {}

    public static void main(String[] args) throws Exception {
        EmbeddedDatabase database =
                EmbeddedDatabase.persistent(Path.of(args[0])).start();
        try (Connection connection =
                        DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
                Statement statement = connection.createStatement()) {
            statement.execute("create table notes (body text not null)");
            statement.execute("insert into notes values ('written by the first run')");
        }
        System.out.println("READY " + database.port());
        System.out.flush();
        Thread.sleep(120_000); // the test kills us long before
    }
}
