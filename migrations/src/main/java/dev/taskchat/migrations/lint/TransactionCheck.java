package dev.taskchat.migrations.lint;

import dev.taskchat.migrations.sql.Command;
import dev.taskchat.migrations.sql.SqlStatement;
import java.util.List;

/**
 * concurrently-in-transaction: a statement that cannot run in a transaction block (CREATE/DROP INDEX
 * CONCURRENTLY, REINDEX CONCURRENTLY, VACUUM...) in a script that is not headed
 * {@code -- transactional: false}. Without the header either PostgreSQL refuses it, or Flyway silently runs
 * the whole script outside a transaction (see {@link Transactions}); neither is what the author meant.
 */
final class TransactionCheck implements Check {

    @Override
    public void check(SqlStatement statement, Command command, ScriptState state, List<Finding> findings) {
        if (!state.declaredNonTransactional && Transactions.cannotRunInside(statement)) {
            findings.add(Check.finding(
                    state,
                    statement,
                    Rule.CONCURRENTLY_IN_TRANSACTION,
                    command.summary() + " in a script without -- transactional: false"));
        }
    }
}
