package dev.taskchat.migrations.guard;

import dev.taskchat.migrations.Migrations;
import dev.taskchat.migrations.MigrationsException;
import dev.taskchat.migrations.backfill.Backfill;
import dev.taskchat.migrations.backfill.BackfillRunner;
import dev.taskchat.migrations.backfill.Backfills;
import dev.taskchat.migrations.script.MigrationScript;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/** The backfills that scripts declare in their headers ({@code -- backfill: NAME}), run as migrate reaches them. */
final class DeclaredBackfills {

    private final Migrations migrations;
    private final Backfills backfills;
    private final Consumer<String> log;

    DeclaredBackfills(Migrations migrations, Backfills backfills, Consumer<String> log) {
        this.migrations = migrations;
        this.backfills = backfills;
        this.log = log;
    }

    /** Of {@code scripts}, the versions after which a backfill must run. */
    static List<String> stops(List<MigrationScript> scripts) {
        return scripts.stream()
                .filter(script -> script.header().declaredBackfill().isPresent())
                .map(MigrationScript::version)
                .toList();
    }

    /**
     * Runs every backfill that an applied script declares to its end; one that finished before costs a single
     * query. A backfill's failure stops migrate: the scripts after it may rely on its data.
     */
    void finishApplied() {
        Set<String> pending = new HashSet<>(migrations.pendingVersions());
        for (MigrationScript script : migrations.scripts()) {
            Optional<String> name = script.header().declaredBackfill();
            if (name.isEmpty() || pending.contains(script.version())) {
                continue;
            }
            Backfill backfill = backfills
                    .named(name.get())
                    .orElseThrow(() -> new MigrationsException(
                            script.name() + " declares backfill " + name.get()
                                    + ", which this release does not know (lint reports it as backfill-header)",
                            null));
            run(script, backfill);
        }
    }

    private void run(MigrationScript script, Backfill backfill) {
        BackfillRunner runner = new BackfillRunner(migrations::openConnection, BackfillRunner.Settings.DEFAULT, log);
        try {
            BackfillRunner.Result result = runner.run(backfill);
            if (!result.alreadyFinished()) {
                log.accept("  backfill " + backfill.name() + " (declared by " + script.name() + ") finished: "
                        + result.rowsUpdated() + " of " + result.rowsDone() + " rows updated");
            }
        } catch (SQLException e) {
            throw new MigrationsException(
                    "backfill " + backfill.name() + " (declared by " + script.name() + ") failed; migrate again to"
                            + " resume it after its last committed batch: " + Migrations.redact(e.getMessage()),
                    e);
        }
    }
}
