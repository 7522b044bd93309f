package dev.taskchat.launcher;

import java.nio.file.Path;

/**
 * The launcher's command line, normally written by launcher/pom.xml's {@code run} profile.
 *
 * @param war the WAR to deploy
 * @param payaraJar the Payara Micro jar
 * @param dataDirectory where the private PostgreSQL keeps its data (unused when DB_URL is set)
 * @param workDirectory where Payara Micro's root and temp directories go (launcher/target)
 * @param port the HTTP port
 */
record LauncherOptions(Path war, Path payaraJar, Path dataDirectory, Path workDirectory, int port) {

    static final String USAGE = """
            Usage: Launcher --war FILE --payara PAYARA_MICRO_JAR --data-dir DIR [--work-dir DIR] [--port 8080]
            Normally started by `./mvnw -Prun` from the repository root. With DB_URL (and DB_USER, DB_PASSWORD)
            set, that database is used; otherwise a private PostgreSQL keeps its data in --data-dir.
            """;

    static LauncherOptions parse(String[] args) throws IllegalArgumentException {
        Path war = null;
        Path payara = null;
        Path data = null;
        Path work = null;
        int port = 8080;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            String value = args[++i];
            switch (name) {
                case "--war" -> war = Path.of(value);
                case "--payara" -> payara = Path.of(value);
                case "--data-dir" -> data = Path.of(value);
                case "--work-dir" -> work = Path.of(value);
                case "--port" -> port = port(value);
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        if (war == null || payara == null || data == null) {
            throw new IllegalArgumentException("--war, --payara and --data-dir are required");
        }
        if (work == null) {
            work = payara.toAbsolutePath().getParent();
        }
        return new LauncherOptions(
                war.toAbsolutePath().normalize(),
                payara.toAbsolutePath().normalize(),
                data.toAbsolutePath().normalize(),
                work.toAbsolutePath().normalize(),
                port);
    }

    private static int port(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--port must be a TCP port number, not '" + value + "'");
    }
}
