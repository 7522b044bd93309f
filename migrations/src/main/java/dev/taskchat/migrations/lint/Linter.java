package dev.taskchat.migrations.lint;

import dev.taskchat.migrations.backfill.Backfills;
import dev.taskchat.migrations.script.MigrationScript;
import dev.taskchat.migrations.script.Phase;
import dev.taskchat.migrations.script.Phases;
import dev.taskchat.migrations.script.ScriptHeader;
import dev.taskchat.migrations.sql.Command;
import dev.taskchat.migrations.sql.CommandParser;
import dev.taskchat.migrations.sql.SqlSplitter;
import dev.taskchat.migrations.sql.SqlStatement;
import dev.taskchat.migrations.sql.SqlSyntaxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Checks scripts against the rules of shared/MIGRATIONS.md ({@link Rule}). The scripts are read as a history,
 * oldest first: what an earlier script created is an existing table for a later one, and a NOT NULL check
 * validated earlier lets a later SET NOT NULL through. Statements are checked one by one, each against the
 * schema as the statements before it left it.
 */
public final class Linter {

    private static final List<Check> CHECKS = List.of(
            new VolatileDefaultCheck(),
            new SetNotNullCheck(),
            new ConstraintCheck(),
            new IndexCheck(),
            new TransactionCheck(),
            new ExpandCheck(),
            new TypeChangeCheck(),
            new LockTimeoutCheck(),
            new RerunCheck());

    private final Phases phases;
    private final Backfills backfills;

    /** A linter that knows the backfills shipped with this release. */
    public Linter(Phases phases) {
        this(phases, Backfills.shipped());
    }

    public Linter(Phases phases, Backfills backfills) {
        this.phases = phases;
        this.backfills = backfills;
    }

    /** Every finding in every script of the history, allowed ones included ({@link Finding#isAllowed()}). */
    public List<Finding> lint(List<MigrationScript> history) {
        return lint(history, script -> true);
    }

    /**
     * The findings in the scripts {@code reported} selects; the others are read only as the history before
     * them. Allowed findings are included, marked.
     */
    public List<Finding> lint(List<MigrationScript> history, Predicate<MigrationScript> reported) {
        List<MigrationScript> ordered = new ArrayList<>(history);
        ordered.sort(MigrationScript.BY_VERSION);
        SchemaModel schema = new SchemaModel();
        List<Finding> findings = new ArrayList<>();
        for (MigrationScript script : ordered) {
            List<Finding> found = lint(script, schema);
            if (reported.test(script)) {
                findings.addAll(found);
            }
        }
        return findings;
    }

    private List<Finding> lint(MigrationScript script, SchemaModel schema) {
        List<Finding> findings = new ArrayList<>(headerFindings(script));
        List<SqlStatement> statements;
        try {
            statements = SqlSplitter.split(script.text());
        } catch (SqlSyntaxException e) {
            findings.add(Finding.of(script.name(), e.line(), Rule.SQL_SYNTAX, e.getMessage()));
            return findings;
        }
        ScriptState state = new ScriptState(script, phases.of(script), schema);
        for (SqlStatement statement : statements) {
            Command command = CommandParser.parse(statement);
            List<Finding> found = new ArrayList<>();
            for (Check check : CHECKS) {
                check.check(statement, command, state, found);
            }
            findings.addAll(applyAllows(script, statement, found));
            schema.apply(command);
            state.after(command);
        }
        if (state.declaredNonTransactional && Transactions.scriptRunsInTransaction(statements)) {
            findings.add(Finding.of(
                    script.name(),
                    1,
                    Rule.TRANSACTIONAL_HEADER,
                    "-- transactional: false, but no statement makes Flyway run the script outside a transaction,"
                            + " so it would run inside one"));
        }
        findings.sort(Comparator.comparingInt(Finding::line)); // stable: a statement's findings keep their order
        return findings;
    }

