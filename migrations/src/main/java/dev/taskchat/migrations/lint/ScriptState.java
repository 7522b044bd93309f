package dev.taskchat.migrations.lint;

import dev.taskchat.migrations.script.MigrationScript;
import dev.taskchat.migrations.script.Phase;
import dev.taskchat.migrations.sql.AlterAction;
import dev.taskchat.migrations.sql.Command;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the rules need to know about the script being checked, as of the statement being checked: its
 * phase, whether it runs outside a transaction, whether lock_timeout is set yet, and which tables it created
 * itself (those are new and empty, so nothing the rules guard against can happen to them).
 */
final class ScriptState {

    private static final Pattern ZERO = Pattern.compile("0+(\\.0*)?\\s*(us|ms|s|min|h|d)?");

    final MigrationScript script;
    final Optional<Phase> phase;
    final boolean declaredNonTransactional;
    final SchemaModel schema;
    private final Set<String> createdHere = new HashSet<>();
    private boolean lockTimeoutSet;

    ScriptState(MigrationScript script, Optional<Phase> phase, SchemaModel schema) {
        this.script = script;
        this.phase = phase;
        this.declaredNonTransactional = !script.header().transactional();
        this.schema = schema;
    }

    /** A table this script did not create: it may be large and in use. Unknown tables count as existing. */
    boolean existing(String table) {
        return table != null && !createdHere.contains(table);
    }

    boolean lockTimeoutSet() {
        return lockTimeoutSet;
    }

    /** Follows a statement once the rules have seen it. */
    void after(Command command) {
        if (command instanceof Command.CreateTable create) {
            createdHere.add(create.table());
        } else if (command instanceof Command.AlterTable alter && createdHere.contains(alter.table())) {
            for (AlterAction action : alter.actions()) {
                if (action instanceof AlterAction.RenameTable rename) {
                    createdHere.add(rename.to());
                }
            }
        } else if (command instanceof Command.SetParameter set
                && set.parameter().equals("lock_timeout")) {
            // SET LOCAL outside a transaction does nothing (PostgreSQL only warns)
            boolean effective = !(set.local() && declaredNonTransactional);
            lockTimeoutSet = effective
                    && set.value() != null
                    && !ZERO.matcher(set.value().strip()).matches();
        }
    }
}
