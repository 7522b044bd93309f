package dev.taskchat.migrations.lint;

import dev.taskchat.migrations.sql.Command;
import dev.taskchat.migrations.sql.SqlStatement;
import java.util.List;

/** index-without-concurrently: CREATE INDEX without CONCURRENTLY on a table this script did not create. */
final class IndexCheck implements Check {

    @Override
    public void check(SqlStatement statement, Command command, ScriptState state, List<Finding> findings) {
        if (command instanceof Command.CreateIndex index && !index.concurrently() && state.existing(index.table())) {
            findings.add(Check.finding(
                    state,
                    statement,
                    Rule.INDEX_CONCURRENTLY,
                    "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX "
                            + (index.name() == null ? "" : index.name() + " ") + "on " + index.table()));
        }
    }
}
