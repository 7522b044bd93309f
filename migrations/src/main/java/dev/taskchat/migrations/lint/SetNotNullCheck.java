package dev.taskchat.migrations.lint;

import dev.taskchat.migrations.sql.AlterAction;
import dev.taskchat.migrations.sql.Command;
import dev.taskchat.migrations.sql.SqlStatement;
import java.util.List;

/**
 * set-not-null-without-check: SET NOT NULL on an existing table, unless the history already holds a
 * validated {@code CHECK (column IS NOT NULL)} (PG 12+ then skips the scan) or the column is NOT NULL already.
 */
final class SetNotNullCheck implements Check {

    @Override
    public void check(SqlStatement statement, Command command, ScriptState state, List<Finding> findings) {
        if (!(command instanceof Command.AlterTable alter) || !state.existing(alter.table())) {
            return;
        }
        for (AlterAction action : alter.actions()) {
            if (action instanceof AlterAction.SetNotNull set) {
                boolean alreadyNotNull = state.schema
                        .column(alter.table(), set.column())
                        .map(SchemaModel.Column::notNull)
                        .orElse(false);
                if (!alreadyNotNull && !state.schema.hasValidatedNotNullCheck(alter.table(), set.column())) {
                    findings.add(Check.finding(
                            state,
                            statement,
                            Rule.SET_NOT_NULL,
                            "ALTER COLUMN " + set.column() + " SET NOT NULL on " + alter.table()
                                    + " without a validated CHECK (" + set.column() + " IS NOT NULL) before it"));
                }
            }
        }
    }
}
