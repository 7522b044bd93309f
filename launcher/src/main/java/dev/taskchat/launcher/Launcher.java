package dev.taskchat.launcher;

import dev.taskchat.migrations.AppliedMigration;
import dev.taskchat.migrations.DatabaseUnreachableException;
import dev.taskchat.migrations.Migrations;
import dev.taskchat.migrations.MigrationsException;
import dev.taskchat.migrations.embedded.EmbeddedDatabase;
import dev.taskchat.migrations.guard.GuardedMigration;
import dev.taskchat.migrations.lock.LockRetry;
import dev.taskchat.migrations.lock.RetryingMigrate;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The run command: database, migrations, Payara Micro with the WAR, and an orderly stop.
 *
 * <p>Stopping has two entry points that must not race: the main thread, when something fails or Payara ends,
 * and the shutdown hook, on Ctrl-C or SIGTERM. The hook only stops Payara (which makes the main thread
 * return) and then waits for the main thread, which does all the cleanup in one place: Payara first, then
 * the database, so the application never sees its database vanish under it.
 */
public final class Launcher {

    static final String BANNER = "Taskchat is running at http://localhost:%d  (API: /api, health: /health,"
            + " OpenAPI: /openapi) — Ctrl-C stops the server and the database";

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(5);
    private static final int INTERRUPTED = 130;

    private final LauncherOptions options;
    private final Map<String, String> environment;
    private final PrintStream out;
    private final PrintStream err;
    private final CountDownLatch finished = new CountDownLatch(1);

    private volatile boolean stopping;
    private volatile PayaraMicro payara;
    private volatile EmbeddedDatabase embedded;

    Launcher(LauncherOptions options, Map<String, String> environment, PrintStream out, PrintStream err) {
        this.options = options;
        this.environment = environment;
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        if (System.getProperty("java.util.logging.SimpleFormatter.format") == null) {
            System.setProperty("java.util.logging.SimpleFormatter.format", "%4$s: %5$s%6$s%n");
        }
        LauncherOptions options;
        try {
            options = LauncherOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("taskchat launcher: " + e.getMessage());
            System.err.print(LauncherOptions.USAGE);
            System.exit(2);
            return;
        }
        Launcher launcher = new Launcher(options, System.getenv(), System.out, System.err);
        Runtime.getRuntime().addShutdownHook(new Thread(launcher::onSignal, "taskchat-stop"));
        int status = launcher.run();
        // after Ctrl-C this blocks until the shutdown hook is done, which is what we want
        System.exit(status);
    }

