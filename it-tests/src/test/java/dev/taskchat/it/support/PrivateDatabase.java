package dev.taskchat.it.support;

import dev.taskchat.migrations.Migrations;
import dev.taskchat.migrations.embedded.EmbeddedDatabase;
import dev.taskchat.migrations.guard.GuardedMigration;
import java.nio.file.Path;
import java.util.logging.Logger;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts the private PostgreSQL of a test run, migrates it, and tells Payara Micro where it is.
 *
 * <p>Why a launcher session listener: it runs once per test JVM, before JUnit touches any test class, so the
 * database is up and migrated before Arquillian boots Payara (which it does in the first test class's
 * {@code beforeAll}); and it closes after the last one, when Arquillian has already stopped Payara. The
 * database picks a free port itself, so nothing has to be reserved in advance: the listener appends
 * {@code -Ddb.url/-Ddb.user/-Ddb.password} to the {@code payara.cmdOptions} system property, which the
 * Payara Micro adapter reads when Arquillian configures its container, i.e. after this listener ran.
 *
 * <p>{@code taskchat.it.schema.target} says how far to migrate: {@code latest}, or a version such as
 * {@code 3} for a deploy whose migrations have not run yet, or {@code none} for tests that start their own.
 */
public final class PrivateDatabase implements LauncherSessionListener {

    private static final Logger LOG = Logger.getLogger(PrivateDatabase.class.getName());
    private static final String PAYARA_JVM_OPTIONS = "payara.cmdOptions";

    private EmbeddedDatabase database;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        Path workDirectory = Path.of(System.getProperty("taskchat.it.workdir", "target"));
        String target = System.getProperty("taskchat.it.schema.target", "latest");
        if ("none".equals(target)) {
            return; // the tests of this run start their own database (the compatibility gate)
        }
        long started = System.nanoTime();
        database = EmbeddedDatabase.throwaway(workDirectory).start();
        Migrations migrations = new Migrations(database.jdbcUrl(), database.user(), database.password());
        // as an operator's migrate does: with the backfills the scripts declare (the WAR checks they finished)
        new GuardedMigration(migrations, LOG::info).migrate("latest".equals(target) ? null : target, null);
        String jvmOptions = System.getProperty(PAYARA_JVM_OPTIONS, "").strip();
        System.setProperty(
                PAYARA_JVM_OPTIONS,
                (jvmOptions + " -Ddb.url=" + database.jdbcUrl() + " -Ddb.user=" + database.user() + " -Ddb.password="
                                + database.password())
                        .strip());
        LOG.info(() -> "PostgreSQL on port " + database.port() + ", schema at version "
                + migrations.currentVersion().orElse("none") + " (" + (System.nanoTime() - started) / 1_000_000
                + " ms)");
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (database != null) {
            database.close();
            database = null;
        }
    }
}
