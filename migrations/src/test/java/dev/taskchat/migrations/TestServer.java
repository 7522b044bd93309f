package dev.taskchat.migrations;

import dev.taskchat.migrations.embedded.EmbeddedDatabase;

/**
 * One throwaway PostgreSQL for every test class of this module that needs a server, started on first
 * use and stopped when the test JVM ends. Classes keep apart by creating databases with names of their
 * own prefix, so starting a server per class (a second or two each) buys nothing.
 */
public final class TestServer {
    private static EmbeddedDatabase server;

    private TestServer() {}

    public static synchronized EmbeddedDatabase shared() {
        if (server == null) {
            server = EmbeddedDatabase.throwaway(TestDirectories.target()).start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "test-postgres-stop"));
        }
        return server;
    }
}
