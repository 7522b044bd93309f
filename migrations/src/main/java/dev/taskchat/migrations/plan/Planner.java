package dev.taskchat.migrations.plan;

import dev.taskchat.migrations.lint.Finding;
import dev.taskchat.migrations.lint.Linter;
import dev.taskchat.migrations.lint.Rule;
import dev.taskchat.migrations.lint.Transactions;
import dev.taskchat.migrations.script.MigrationScript;
import dev.taskchat.migrations.script.Phases;
import dev.taskchat.migrations.sql.CommandParser;
import dev.taskchat.migrations.sql.SqlSplitter;
import dev.taskchat.migrations.sql.SqlStatement;
import dev.taskchat.migrations.sql.SqlSyntaxException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Works out what {@code migrate} would do to a database without doing it: for each pending script, its
 * statements in order, the locks each takes, and lint's risk notes. It only reads scripts; which scripts are
 * pending is the caller's question to the database ({@code Migrations.pendingVersions()}).
 */
public final class Planner {

    /** Rules about a script as a whole, not about one of its statements. */
    private static final Set<Rule> SCRIPT_RULES =
            Set.of(Rule.PHASE_HEADER, Rule.CONTRACT_HEADER, Rule.TRANSACTIONAL_HEADER, Rule.SQL_SYNTAX);

    private final Phases phases;

    public Planner(Phases phases) {
        this.phases = phases;
    }

    /**
     * The plan for the pending versions, oldest first.
     *
     * @param history every script, so that the risks of a pending one are judged against what came before it
     */
    public List<PlannedMigration> plan(List<MigrationScript> history, Collection<String> pendingVersions) {
        Set<String> pending = new HashSet<>(pendingVersions);
        List<Finding> findings = new Linter(phases).lint(history, script -> pending.contains(script.version()));
        List<PlannedMigration> plan = new ArrayList<>();
        for (MigrationScript script :
                history.stream().sorted(MigrationScript.BY_VERSION).toList()) {
            if (pending.contains(script.version())) {
                plan.add(plan(
                        script,
                        findings.stream()
                                .filter(f -> f.script().equals(script.name()))
                                .toList()));
            }
        }
        return plan;
    }

    private PlannedMigration plan(MigrationScript script, List<Finding> findings) {
        List<SqlStatement> statements;
        try {
            statements = SqlSplitter.split(script.text());
        } catch (SqlSyntaxException e) {
            return new PlannedMigration(script, phases.of(script), true, List.of(), findings);
        }
        List<PlannedStatement> planned = new ArrayList<>();
        for (SqlStatement statement : statements) {
            List<Finding> risks = findings.stream()
                    .filter(finding -> !SCRIPT_RULES.contains(finding.rule()))
                    .filter(finding -> finding.line() >= firstLine(statement) && finding.line() <= statement.line())
                    .toList();
            planned.add(new PlannedStatement(
                    statement.line(),
                    statement.text(),
                    LockLevels.of(statement, CommandParser.parse(statement)),
                    risks));
        }
        List<Finding> scriptFindings = findings.stream()
                .filter(finding -> SCRIPT_RULES.contains(finding.rule()))
                .toList();
        return new PlannedMigration(
                script, phases.of(script), Transactions.scriptRunsInTransaction(statements), planned, scriptFindings);
    }

    /** The first line of the statement's leading comments, where an allow directive about it would be. */
    private static int firstLine(SqlStatement statement) {
        return statement.leadingComments().isEmpty()
                ? statement.line()
                : statement.leadingComments().get(0).line();
    }
}