    private List<Finding> headerFindings(MigrationScript script) {
        List<Finding> findings = new ArrayList<>();
        ScriptHeader header = script.header();
        for (ScriptHeader.Problem problem : header.problems()) {
            Rule rule =
                    switch (problem.entry()) {
                        case "transactional" -> Rule.TRANSACTIONAL_HEADER;
                        case ScriptHeader.BREAKS_ENTRY -> Rule.CONTRACT_HEADER;
                        case ScriptHeader.BACKFILL_ENTRY -> Rule.BACKFILL_HEADER;
                        default -> Rule.PHASE_HEADER;
                    };
            findings.add(Finding.of(script.name(), problem.line(), rule, problem.message()));
        }
        Optional<Phase> declared = header.declaredPhase();
        if (declared.isPresent() && phases.listed(script)) {
            findings.add(Finding.of(
                    script.name(),
                    1,
                    Rule.PHASE_HEADER,
                    "the phase is declared both in the header and in " + Phases.LEGACY_RESOURCE));
        } else if (phases.of(script).isEmpty()
                // an unreadable phase is reported above already
                && header.problems().stream()
                        .noneMatch(problem -> problem.entry().equals("phase"))) {
            findings.add(Finding.of(script.name(), 1, Rule.PHASE_HEADER, "no -- phase: header"));
        }
        findings.addAll(contractHeaderFindings(script, header));
        findings.addAll(backfillHeaderFindings(script, header));
        return findings;
    }

    /** A declared backfill must be one migrate can run, and only an expand can need one. */
    private List<Finding> backfillHeaderFindings(MigrationScript script, ScriptHeader header) {
        Optional<String> name = header.declaredBackfill();
        if (name.isEmpty()) {
            return List.of();
        }
        if (backfills.named(name.get()).isEmpty()) {
            return List.of(Finding.of(
                    script.name(),
                    1,
                    Rule.BACKFILL_HEADER,
                    "-- backfill: " + name.get() + " names no backfill migrate knows (Backfills.shipped())"));
        }
        if (phases.of(script).equals(Optional.of(Phase.CONTRACT))) {
            return List.of(Finding.of(
                    script.name(),
                    1,
                    Rule.BACKFILL_HEADER,
                    "-- backfill: on a contract; a backfill belongs to the expand that adds its column"));
        }
        return List.of();
    }

    /**
     * A contract must say which app instances it breaks, or the contract guard could not hold it back; an
     * expand must not, since the guard never holds an expand back and the header would mislead a reader.
     */
    private List<Finding> contractHeaderFindings(MigrationScript script, ScriptHeader header) {
        boolean unreadable =
                header.problems().stream().anyMatch(problem -> problem.entry().equals(ScriptHeader.BREAKS_ENTRY));
        if (unreadable) {
            return List.of(); // reported with the other header problems
        }
        Optional<Phase> phase = phases.of(script);
        boolean declared = header.breaksSchemaNeedsBelow().isPresent();
        if (phase.equals(Optional.of(Phase.CONTRACT)) && !declared) {
            return List.of(Finding.of(
                    script.name(),
                    1,
                    Rule.CONTRACT_HEADER,
                    "a contract without -- " + ScriptHeader.BREAKS_ENTRY + ":"));
        }
        if (phase.equals(Optional.of(Phase.EXPAND)) && declared) {
            return List.of(Finding.of(
                    script.name(),
                    1,
                    Rule.CONTRACT_HEADER,
                    "-- " + ScriptHeader.BREAKS_ENTRY + ": on an expand, which breaks no running release"));
        }
        return List.of();
    }

    /** Marks the findings a reviewed exception accepts, and reports exceptions that are wrong or unused. */
    private static List<Finding> applyAllows(MigrationScript script, SqlStatement statement, List<Finding> found) {
        List<Finding> result = new ArrayList<>(found);
        for (AllowDirective directive : AllowDirective.before(statement)) {
            if (directive.problem() != null) {
                result.add(Finding.of(script.name(), directive.line(), Rule.LINT_ALLOW, directive.problem()));
                continue;
            }
            Set<Rule> unused = new LinkedHashSet<>(directive.rules());
            for (int i = 0; i < result.size(); i++) {
                Finding finding = result.get(i);
                if (directive.rules().contains(finding.rule()) && !finding.isAllowed()) {
                    result.set(i, finding.allowed(directive.reason()));
                    unused.remove(finding.rule());
                }
            }
            for (Rule rule : unused) {
                result.add(Finding.of(
                        script.name(),
                        directive.line(),
                        Rule.LINT_ALLOW,
                        "allow " + rule.id() + ", but the statement after it does not break " + rule.id()));
            }
        }
        return result;
    }
}
