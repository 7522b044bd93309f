package dev.taskchat.migrations.lint;

import dev.taskchat.migrations.sql.AlterAction;
import dev.taskchat.migrations.sql.Command;
import dev.taskchat.migrations.sql.SqlStatement;
import dev.taskchat.migrations.sql.Token;
import java.util.List;
import java.util.Set;

/**
 * not-rerunnable: in a script headed {@code -- transactional: false}, a statement that fails when it runs a
 * second time. Nothing rolls such a script back: after a failure half-way the fix is to run it again, and the
 * statements that had succeeded must then do nothing.
 */
final class RerunCheck implements Check {

    /** Statements that are harmless to repeat by nature. */
    private static final Set<String> REPEATABLE =
            Set.of("SET", "RESET", "COMMENT", "VACUUM", "ANALYZE", "REINDEX", "SELECT");

    @Override
    public void check(SqlStatement statement, Command command, ScriptState state, List<Finding> findings) {
        if (state.declaredNonTransactional && !rerunnable(statement, command)) {
            findings.add(Check.finding(
                    state,
                    statement,
                    Rule.NOT_RERUNNABLE,
                    command.summary() + " in a script that runs outside a transaction fails when re-run"));
        }
    }

    static boolean rerunnable(SqlStatement statement, Command command) {
        if (command instanceof Command.CreateIndex index) {
            return index.ifNotExists() && index.name() != null; // an unnamed index would be built again
        }
        if (command instanceof Command.DropIndex drop) {
            return drop.ifExists();
        }
        if (command instanceof Command.CreateTable create) {
            return create.ifNotExists();
        }
        if (command instanceof Command.DropTable drop) {
            return drop.ifExists();
        }
        if (command instanceof Command.AlterTable alter) {
            return alter.actions().stream().allMatch(RerunCheck::rerunnable);
        }
        if (command instanceof Command.DataChange) {
            return false;
        }
        List<Token> tokens = statement.tokens();
        return REPEATABLE.contains(statement.leadingWords(1))
                || statement.leadingWords(3).equals("CREATE OR REPLACE")
                || containsWords(tokens, "IF", "NOT", "EXISTS")
                || containsWords(tokens, "IF", "EXISTS");
    }

    private static boolean rerunnable(AlterAction action) {
        if (action instanceof AlterAction.AddColumn add) {
            return add.ifNotExists();
        }
        if (action instanceof AlterAction.DropColumn drop) {
            return drop.ifExists();
        }
        if (action instanceof AlterAction.DropConstraint drop) {
            return drop.ifExists();
        }
        if (action instanceof AlterAction.OtherAction other) {
            // SET/DROP DEFAULT, SET STATISTICS, SET (storage parameters)...: setting twice is setting once
            return other.keywords().startsWith("ALTER COLUMN SET")
                    || other.keywords().startsWith("ALTER COLUMN DROP")
                    || other.keywords().startsWith("SET");
        }
        return action instanceof AlterAction.SetNotNull
                || action instanceof AlterAction.DropNotNull
                || action instanceof AlterAction.ValidateConstraint
                || action instanceof AlterAction.AlterColumnType;
    }

    private static boolean containsWords(List<Token> tokens, String... words) {
        for (int i = 0; i + words.length <= tokens.size() && i < 8; i++) {
            boolean match = true;
            for (int j = 0; j < words.length && match; j++) {
                match = tokens.get(i + j).is(words[j]);
            }
            if (match) {
                return true;
            }
        }
        return false;
    }
}
