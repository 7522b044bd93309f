package dev.taskchat.migrations.lint;

import dev.taskchat.migrations.sql.Command;
import dev.taskchat.migrations.sql.SqlStatement;
import java.util.List;
import java.util.Set;

/**
 * missing-lock-timeout: DDL before the script has set a non-zero lock_timeout. Each script must set its own,
 * although a session-level SET would in fact carry over on Flyway's connection: a script is reviewed, and may
 * be run, on its own. SET LOCAL in a script that runs outside a transaction sets nothing.
 */
final class LockTimeoutCheck implements Check {

    private static final Set<String> DDL =
            Set.of("CREATE", "ALTER", "DROP", "TRUNCATE", "COMMENT", "REINDEX", "CLUSTER", "LOCK", "REFRESH");

    @Override
    public void check(SqlStatement statement, Command command, ScriptState state, List<Finding> findings) {
        if (command instanceof Command.SetParameter set
                && set.parameter().equals("lock_timeout")
                && set.local()
                && state.declaredNonTransactional) {
            findings.add(Check.finding(
                    state,
                    statement,
                    Rule.LOCK_TIMEOUT,
                    "SET LOCAL lock_timeout in a script that runs outside a transaction has no effect"));
        } else if (isDdl(statement) && !state.lockTimeoutSet()) {
            findings.add(Check.finding(
                    state, statement, Rule.LOCK_TIMEOUT, command.summary() + " before any SET lock_timeout"));
        }
    }

    private static boolean isDdl(SqlStatement statement) {
        return DDL.contains(statement.leadingWords(1));
    }
}
