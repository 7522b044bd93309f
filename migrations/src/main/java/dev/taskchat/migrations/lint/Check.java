package dev.taskchat.migrations.lint;

import dev.taskchat.migrations.sql.Command;
import dev.taskchat.migrations.sql.SqlStatement;
import java.util.List;

/** One rule applied to one statement, given what the history so far has built. */
interface Check {

    /** Adds a finding to {@code findings} for each unsafe thing the statement does. */
    void check(SqlStatement statement, Command command, ScriptState state, List<Finding> findings);

    static Finding finding(ScriptState state, SqlStatement statement, Rule rule, String what) {
        return Finding.of(state.script.name(), statement.line(), rule, what);
    }
}
