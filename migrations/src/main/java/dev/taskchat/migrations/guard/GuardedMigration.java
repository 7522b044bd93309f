package dev.taskchat.migrations.guard;

import dev.taskchat.migrations.AppliedMigration;
import dev.taskchat.migrations.Migrations;
import dev.taskchat.migrations.MigrationsException;
import dev.taskchat.migrations.backfill.Backfills;
import dev.taskchat.migrations.lock.LongTransactions;
import dev.taskchat.migrations.script.MigrationScript;
import dev.taskchat.migrations.script.Phases;
import dev.taskchat.migrations.script.Versions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * {@code migrate} with the contract guard in front of it: applies every pending script up to, not including,
 * the first contract a live instance still relies on (Flyway's target), or everything when the operator
 * overrides the guard with a reason.
 *
 * <p>An expand that declares {@code -- backfill: NAME} is followed by that backfill, run to its end before any
 * later script: a later script may validate a check that needs the data, or drop the column it came from.
 *
 * <p>The guard reads the instances once, before applying. An old instance that starts while the expands run
 * is not seen; during a deploy nothing starts old instances, and the next {@code migrate} looks again.
 */
public final class GuardedMigration {

    private static final Logger LOG = Logger.getLogger(GuardedMigration.class.getName());

    private final Migrations migrations;
    private final ContractGuard guard;
    private final DeclaredBackfills backfills;
    private final LongTransactions longTransactions;

    /** {@code log} receives the progress lines of the backfills that migrate runs. */
    public GuardedMigration(Migrations migrations, Consumer<String> log) {
        this(migrations, Backfills.shipped(), log);
    }

    public GuardedMigration(Migrations migrations, Backfills backfills, Consumer<String> log) {
        this(migrations, backfills, LongTransactions.Policy.DEFAULT, log);
    }

    /** {@code longTransactions}: how long a transaction must be open to be waited for, and for how long. */
    public GuardedMigration(
            Migrations migrations,
            Backfills backfills,
            LongTransactions.Policy longTransactions,
            Consumer<String> log) {
        this.migrations = migrations;
        this.guard = new ContractGuard(Phases.shipped());
        this.backfills = new DeclaredBackfills(migrations, backfills, log);
        this.longTransactions = new LongTransactions(migrations, longTransactions, log);
    }

    /**
     * What happened.
     *
     * @param overrideReason the operator's reason when a refused contract was applied anyway, else null
     */
    public record Outcome(List<AppliedMigration> applied, GuardVerdict verdict, String overrideReason) {

        public Outcome {
            applied = List.copyOf(applied);
        }

        /** True when the guard held a contract back: {@code migrate} did not finish its job. */
        public boolean refused() {
            return verdict.refuses() && overrideReason == null;
        }
    }

    /**
     * The guard's verdict on the scripts {@code migrate} would apply (up to {@code targetVersion}, or all when
     * null); reads the database, applies nothing.
     */
    public GuardVerdict verdict(String targetVersion) {
        return guard.judge(pendingScripts(targetVersion), liveInstances());
    }

    /**
     * Applies what the guard allows.
     *
     * @param targetVersion stop after this version, or null for all
     * @param allowContractReason why a refused contract may run anyway (the operator checked the instances), or
     *     null to respect the guard; it is logged with the instances it overrode
     */
    public Outcome migrate(String targetVersion, String allowContractReason) {
        if (allowContractReason != null && allowContractReason.isBlank()) {
            throw new IllegalArgumentException("overriding the contract guard needs a reason");
        }
        List<MigrationScript> pending = pendingScripts(targetVersion);
        GuardVerdict verdict = guard.judge(pending, liveInstances());
        if (!verdict.refuses()) {
            return new Outcome(apply(targetVersion, pending), verdict, null);
        }
        if (allowContractReason != null) {
            LOG.warning("Contract guard overridden for " + verdict.refused().name() + " (breaks schema needs below "
                    + verdict.breaksBelow() + "), reason: " + allowContractReason + "; live instances relying on it: "
                    + verdict.blocking().stream().map(AppInstance::describe).collect(Collectors.joining("; ")));
            return new Outcome(apply(targetVersion, pending), verdict, allowContractReason);
        }
        // the expands before the refused contract are safe for every running release: apply them now
        List<AppliedMigration> applied = verdict.lastSafe()
                .map(lastSafe -> apply(lastSafe, between(pending, null, lastSafe)))
                .orElse(List.of());
        return new Outcome(applied, verdict, null);
    }

    /**
     * Applies the pending scripts up to {@code targetVersion} (all when null), {@code pending} being those
     * scripts, stopping after each one that declares a backfill to run that backfill to its end; first finishes
     * the backfill of an earlier run that was interrupted. Before each stretch, waits for the long transactions
     * its DDL would queue behind.
     */
    private List<AppliedMigration> apply(String targetVersion, List<MigrationScript> pending) {
        List<AppliedMigration> applied = new ArrayList<>();
        backfills.finishApplied();
        String from = null;
        for (String stop : DeclaredBackfills.stops(pending)) {
            longTransactions.awaitNone(between(pending, from, stop));
            applied.addAll(migrations.migrate(stop));
            backfills.finishApplied();
            from = stop;
        }
        longTransactions.awaitNone(between(pending, from, null));
        applied.addAll(targetVersion == null ? migrations.migrate() : migrations.migrate(targetVersion));
        return applied;
    }

    private List<MigrationScript> pendingScripts(String targetVersion) {
        Set<String> pending = new HashSet<>(migrations.pendingVersions());
        return migrations.scripts().stream()
                .filter(script -> pending.contains(script.version()))
                .filter(script -> targetVersion == null || Versions.compare(script.version(), targetVersion) <= 0)
                .toList();
    }

    /** The scripts after version {@code from} (null: from the first) up to {@code to} (null: to the last). */
    private static List<MigrationScript> between(List<MigrationScript> scripts, String from, String to) {
        return scripts.stream()
                .filter(script -> from == null || Versions.compare(script.version(), from) > 0)
                .filter(script -> to == null || Versions.compare(script.version(), to) <= 0)
                .toList();
    }

    private List<AppInstance> liveInstances() {
        try (Connection connection = migrations.openConnection()) {
            return LiveInstances.read(connection);
        } catch (SQLException e) {
            throw new MigrationsException(
                    "cannot read the running app instances (app_instances): " + Migrations.redact(e.getMessage()), e);
        }
    }
}
