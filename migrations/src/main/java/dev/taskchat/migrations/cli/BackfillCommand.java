package dev.taskchat.migrations.cli;

import dev.taskchat.migrations.DatabaseUnreachableException;
import dev.taskchat.migrations.Migrations;
import dev.taskchat.migrations.backfill.Backfill;
import dev.taskchat.migrations.backfill.BackfillRunner;
import dev.taskchat.migrations.backfill.Backfills;
import java.io.PrintStream;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * {@code backfill <name> [--batch-size N] [--pause-ms M]} runs one registered backfill, resuming where an
 * earlier run stopped; {@code backfill --list} lists them. Connection options as for the other commands.
 * Parsed here rather than in {@link Arguments}: its options mean nothing to the other commands.
 */
final class BackfillCommand {

    private final PrintStream out;
    private final PrintStream err;
    private final Backfills backfills;

    BackfillCommand(PrintStream out, PrintStream err, Backfills backfills) {
        this.out = out;
        this.err = err;
        this.backfills = backfills;
    }

    int run(String[] args, Map<String, String> environment) {
        String name = null;
        boolean list = false;
        String url = blankToNull(environment.get("DB_URL"));
        String user = blankToNull(environment.get("DB_USER"));
        String password = environment.get("DB_PASSWORD");
        BackfillRunner.Settings defaults = BackfillRunner.Settings.DEFAULT;
        int batchSize = defaults.batchSize();
        long pauseMs = defaults.pause().toMillis();
        try {
            for (int i = 1; i < args.length; i++) {
                String arg = args[i];
                if (arg.equals("--list")) {
                    list = true;
                } else if (arg.startsWith("--")) {
                    if (i + 1 >= args.length) {
                        throw new UsageException(arg + " needs a value");
                    }
                    String value = args[++i];
                    switch (arg) {
                        case "--url" -> url = value;
                        case "--user" -> user = value;
                        case "--password" -> password = value;
                        case "--batch-size" -> batchSize = wholeNumber(arg, value);
                        case "--pause-ms" -> pauseMs = wholeNumber(arg, value);
                        default -> throw new UsageException("unknown option " + arg + " for backfill");
                    }
                } else if (name == null) {
                    name = arg;
                } else {
                    throw new UsageException("unexpected argument '" + arg + "'");
                }
            }
            if (list) {
                return list();
            }
            if (name == null) {
                throw new UsageException("backfill needs a name (see backfill --list)");
            }
            if (url == null) {
                throw new UsageException("no database given: pass --url or set DB_URL");
            }
        } catch (UsageException e) {
            err.println("taskchat-migrations: " + e.getMessage());
            err.println("Usage: java -jar taskchat-migrations.jar backfill <name> [--batch-size N] [--pause-ms M]");
            err.println("       java -jar taskchat-migrations.jar backfill --list");
            return MigrationsCommand.USAGE_ERROR;
        }
        Optional<Backfill> backfill = backfills.named(name);
        if (backfill.isEmpty()) {
            err.println("taskchat-migrations: no backfill named '" + name + "' (see backfill --list)");
            return MigrationsCommand.FAILED;
        }
        Migrations migrations = new Migrations(url, user, password);
        try {
            migrations.currentVersion(); // an unreachable database as one sentence
            new BackfillRunner(
                            migrations::openConnection,
                            new BackfillRunner.Settings(batchSize, Duration.ofMillis(pauseMs)),
                            out::println)
                    .run(backfill.get());
            return MigrationsCommand.OK;
        } catch (DatabaseUnreachableException e) {
            err.println("taskchat-migrations: " + e.getMessage());
            return MigrationsCommand.FAILED;
        } catch (SQLException e) {
            err.println("taskchat-migrations: backfill " + name + " failed on " + migrations.displayUrl() + ": "
                    + Migrations.redact(e.getMessage()));
            err.println("Its committed batches are kept; run it again to resume after the last one.");
            return MigrationsCommand.FAILED;
        }
    }

    private int list() {
        if (backfills.all().isEmpty()) {
            out.println("No backfills in this release.");
        }
        for (Backfill backfill : backfills.all()) {
            out.println(backfill.name() + "  (" + backfill.table() + " by " + backfill.keyColumn() + ")");
        }
        return MigrationsCommand.OK;
    }

    private static int wholeNumber(String option, String value) throws UsageException {
        try {
            int number = Integer.parseInt(value);
            if (number >= 0 && !(number == 0 && option.equals("--batch-size"))) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(option + " must be a whole number" + (option.equals("--batch-size") ? " above 0" : "")
                + ", not '" + value + "'");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
