package dev.taskchat.migrations.cli;

import dev.taskchat.migrations.AppliedMigration;
import dev.taskchat.migrations.DatabaseUnreachableException;
import dev.taskchat.migrations.MigrationInfo;
import dev.taskchat.migrations.Migrations;
import dev.taskchat.migrations.MigrationsException;
import dev.taskchat.migrations.Validation;
import dev.taskchat.migrations.backfill.Backfills;
import dev.taskchat.migrations.guard.AppInstance;
import dev.taskchat.migrations.guard.GuardVerdict;
import dev.taskchat.migrations.guard.GuardedMigration;
import dev.taskchat.migrations.guard.LiveInstances;
import dev.taskchat.migrations.lock.LockRetry;
import dev.taskchat.migrations.lock.LongTransactions;
import dev.taskchat.migrations.lock.RetryingMigrate;
import dev.taskchat.migrations.plan.Planner;
import dev.taskchat.migrations.script.Phases;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * {@code java -jar taskchat-migrations.jar <migrate|info|validate|plan|lint> [options]}: the migration step of
 * a deploy, its dry run, and the check of the scripts themselves. See {@link #USAGE}. Everything a person needs is printed by this class; Flyway's own log is kept to
 * warnings, so the output reads the same in a terminal and in a CI log.
 */
public final class MigrationsCommand {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE_ERROR = 2;

    static final String USAGE = """
            Usage: java -jar taskchat-migrations.jar <command> [options]

            Commands:
              migrate    apply the pending migrations (all of them, or up to --target); a contract waits while a
                         running app instance still needs what it removes (the contract guard)
              info       list every migration with its phase and state, and the current schema version
              validate   check that the applied migrations still match their scripts
              plan       dry run: the statements migrate would run, with their phase, locks and risks
              backfill NAME [--batch-size N] [--pause-ms M] | backfill --list
                         run a registered data migration in keyed batches, one transaction each;
                         resumes after the last committed batch (list: the registered ones)
              lint [FILE|DIR]...
                         check scripts against the zero-downtime rules, no database needed
                         (default: the scripts this executable ships)

            Options:
              --url URL            PostgreSQL JDBC URL, e.g. jdbc:postgresql://db:5432/taskchat  (default: $DB_URL)
              --user USER          database user                                          (default: $DB_USER)
              --password PASSWORD  database password; prefer $DB_PASSWORD, the command line is visible to ps
              --target VERSION     migrate only: stop after this version, e.g. --target 2
              --allow-contract REASON
                                   migrate only: apply contracts the guard refuses; the reason is printed and logged
              --lock-retries N     migrate only: attempts in all when DDL times out on its lock (default 5,
                                   waiting about 1 s, 2 s, 4 s, 8 s in between)
              --wait-for-transactions SECONDS
                                   migrate only: before DDL that makes writes wait, wait up to this long (per
                                   check) for transactions open 1 s or more on its tables to end (default 120; 0:
                                   fail, naming them): queued behind one, the DDL would stall every query on it
              --help               show this text

            Exit status: 0 done; 1 failed (database unreachable, migration failed, scripts and database differ,
            lint found a problem, the contract guard held a contract back); 2 wrong usage.
            """;

    private final PrintStream out;
    private final PrintStream err;
    private final List<String> locations;
    private Backfills backfills = Backfills.shipped();

    MigrationsCommand(PrintStream out, PrintStream err) {
        this(out, err, List.of(Migrations.DEFAULT_LOCATION));
    }

    /** Scripts from other locations: tests use it to run the guard on contracts the shipped history lacks. */
    MigrationsCommand(PrintStream out, PrintStream err, List<String> locations) {
        this.out = out;
        this.err = err;
        this.locations = List.copyOf(locations);
    }

    /** The backfills {@code backfill} knows: tests register their own. */
    MigrationsCommand withBackfills(Backfills backfills) {
        this.backfills = backfills;
        return this;
    }

    public static void main(String[] args) {
        if (System.getProperty("java.util.logging.SimpleFormatter.format") == null) {
            System.setProperty("java.util.logging.SimpleFormatter.format", "%4$s: %5$s%6$s%n");
        }
        System.exit(new MigrationsCommand(System.out, System.err).run(args, System.getenv()));
    }

    /** Runs one command and returns the exit status; never throws for a problem the operator can fix. */
    int run(String[] args, Map<String, String> environment) {
        Arguments arguments;
        LockRetry lockRetry;
        try {
            if (args.length > 0 && args[0].equals("backfill")) {
                return new BackfillCommand(out, err, backfills).run(args, environment);
            }
            LockRetriesOption lockRetries = LockRetriesOption.extract(args);
            lockRetry = lockRetries.retry();
            arguments = Arguments.parse(lockRetries.rest(), environment);
        } catch (UsageException e) {
            err.println("taskchat-migrations: " + e.getMessage());
            err.println();
            err.print(USAGE);
            return USAGE_ERROR;
        }
        if (arguments == null) {
            out.print(USAGE);
            return OK;
        }
        if (arguments.command().equals("lint")) {
            return lint(arguments.paths());
        }
        Migrations migrations = new Migrations(arguments.url(), arguments.user(), arguments.password(), locations);
        try {
            return switch (arguments.command()) {
                case "migrate" -> migrate(migrations, arguments, lockRetry);
                case "info" -> info(migrations);
                case "validate" -> validate(migrations);
                case "plan" -> plan(migrations);
                default -> throw new IllegalStateException("unhandled command " + arguments.command());
            };
        } catch (DatabaseUnreachableException e) {
            err.println("taskchat-migrations: " + e.getMessage());
            return FAILED;
        } catch (MigrationsException e) {
            err.println("taskchat-migrations: " + arguments.command() + " failed on " + migrations.displayUrl());
            err.println(e.getMessage());
            return FAILED;
        }
    }

    private int migrate(Migrations migrations, Arguments arguments, LockRetry lockRetry) {
        String target = arguments.target();
        out.println("Migrating " + migrations.displayUrl() + (target == null ? "" : " up to version " + target));
        LongTransactions.Policy longTransactions = arguments.transactionWait() == null
                ? LongTransactions.Policy.DEFAULT
                : LongTransactions.Policy.DEFAULT.withAtMost(arguments.transactionWait());
        // lock timeouts are retried with backoff, and a second operator waits for this one (RetryingMigrate)
        GuardedMigration.Outcome outcome = new RetryingMigrate(migrations, lockRetry, out::println)
                .run(() -> new GuardedMigration(migrations, Backfills.shipped(), longTransactions, out::println)
                        .migrate(target, arguments.allowContract()));
        List<AppliedMigration> applied = outcome.applied();
        if (outcome.overrideReason() != null) {
            out.println("Contract guard OVERRIDDEN for "
                    + outcome.verdict().refused().name() + ", reason: " + outcome.overrideReason());
            printInstances(outcome.verdict(), out);
        }
        for (AppliedMigration migration : applied) {
            out.printf(
                    "  applied %-6s %s (%d ms)%n",
                    migration.version(),
                    migration.description(),
                    migration.executionTime().toMillis());
        }
        String version = migrations.currentVersion().orElse("none");
        if (applied.isEmpty()) {
            out.println("Schema is up to date at version " + version + "; nothing to apply.");
        } else {
            out.println("Applied " + applied.size() + " migration" + (applied.size() == 1 ? "" : "s")
                    + "; schema is now at version " + version + ".");
        }
        if (outcome.refused()) {
            printRefusal(outcome.verdict());
            return FAILED;
        }
        return OK;
    }

    private void printRefusal(GuardVerdict verdict) {
        String script =
                "V" + verdict.refused().version() + " (" + verdict.refused().name() + ")";
        err.println("Contract guard REFUSED " + script + ": it is a contract that breaks app instances needing a"
                + " schema below " + verdict.breaksBelow() + ", and these are alive (heartbeat within "
                + LiveInstances.LIVE_WITHIN.toSeconds() + " s):");
        printInstances(verdict, err);
        err.println(verdict.lastSafe()
                        .map(version -> "The migrations up to version " + version + " are applied; ")
                        .orElse("Nothing was applied; ")
                + "V" + verdict.refused().version() + " and every later migration stay pending.");
        err.println("Finish rolling out the new release (stop those instances), then run migrate again. If they are"
                + " not really serving the old release, override with a reason, which is printed and logged:");
        err.println("  --allow-contract \"<why it is safe>\"");
    }

    private static void printInstances(GuardVerdict verdict, PrintStream stream) {
        for (AppInstance instance : verdict.blocking()) {
            stream.println("  - " + instance.describe());
        }
    }

    private int info(Migrations migrations) {
        List<MigrationInfo> all = migrations.info();
        out.println("Migrations of " + migrations.displayUrl());
        out.println();
        out.print(InfoTable.render(all));
        out.println();
        long pending = all.stream().filter(m -> m.state().equals("Pending")).count();
        out.println("Current version: "
                + migrations.currentVersion().orElse("none (no migration applied yet)")
                + (pending == 0 ? "" : " (" + pending + " pending)"));
        printGuard(migrations);
        return OK;
    }

    private int lint(List<String> paths) {
        try {
            return new LintCommand(out).run(paths).isEmpty() ? OK : FAILED;
        } catch (UsageException e) {
            err.println("taskchat-migrations: " + e.getMessage());
            return USAGE_ERROR;
        }
    }

    private int plan(Migrations migrations) {
        // migrate validates first: a plan for a database that migrate would refuse would mislead
        if (validate(migrations, false) != OK) {
            return FAILED;
        }
        List<String> pending = migrations.pendingVersions();
        String version = migrations.currentVersion().orElse("none");
        if (pending.isEmpty()) {
            out.println("Schema of " + migrations.displayUrl() + " is up to date at version " + version
                    + "; migrate would apply nothing.");
            return OK;
        }
        out.println("Plan for " + migrations.displayUrl() + " (schema at version " + version + "): " + pending.size()
                + " pending migration" + (pending.size() == 1 ? "" : "s") + ". Dry run: nothing is applied.");
        PlanReport.print(new Planner(Phases.shipped()).plan(migrations.scripts(), pending), out);
        out.println();
        printGuard(migrations);
        return OK;
    }

    /** The guard's verdict on what migrate would apply now, with the instances that hold a contract back. */
    private void printGuard(Migrations migrations) {
        GuardVerdict verdict = new GuardedMigration(migrations, out::println).verdict(null);
        out.println(verdict.summary());
        printInstances(verdict, out);
    }

    private int validate(Migrations migrations) {
        return validate(migrations, true);
    }

    /** Prints problems always, the all-clear only when {@code reportSuccess}. */
    private int validate(Migrations migrations, boolean reportSuccess) {
        Validation validation = migrations.validate();
        String version = migrations.currentVersion().orElse("none");
        if (validation.valid()) {
            if (!reportSuccess) {
                return OK;
            }
            out.println("Valid: the " + validation.appliedCount() + " applied migrations of " + migrations.displayUrl()
                    + " match their scripts (schema at version " + version + ", " + validation.pendingCount()
                    + " pending).");
            return OK;
        }
        err.println("Validation FAILED: the applied migrations of " + migrations.displayUrl()
                + " differ from the scripts:");
        for (String problem : validation.problems()) {
            err.println("  - " + problem.replace("\n", "\n    "));
        }
        err.println("A released migration must never change. Restore the script as it was released and make the"
                + " change in a new version.");
        return FAILED;
    }
}
