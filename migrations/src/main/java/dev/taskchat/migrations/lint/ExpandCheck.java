package dev.taskchat.migrations.lint;

import dev.taskchat.migrations.script.Phase;
import dev.taskchat.migrations.sql.AlterAction;
import dev.taskchat.migrations.sql.Command;
import dev.taskchat.migrations.sql.SqlStatement;
import java.util.List;

/**
 * rename-or-drop-in-expand: RENAME COLUMN, RENAME TO, DROP COLUMN or DROP TABLE of an existing table in a
 * script that is not a contract. A script whose phase is missing is treated as an expand: the stricter reading.
 */
final class ExpandCheck implements Check {

    @Override
    public void check(SqlStatement statement, Command command, ScriptState state, List<Finding> findings) {
        if (state.phase.orElse(Phase.EXPAND) == Phase.CONTRACT) {
            return;
        }
        if (command instanceof Command.DropTable drop) {
            for (String table : drop.tables()) {
                if (state.existing(table)) {
                    findings.add(Check.finding(state, statement, Rule.RENAME_OR_DROP_IN_EXPAND, "DROP TABLE " + table));
                }
            }
        } else if (command instanceof Command.AlterTable alter && state.existing(alter.table())) {
            for (AlterAction action : alter.actions()) {
                String what = null;
                if (action instanceof AlterAction.DropColumn drop) {
                    what = "DROP COLUMN " + drop.column() + " of " + alter.table();
                } else if (action instanceof AlterAction.RenameColumn rename) {
                    what = "RENAME COLUMN " + rename.from() + " TO " + rename.to() + " of " + alter.table();
                } else if (action instanceof AlterAction.RenameTable rename) {
                    what = "RENAME " + alter.table() + " TO " + rename.to();
                }
                if (what != null) {
                    findings.add(
                            Check.finding(state, statement, Rule.RENAME_OR_DROP_IN_EXPAND, what + " in an expand"));
                }
            }
        }
    }
}
