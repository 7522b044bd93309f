package dev.taskchat.migrations.plan;

import dev.taskchat.migrations.lint.Finding;
import java.util.List;

/**
 * One statement a pending migration would run.
 *
 * @param line where it starts in its script
 * @param sql the statement as written
 * @param locks the table locks it takes, strongest first (empty: none)
 * @param risks what lint says about it, reviewed exceptions included (marked allowed)
 */
public record PlannedStatement(int line, String sql, List<Lock> locks, List<Finding> risks) {

    public PlannedStatement {
        locks = List.copyOf(locks);
        risks = List.copyOf(risks);
    }
}
