package dev.taskchat.migrations.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * A private PostgreSQL server for the run command and for the tests of every module, so a fresh machine
 * needs only a JDK and Maven.
 *
 * <p>Two modes. <b>Persistent</b> keeps its data directory between runs (the run command: tasks survive a
 * restart). <b>Throwaway</b> creates a fresh data directory under a directory the caller owns (typically
 * {@code target/}) and deletes it on {@link #close()}. Either way every file stays under directories the
 * caller passed: the data, the server log and the unpacked PostgreSQL binaries (zonky would otherwise use
 * {@code java.io.tmpdir}; it still writes one small detection script there, which is why our builds point
 * {@code java.io.tmpdir} into {@code target/}). No Unix socket is created, only a TCP port on localhost.
 *
 * <p>The server runs as the current user. As root, PostgreSQL refuses to start, so zonky runs it in a user
 * namespace ({@code unshare -U}); that is how CI (root) and a developer (ordinary user) get the same thing.
 *
 * <p>The server's own output goes to a log file next to the data directory, not to the console; when the
 * server fails to start, the exception carries the last lines of that log.
 *
 * <p>It creates a login role and a database both named {@value #DATABASE}, owned by that role, as an
 * application would have in production (not the superuser).
 */
public final class EmbeddedDatabase implements AutoCloseable {

    /** The database the application uses. */
    public static final String DATABASE = "taskchat";

    private static final String USER = "taskchat";
    private static final String PASSWORD = "taskchat";
    private static final String SUPERUSER = "postgres";
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final int LOG_LINES_ON_FAILURE = 40;

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class.getName());

    // zonky reports every step (unpacking, initdb, start, stop) at INFO; keep that chatter off the console
    // and let warnings and errors through. Held in a field: java.util.logging keeps loggers weakly.
    private static final Logger ZONKY_LOG = quiet("io.zonky.test");

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;
    private final Path logFile;
    private final boolean persistent;
    private final Thread shutdownHook;
    private boolean closed;

    private EmbeddedDatabase(
            EmbeddedPostgres postgres,
            Path dataDirectory,
            Path logFile,
            boolean persistent,
            boolean registerShutdownHook) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.logFile = logFile;
        this.persistent = persistent;
        this.shutdownHook = registerShutdownHook ? new Thread(this::close, "embedded-postgres-stop") : null;
        if (shutdownHook != null) {
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        }
    }

    /**
     * A server whose data lives in {@code dataDirectory} and is kept between runs: created on first use,
     * reused afterwards. The unpacked binaries and the log go next to it: for {@code .taskchat/postgres},
     * {@code .taskchat/postgres-binaries/} and {@code .taskchat/postgres.log}.
     */
    public static Builder persistent(Path dataDirectory) {
        return new Builder(dataDirectory.toAbsolutePath().normalize(), true);
    }

    /**
     * A server with a fresh, empty data directory under {@code parentDirectory}/embedded-postgres, deleted on
     * {@link #close()}. The unpacked binaries stay there (in {@code pg/}), to be reused by the next one.
     */
    public static Builder throwaway(Path parentDirectory) {
        return new Builder(parentDirectory.toAbsolutePath().normalize().resolve("embedded-postgres"), false);
    }

    /** JDBC URL of the {@value #DATABASE} database. */
    public String jdbcUrl() {
        return jdbcUrl(DATABASE);
    }

    /** JDBC URL of another database of this server, e.g. one made by {@link #createDatabase(String)}. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    public String user() {
        return USER;
    }

    public String password() {
        return PASSWORD;
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** The server's log: startup, errors, shutdown. */
    public Path logFile() {
        return logFile;
    }

    /**
     * Creates an empty database owned by {@link #user()}, for a test that needs one of its own (a database
     * that is behind, or one it may break), and returns its JDBC URL.
     */
    public String createDatabase(String name) {
        if (!DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("database name must be lower-case letters, digits and _: " + name);
        }
        try (Connection connection = superuserConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name + " owner " + USER);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name + ": " + e.getMessage(), e);
        }
        return jdbcUrl(name);
    }

    /** Stops the server (fast: open sessions are ended) and, in throwaway mode, deletes its data. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            postgres.close(); // pg_ctl stop -m fast; in throwaway mode it also deletes the data directory
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not stop the embedded PostgreSQL in " + dataDirectory, e);
        }
        if (!persistent) {
            deleteQuietly(logFile);
        }
        if (shutdownHook != null && Thread.currentThread() != shutdownHook) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException shutdownAlreadyRunning) {
                // the JVM is exiting; the hook would find us closed anyway
            }
        }
    }

    @Override
    public String toString() {
        return "EmbeddedDatabase[" + dataDirectory + ", port " + port() + "]";
    }

    private Connection superuserConnection() throws SQLException {
        return DriverManager.getConnection(jdbcUrl("postgres"), SUPERUSER, "");
    }

    /** Creates the application's role and database unless an earlier run already did. */
    private void createRoleAndDatabase() throws SQLException {
        try (Connection connection = superuserConnection();
                Statement statement = connection.createStatement()) {
            if (!exists(connection, "select 1 from pg_roles where rolname = ?", USER)) {
                statement.execute("create role " + USER + " login password '" + PASSWORD + "'");
            }
            if (!exists(connection, "select 1 from pg_database where datname = ?", DATABASE)) {
                statement.execute("create database " + DATABASE + " owner " + USER);
            }
        }
    }

    private static boolean exists(Connection connection, String query, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, name);
            try (ResultSet result = statement.executeQuery()) {
                return result.next();
            }
        }
    }

    private static Logger quiet(String name) {
        Logger logger = Logger.getLogger(name);
        if (logger.getLevel() == null) {
            logger.setLevel(Level.WARNING);
        }
        return logger;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.FINE, "could not delete " + file, e);
        }
    }

    /** Chooses the mode's options, then {@link #start()} the server. */
    public static final class Builder {

        private final Path directory;
        private final boolean persistent;
        private int port;
        private boolean registerShutdownHook = true;
        private Duration startupTimeout = Duration.ofSeconds(60);

        private Builder(Path directory, boolean persistent) {
            this.directory = directory;
            this.persistent = persistent;
        }

        /** A fixed TCP port; by default a free one is chosen. */
        public Builder port(int port) {
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("port out of range: " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * Whether to stop the server when the JVM exits without {@link #close()} (default: yes). A caller that
         * orders its own shutdown (the launcher stops Payara first) turns it off and closes it itself.
         */
        public Builder registerShutdownHook(boolean register) {
            this.registerShutdownHook = register;
            return this;
        }

        /** How long to wait for the server to accept connections (default 60 s; 2 shared cores are slow). */
        public Builder startupTimeout(Duration timeout) {
            this.startupTimeout = Objects.requireNonNull(timeout);
            return this;
        }

        public EmbeddedDatabase start() {
            Path workDirectory = persistent ? directory.getParent() : directory;
            Path dataDirectory = persistent ? directory : directory.resolve("data-" + UUID.randomUUID());
            Path logFile = workDirectory.resolve(dataDirectory.getFileName() + ".log");
            // zonky makes the directory it unpacks into world-writable (to share /tmp between users); it is
            // put one level down in a directory only we can enter, so nobody else can swap the binaries
            Path privateDirectory =
                    persistent ? workDirectory.resolve(dataDirectory.getFileName() + "-binaries") : workDirectory;
            Path binaries = privateDirectory.resolve("pg");
            try {
                Files.createDirectories(privateDirectory);
                ownerOnly(privateDirectory);
                Files.createDirectories(dataDirectory);
                Files.createDirectories(binaries);
                if (persistent) {
                    LeftoverServer.stopIfAny(dataDirectory);
                }
                // one log per run: the previous run's server is gone by now
                Files.deleteIfExists(logFile);
                Files.createFile(logFile);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot prepare " + dataDirectory, e);
            }
            EmbeddedPostgres postgres = startServer(dataDirectory, logFile, binaries);
            EmbeddedDatabase database =
                    new EmbeddedDatabase(postgres, dataDirectory, logFile, persistent, registerShutdownHook);
            try {
                database.createRoleAndDatabase();
            } catch (SQLException | RuntimeException e) {
                database.close();
                throw new IllegalStateException(
                        "PostgreSQL started but the " + DATABASE + " database could not be created: " + e.getMessage(),
                        e);
            }
            return database;
        }

        private EmbeddedPostgres startServer(Path dataDirectory, Path logFile, Path binaries) {
            ProcessBuilder.Redirect log = ProcessBuilder.Redirect.appendTo(logFile.toFile());
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(!persistent)
                    .setOverrideWorkingDirectory(binaries.toFile())
                    .setPort(port == 0 ? freePort() : port)
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(startupTimeout)
                    .setOutputRedirector(log)
                    .setErrorRedirector(log)
                    // the same behaviour on every machine whatever its OS locales: code-point order and
                    // Unicode-aware lower()/upper() (the schema checks lower-cased e-mails and tags)
                    .setLocaleConfig("encoding", "UTF8")
                    .setLocaleConfig("locale", "C")
                    .setLocaleConfig("locale-provider", "builtin")
                    .setLocaleConfig("builtin-locale", "C.UTF-8")
                    .setServerConfig("listen_addresses", "localhost")
                    // no socket file in /tmp or /var/run: everything stays under the caller's directories
                    .setServerConfig("unix_socket_directories", "''");
            if (persistent) {
                // zonky starts the server with fsync off, fine for a throwaway database; data kept across
                // runs must survive a crash of the machine
                builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
            } else {
                builder.setServerConfig("full_page_writes", "off");
            }
            try {
                return builder.start();
            } catch (IOException | RuntimeException e) {
                throw new IllegalStateException(
                        "PostgreSQL did not start on " + dataDirectory + ": " + e.getMessage() + "\n--- last lines of "
                                + logFile + " ---\n" + tail(logFile),
                        e);
            }
        }

        private static void ownerOnly(Path directory) throws IOException {
            if (directory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
            }
        }

        private static int freePort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException("no free TCP port", e);
            }
        }

        private static String tail(Path logFile) {
            try {
                List<String> lines = Files.readAllLines(logFile);
                return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_LINES_ON_FAILURE), lines.size()));
            } catch (IOException e) {
                return "(log not readable: " + e.getMessage() + ")";
            }
        }
    }

    /**
     * A persistent data directory can still have a server running from an earlier run whose JVM was killed
     * (pg_ctl detaches the server, so it outlives its parent). Starting again would fail on the server's
     * lock file; instead, if no live process holds the directory, that orphan is stopped first.
     */
    static final class LeftoverServer {

        private LeftoverServer() {}

        static void stopIfAny(Path dataDirectory) throws IOException {
            requireNotInUse(dataDirectory);
            Path pidFile = dataDirectory.resolve("postmaster.pid");
            if (!Files.exists(pidFile)) {
                return;
            }
            List<String> lines = Files.readAllLines(pidFile);
            if (lines.isEmpty()) {
                return;
            }
            long pid;
            try {
                pid = Long.parseLong(lines.get(0).strip());
            } catch (NumberFormatException e) {
                return; // not ours to interpret; PostgreSQL will complain itself
            }
            ProcessHandle server = ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(process -> process.info()
                            .command()
                            .map(command -> command.endsWith("/postgres"))
                            .orElse(false))
                    .orElse(null);
            if (server == null) {
                return; // a stale pid file after a crash: PostgreSQL removes it on start
            }
            LOG.warning("stopping a PostgreSQL server (pid " + pid + ") left running on " + dataDirectory
                    + " by an earlier run");
            try {
                // SIGINT is PostgreSQL's "fast shutdown": sessions are ended, data is written out cleanly
                new ProcessBuilder("kill", "-INT", Long.toString(pid))
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start()
                        .waitFor(10, TimeUnit.SECONDS);
                server.onExit().get(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while stopping PostgreSQL pid " + pid, e);
            } catch (Exception e) {
                throw new IOException(
                        "could not stop the PostgreSQL server (pid " + pid + ") left running on " + dataDirectory
                                + "; stop it and try again",
                        e);
            }
        }

        /**
         * zonky holds a lock on a file in the data directory while it runs a server there; if someone holds it
         * now, the directory belongs to a live process and must not be touched.
         */
        private static void requireNotInUse(Path dataDirectory) throws IOException {
            Path lockFile = dataDirectory.resolve("epg-lock");
            if (!Files.exists(lockFile)) {
                return; // never started here (and initdb wants an empty directory: don't create it)
            }
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
                FileLock lock = channel.tryLock();
                if (lock == null) {
                    throw inUse(dataDirectory);
                }
                lock.release();
            } catch (OverlappingFileLockException e) {
                throw inUse(dataDirectory);
            }
        }

        private static IllegalStateException inUse(Path dataDirectory) {
            return new IllegalStateException("the PostgreSQL data directory " + dataDirectory
                    + " is in use by another running process (another Taskchat or test run?)");
        }
    }
}