    /** Starts everything and blocks while Taskchat runs; returns the exit status. */
    int run() {
        try {
            return start();
        } catch (DatabaseUnreachableException e) {
            loud(
                    e.getMessage(),
                    "Set DB_URL, DB_USER and DB_PASSWORD to a reachable database, or unset DB_URL to"
                            + " use the private one.");
            return 1;
        } catch (MigrationsException e) {
            loud("The migrations failed, so Taskchat was not started:\n" + e.getMessage());
            return 1;
        } catch (RuntimeException | IOException e) {
            // e.g. the private PostgreSQL did not start: its message carries the end of its log
            loud("Taskchat could not start: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return INTERRUPTED;
        } finally {
            stopEverything();
            finished.countDown();
        }
    }

    private int start() throws IOException, InterruptedException {
        if (!Files.isRegularFile(options.war())) {
            loud(
                    "There is no WAR at " + options.war() + ".",
                    "Build it first: `./mvnw -Prun` from the repository root"
                            + " builds the web module before it starts Taskchat.");
            return 1;
        }
        if (!Files.isRegularFile(options.payaraJar())) {
            loud("There is no Payara Micro jar at " + options.payaraJar() + ".");
            return 1;
        }
        if (!Ports.isFree(options.port())) {
            loud(
                    "Port " + options.port()
                            + " is already in use, so Taskchat cannot listen there. Nothing was started.",
                    "Stop whatever listens on it (`ss -ltnp 'sport = :" + options.port() + "'` shows it), or choose"
                            + " another port: ./mvnw -Prun -Dtaskchat.port=8081");
            return 1;
        }

        Map<String, String> database = database();
        if (stopping) {
            return INTERRUPTED;
        }
        migrate(database);
        if (stopping) {
            return INTERRUPTED;
        }

        out.println("Starting Payara Micro with " + options.war().getFileName() + " (its log follows) ...");
        payara = PayaraMicro.start(
                options.payaraJar(), options.war(), options.port(), options.workDirectory(), database, out);
        if (stopping) {
            return INTERRUPTED;
        }
        if (!payara.awaitReady(READY_TIMEOUT)) {
            if (stopping) {
                return INTERRUPTED;
            }
            loud(
                    "DEPLOYMENT FAILED: " + payara.failure(READY_TIMEOUT),
                    "Taskchat is NOT running; Payara Micro and the database are being stopped. Payara's full"
                            + " output is above.");
            return 1;
        }
        banner(String.format(BANNER, options.port()));

        int status = payara.waitFor();
        if (stopping) {
            return 0;
        }
        loud("Payara Micro stopped by itself (exit status " + status + "); stopping the database.");
        return status == 0 ? 1 : status;
    }

    /**
     * DB_URL when it is set (the same variables the WAR reads), otherwise the private PostgreSQL. Returns the
     * environment Payara Micro gets.
     */
    private Map<String, String> database() {
        String url = environment.get("DB_URL");
        if (url != null && !url.isBlank()) {
            out.println("Using the database at " + Migrations.redact(url) + " (from DB_URL)");
            return Map.of(
                    "DB_URL", url,
                    "DB_USER", environment.getOrDefault("DB_USER", ""),
                    "DB_PASSWORD", environment.getOrDefault("DB_PASSWORD", ""));
        }
        out.println("Starting the private PostgreSQL in " + options.dataDirectory() + " ...");
        embedded = EmbeddedDatabase.persistent(options.dataDirectory())
                // we stop it ourselves, after Payara: its own hook could stop it first
                .registerShutdownHook(false)
                .start();
        out.println("Using the private PostgreSQL in " + options.dataDirectory() + " (port " + embedded.port() + ")");
        return Map.of("DB_URL", embedded.jdbcUrl(), "DB_USER", embedded.user(), "DB_PASSWORD", embedded.password());
    }

    /**
     * Migrates the way an operator's {@code migrate} does: lock timeouts are retried, and a contract
     * script waits while an app instance that still needs the old shape is alive (the WAR about to
     * start runs fine on the expanded schema, so that is a warning, not a reason to stop).
     */
    private void migrate(Map<String, String> database) {
        Migrations migrations =
                new Migrations(database.get("DB_URL"), database.get("DB_USER"), database.get("DB_PASSWORD"));
        GuardedMigration.Outcome outcome = new RetryingMigrate(migrations, LockRetry.DEFAULT, out::println)
                .run(() -> new GuardedMigration(migrations, out::println).migrate(null, null));
        List<AppliedMigration> applied = outcome.applied();
        for (AppliedMigration migration : applied) {
            out.println("Applied migration " + migration.version() + " " + migration.description() + " ("
                    + migration.executionTime().toMillis() + " ms)");
        }
        String version = migrations.currentVersion().orElse("none");
        out.println(
                applied.isEmpty()
                        ? "Schema is up to date at version " + version + "."
                        : "Schema is now at version " + version + ".");
        if (outcome.refused()) {
            loud(
                    "Contract migration V" + outcome.verdict().refused().version()
                            + " is held back: app instances that still need the old schema are alive.",
                    "`java -jar migrations/target/taskchat-migrations.jar info` names them; Taskchat starts on"
                            + " the schema as it is.");
        }
    }

    /** The shutdown hook: Ctrl-C or SIGTERM. */
    private void onSignal() {
        stopping = true;
        try {
            PayaraMicro running = payara;
            if (running != null && running.isAlive()) {
                out.println("Stopping Taskchat: Payara Micro first, then the database ...");
                running.stop(); // this ends the main thread's wait; it then cleans up
            }
            if (!finished.await(2, TimeUnit.MINUTES)) {
                stopEverything(); // the main thread is stuck somewhere; do it here
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Payara, then the database; safe to call twice and from both threads. */
    private synchronized void stopEverything() {
        stopping = true;
        PayaraMicro running = payara;
        payara = null;
        if (running != null) {
            try {
                running.stop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            out.println("Payara Micro stopped.");
        }
        EmbeddedDatabase database = embedded;
        embedded = null;
        if (database != null) {
            database.close();
            out.println("The private PostgreSQL stopped.");
        }
    }

    private void banner(String message) {
        String rule = "=".repeat(Math.min(message.length() + 4, 120));
        out.println();
        out.println(rule);
        out.println("  " + message);
        out.println(rule);
        out.println();
    }

    private void loud(String... lines) {
        String rule = "!".repeat(100);
        err.println();
        err.println(rule);
        for (String line : lines) {
            for (String part : line.split("\n")) {
                err.println("  " + part);
            }
        }
        err.println(rule);
        err.println();
    }
}
