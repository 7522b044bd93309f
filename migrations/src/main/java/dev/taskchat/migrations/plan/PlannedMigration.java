package dev.taskchat.migrations.plan;

import dev.taskchat.migrations.lint.Finding;
import dev.taskchat.migrations.script.MigrationScript;
import dev.taskchat.migrations.script.Phase;
import java.util.List;
import java.util.Optional;

/**
 * A pending migration and what applying it would do.
 *
 * @param phase its declared phase; empty when it declares none (lint reports that)
 * @param inTransaction whether Flyway will run it in one transaction (all or nothing)
 * @param scriptFindings lint's findings about the script as a whole (header, unreadable SQL)
 */
public record PlannedMigration(
        MigrationScript script,
        Optional<Phase> phase,
        boolean inTransaction,
        List<PlannedStatement> statements,
        List<Finding> scriptFindings) {

    public PlannedMigration {
        statements = List.copyOf(statements);
        scriptFindings = List.copyOf(scriptFindings);
    }
}
