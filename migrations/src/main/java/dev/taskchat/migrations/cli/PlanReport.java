package dev.taskchat.migrations.cli;

import dev.taskchat.migrations.lint.Finding;
import dev.taskchat.migrations.plan.Lock;
import dev.taskchat.migrations.plan.PlannedMigration;
import dev.taskchat.migrations.plan.PlannedStatement;
import dev.taskchat.migrations.script.Phase;
import java.io.PrintStream;
import java.util.List;

/** Prints a plan for a person reviewing a deploy: per migration, each statement with its lock and risks. */
final class PlanReport {

    private static final String INDENT = "      ";

    private PlanReport() {}

    static void print(List<PlannedMigration> plan, PrintStream out) {
        for (PlannedMigration migration : plan) {
            out.println();
            out.println("V" + migration.script().version() + "  "
                    + migration.script().description());
            out.println("  phase: " + migration.phase().map(Phase::word).orElse("? (none declared)") + "; "
                    + (migration.inTransaction()
                            ? "runs in one transaction (all or nothing; each lock is held until it commits)"
                            : "runs OUTSIDE a transaction (statement by statement)"));
            for (Finding finding : migration.scriptFindings()) {
                out.println("  risk: " + finding.describe());
            }
            for (PlannedStatement statement : migration.statements()) {
                printStatement(statement, out);
            }
        }
    }

    private static void printStatement(PlannedStatement statement, PrintStream out) {
        out.println();
        String label = String.format("  %-4d", statement.line());
        String[] lines = statement.sql().split("\\R");
        out.println(label + lines[0].strip() + (lines.length == 1 ? ";" : ""));
        for (int i = 1; i < lines.length; i++) {
            out.println(INDENT + lines[i].stripTrailing() + (i == lines.length - 1 ? ";" : ""));
        }
        if (statement.locks().isEmpty()) {
            out.println(INDENT + "lock: no table lock");
        }
        for (Lock lock : statement.locks()) {
            out.println(
                    INDENT + "lock: " + lock.describe() + " - " + lock.mode().effect());
        }
        for (Finding risk : statement.risks()) {
            out.println(INDENT
                    + (risk.isAllowed() ? "risk (allowed: " + risk.allowedBecause() + "): " : "risk: ")
                    + risk.describe());
        }
    }
}
