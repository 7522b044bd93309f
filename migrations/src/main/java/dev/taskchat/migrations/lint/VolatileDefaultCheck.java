package dev.taskchat.migrations.lint;

import dev.taskchat.migrations.sql.AlterAction;
import dev.taskchat.migrations.sql.ColumnDefinition;
import dev.taskchat.migrations.sql.Command;
import dev.taskchat.migrations.sql.SqlStatement;
import dev.taskchat.migrations.sql.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * volatile-default: ADD COLUMN on an existing table whose value differs per row — a volatile DEFAULT, a serial
 * type (its default is nextval), an identity or a stored generated column — makes PostgreSQL rewrite the
 * table. A non-volatile default is stored once in the catalog (PG 11+): {@code now()} and
 * {@code current_timestamp} are STABLE, so they do not rewrite and are not reported.
 */
final class VolatileDefaultCheck implements Check {

    /** Volatile functions that are plausible as a default; the tests check them against pg_proc. */
    static final Set<String> VOLATILE_FUNCTIONS = Set.of(
            "clock_timestamp",
            "timeofday",
            "random",
            "random_normal",
            "gen_random_uuid",
            "nextval",
            "uuid_generate_v1",
            "uuid_generate_v1mc",
            "uuid_generate_v4");

    static final Set<String> SERIAL_TYPES =
            Set.of("serial", "bigserial", "smallserial", "serial2", "serial4", "serial8");

    @Override
    public void check(SqlStatement statement, Command command, ScriptState state, List<Finding> findings) {
        if (!(command instanceof Command.AlterTable alter) || !state.existing(alter.table())) {
            return;
        }
        for (AlterAction action : alter.actions()) {
            if (action instanceof AlterAction.AddColumn add) {
                String cause = cause(add.column());
                if (cause != null) {
                    findings.add(Check.finding(
                            state,
                            statement,
                            Rule.VOLATILE_DEFAULT,
                            "ADD COLUMN " + add.column().name() + " " + cause + " on " + alter.table()));
                }
            }
        }
    }

    /** What gives every row its own value, or null when nothing does. */
    private static String cause(ColumnDefinition column) {
        if (SERIAL_TYPES.contains(column.type())) {
            return column.type() + " (a nextval() default)";
        }
        if (column.generated() != null) {
            return column.generated().equals("identity") ? "GENERATED ... AS IDENTITY" : "GENERATED ... STORED";
        }
        List<Token> expression = column.defaultExpression();
        for (int i = 0; i + 1 < expression.size(); i++) {
            String word = expression.get(i).text().toLowerCase(Locale.ROOT);
            if (expression.get(i).isName()
                    && VOLATILE_FUNCTIONS.contains(word)
                    && expression.get(i + 1).isSymbol("(")) {
                return "DEFAULT " + word + "()";
            }
        }
        return null;
    }
}
