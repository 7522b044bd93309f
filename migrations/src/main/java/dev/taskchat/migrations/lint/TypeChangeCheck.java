package dev.taskchat.migrations.lint;

import dev.taskchat.migrations.sql.AlterAction;
import dev.taskchat.migrations.sql.Command;
import dev.taskchat.migrations.sql.SqlStatement;
import java.util.List;
import java.util.Optional;

/**
 * rewriting-type-change: ALTER COLUMN ... TYPE on an existing table, unless the history shows the old type
 * and {@link BinaryCompatibility} knows the change keeps the stored bytes. A USING clause converts every row,
 * and a column whose type the history does not show cannot be proven safe.
 */
final class TypeChangeCheck implements Check {

    @Override
    public void check(SqlStatement statement, Command command, ScriptState state, List<Finding> findings) {
        if (!(command instanceof Command.AlterTable alter) || !state.existing(alter.table())) {
            return;
        }
        for (AlterAction action : alter.actions()) {
            if (action instanceof AlterAction.AlterColumnType change) {
                Optional<String> old =
                        state.schema.column(alter.table(), change.column()).map(SchemaModel.Column::type);
                String what = "ALTER COLUMN " + change.column() + " TYPE " + change.type() + " on " + alter.table();
                if (change.using()) {
                    findings.add(Check.finding(state, statement, Rule.REWRITING_TYPE_CHANGE, what + " USING ..."));
                } else if (old.isEmpty()) {
                    findings.add(Check.finding(
                            state,
                            statement,
                            Rule.REWRITING_TYPE_CHANGE,
                            what + " (the earlier scripts do not show its current type)"));
                } else if (!BinaryCompatibility.withoutRewrite(old.get(), change.type())) {
                    findings.add(Check.finding(
                            state, statement, Rule.REWRITING_TYPE_CHANGE, what + " (from " + old.get() + ")"));
                }
            }
        }
    }
}
