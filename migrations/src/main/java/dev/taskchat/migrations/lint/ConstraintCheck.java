package dev.taskchat.migrations.lint;

import dev.taskchat.migrations.sql.AlterAction;
import dev.taskchat.migrations.sql.Command;
import dev.taskchat.migrations.sql.Constraint;
import dev.taskchat.migrations.sql.ConstraintKind;
import dev.taskchat.migrations.sql.SqlStatement;
import java.util.List;

/**
 * constraint-without-not-valid: a constraint added to an existing table that checks every row at once. CHECK
 * and FOREIGN KEY have a NOT VALID form; UNIQUE and PRIMARY KEY are built as an index concurrently first and
 * then adopted with USING INDEX; EXCLUDE has no safe form. Constraints written on a column being added
 * (ADD COLUMN ... REFERENCES/CHECK/UNIQUE) are checked the same way.
 */
final class ConstraintCheck implements Check {

    private static final String UNIQUE_SAFE = "CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS i ... in a script headed"
            + " -- transactional: false, then ADD CONSTRAINT c UNIQUE USING INDEX i (a quick catalog change)";

    @Override
    public void check(SqlStatement statement, Command command, ScriptState state, List<Finding> findings) {
        if (!(command instanceof Command.AlterTable alter) || !state.existing(alter.table())) {
            return;
        }
        for (AlterAction action : alter.actions()) {
            if (action instanceof AlterAction.AddConstraint add) {
                Constraint constraint = add.constraint();
                String what = "ADD " + describe(constraint) + " on " + alter.table();
                report(state, statement, constraint, what, findings);
            } else if (action instanceof AlterAction.AddColumn add) {
                for (Constraint constraint : add.column().constraints()) {
                    String what = "ADD COLUMN " + add.column().name() + " with " + describe(constraint) + " on "
                            + alter.table();
                    report(state, statement, constraint, what, findings);
                }
            }
        }
    }

    private static void report(
            ScriptState state, SqlStatement statement, Constraint constraint, String what, List<Finding> findings) {
        Finding finding = Check.finding(state, statement, Rule.CONSTRAINT_NOT_VALID, what);
        switch (constraint.kind()) {
            case CHECK, FOREIGN_KEY -> {
                if (!constraint.notValid()) {
                    findings.add(finding);
                }
            }
            case UNIQUE, PRIMARY_KEY -> {
                if (!constraint.usingIndex()) {
                    findings.add(new Finding(
                            finding.script(),
                            finding.line(),
                            finding.rule(),
                            what,
                            "building the index of a "
                                    + (constraint.kind() == ConstraintKind.UNIQUE ? "UNIQUE" : "PRIMARY KEY")
                                    + " constraint holds an ACCESS EXCLUSIVE lock for the whole build (there is no NOT VALID"
                                    + " form)",
                            UNIQUE_SAFE,
                            null));
                }
            }
            case EXCLUDE ->
                findings.add(new Finding(
                        finding.script(),
                        finding.line(),
                        finding.rule(),
                        what,
                        "an exclusion constraint builds its index and checks every row under an ACCESS EXCLUSIVE lock, and"
                                + " has no NOT VALID form",
                        "enforce it in a new table, or allow it with a reason when the table is known to be small",
                        null));
        }
    }

    private static String describe(Constraint constraint) {
        String kind =
                switch (constraint.kind()) {
                    case CHECK -> "CHECK";
                    case FOREIGN_KEY -> "FOREIGN KEY";
                    case UNIQUE -> "UNIQUE";
                    case PRIMARY_KEY -> "PRIMARY KEY";
                    case EXCLUDE -> "EXCLUDE";
                };
        return (constraint.name() == null ? "" : "CONSTRAINT " + constraint.name() + " ") + kind;
    }
}
