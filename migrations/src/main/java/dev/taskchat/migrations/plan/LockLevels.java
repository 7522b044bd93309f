package dev.taskchat.migrations.plan;

import dev.taskchat.migrations.sql.AlterAction;
import dev.taskchat.migrations.sql.ColumnDefinition;
import dev.taskchat.migrations.sql.Command;
import dev.taskchat.migrations.sql.Constraint;
import dev.taskchat.migrations.sql.ConstraintKind;
import dev.taskchat.migrations.sql.SqlStatement;
import dev.taskchat.migrations.sql.Token;
import dev.taskchat.migrations.sql.TokenType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The table locks a statement takes, after the "Explicit Locking" and ALTER TABLE pages of the PostgreSQL 17
 * documentation. ALTER TABLE takes the strongest lock any of its actions needs; a foreign key also locks the
 * table it references. The answer says nothing about duration: a quick catalog change and a full rewrite both
 * take ACCESS EXCLUSIVE, which is why the plan shows the linter's risk notes beside it.
 */
public final class LockLevels {

    /**
     * Statements known by their leading keywords (the first two words: "TRUNCATE tasks" starts with
     * "TRUNCATE"): the lock they take on the table they name.
     */
    private static final Map<String, LockMode> OTHER = Map.ofEntries(
            Map.entry("TRUNCATE", LockMode.ACCESS_EXCLUSIVE),
            Map.entry("CREATE TRIGGER", LockMode.SHARE_ROW_EXCLUSIVE),
            Map.entry("DROP TRIGGER", LockMode.ACCESS_EXCLUSIVE),
            Map.entry("COMMENT ON", LockMode.SHARE_UPDATE_EXCLUSIVE),
            Map.entry("VACUUM", LockMode.SHARE_UPDATE_EXCLUSIVE),
            Map.entry("ANALYZE", LockMode.SHARE_UPDATE_EXCLUSIVE),
            Map.entry("CLUSTER", LockMode.ACCESS_EXCLUSIVE),
            Map.entry("REFRESH MATERIALIZED", LockMode.ACCESS_EXCLUSIVE),
            Map.entry("SELECT", LockMode.ACCESS_SHARE));

    /** Statements that name their table right after their keywords. */
    private static final List<String> NAMED_AFTER_KEYWORDS =
            List.of("TRUNCATE", "CLUSTER", "REFRESH MATERIALIZED", "REINDEX TABLE", "REINDEX INDEX");

    /** Words between such a statement's first keyword and the table it names. */
    private static final Set<String> NOT_NAMES =
            Set.of("TABLE", "ONLY", "MATERIALIZED", "VIEW", "CONCURRENTLY", "INDEX", "VERBOSE");

    private LockLevels() {}

    /** The locks, strongest first; empty for statements that lock no table (SET, CREATE FUNCTION...). */
    public static List<Lock> of(SqlStatement statement, Command command) {
        List<Lock> locks = new ArrayList<>();
        if (command instanceof Command.CreateTable create) {
            locks.add(new Lock(LockMode.ACCESS_EXCLUSIVE, create.table(), "new table"));
            for (Constraint constraint : create.constraints()) {
                references(constraint, locks);
            }
            for (ColumnDefinition column : create.columns()) {
                column.constraints().forEach(constraint -> references(constraint, locks));
            }
        } else if (command instanceof Command.AlterTable alter) {
            alterTable(alter, locks);
        } else if (command instanceof Command.CreateIndex index) {
            locks.add(
                    index.concurrently()
                            ? new Lock(LockMode.SHARE_UPDATE_EXCLUSIVE, index.table(), "writes go on during the build")
                            : new Lock(LockMode.SHARE, index.table(), "for the whole build"));
        } else if (command instanceof Command.DropIndex drop) {
            for (String index : drop.names()) {
                locks.add(
                        drop.concurrently()
                                ? new Lock(LockMode.SHARE_UPDATE_EXCLUSIVE, "the table of " + index, "", index)
                                : new Lock(LockMode.ACCESS_EXCLUSIVE, "the table of " + index, "", index));
            }
        } else if (command instanceof Command.DropTable drop) {
            drop.tables().forEach(table -> locks.add(new Lock(LockMode.ACCESS_EXCLUSIVE, table, "")));
        } else if (command instanceof Command.DataChange change) {
            locks.add(new Lock(LockMode.ROW_EXCLUSIVE, change.table(), "plus row locks on the rows it changes"));
        } else if (command instanceof Command.Other other) {
            LockMode mode = OTHER.entrySet().stream()
                    .filter(entry -> other.keywords().equals(entry.getKey())
                            || other.keywords().startsWith(entry.getKey() + " "))
                    .map(Map.Entry::getValue)
                    .findFirst()
                    .orElse(null);
            if (mode == null && other.keywords().startsWith("REINDEX")) {
                mode = statement.text().toUpperCase(Locale.ROOT).contains("CONCURRENTLY")
                        ? LockMode.SHARE_UPDATE_EXCLUSIVE
                        : LockMode.SHARE;
            }
            if (mode != null) {
                locks.add(namedLock(mode, other.keywords(), statement));
            }
        }
        locks.sort((a, b) -> b.mode().compareTo(a.mode()));
        return locks;
    }

    /**
     * The lock of a statement known by its keywords, on the table it names: what follows the first ON of a
     * trigger statement; the first name after the keywords of TRUNCATE [TABLE] [ONLY] t, CLUSTER t, REFRESH
     * MATERIALIZED VIEW [CONCURRENTLY] v, REINDEX TABLE t (REINDEX INDEX i: the table of i). Where the table
     * cannot be read (VACUUM without one, REINDEX SCHEMA), the lock says so and has no relation.
     */
    private static Lock namedLock(LockMode mode, String keywords, SqlStatement statement) {
        List<Token> tokens = statement.tokens().stream()
                .filter(token -> token.type() != TokenType.COMMENT)
                .toList();
        String name = null;
        if (keywords.endsWith(" TRIGGER")) {
            for (int i = 2; i < tokens.size() - 1 && name == null; i++) {
                if (tokens.get(i).is("ON")) {
                    name = name(tokens, i + 1);
                }
            }
        } else if (NAMED_AFTER_KEYWORDS.stream().anyMatch(keywords::startsWith)) {
            int i = 1;
            while (i < tokens.size()
                    && tokens.get(i).type() == TokenType.WORD
                    && NOT_NAMES.contains(tokens.get(i).text().toUpperCase(Locale.ROOT))) {
                i++;
            }
            name = name(tokens, i);
        }
        if (name == null) {
            return new Lock(mode, "the table it names", "", null);
        }
        return keywords.equals("REINDEX INDEX")
                ? new Lock(mode, "the table of " + name, "", name)
                : new Lock(mode, name, "");
    }

    /** The possibly schema-qualified name at {@code i}, as PostgreSQL stores it, or null. */
    private static String name(List<Token> tokens, int i) {
        if (i >= tokens.size() || !tokens.get(i).isName()) {
            return null;
        }
        boolean qualified = i + 2 < tokens.size()
                && tokens.get(i + 1).isSymbol(".")
                && tokens.get(i + 2).isName();
        return qualified
                ? tokens.get(i).name() + "." + tokens.get(i + 2).name()
                : tokens.get(i).name();
    }

    private static void alterTable(Command.AlterTable alter, List<Lock> locks) {
        LockMode strongest = null;
        String note = "";
        for (AlterAction action : alter.actions()) {
            LockMode mode = mode(action);
            if (strongest == null || mode.compareTo(strongest) > 0) {
                strongest = mode;
                note = note(action);
            }
            if (action instanceof AlterAction.AddConstraint add) {
                references(add.constraint(), locks);
            } else if (action instanceof AlterAction.AddColumn add) {
                add.column().constraints().forEach(constraint -> references(constraint, locks));
            }
        }
        if (strongest != null) {
            locks.add(0, new Lock(strongest, alter.table(), note));
        }
    }

    private static LockMode mode(AlterAction action) {
        if (action instanceof AlterAction.ValidateConstraint) {
            return LockMode.SHARE_UPDATE_EXCLUSIVE;
        }
        if (action instanceof AlterAction.AddConstraint add && add.constraint().kind() == ConstraintKind.FOREIGN_KEY) {
            return LockMode.SHARE_ROW_EXCLUSIVE;
        }
        if (action instanceof AlterAction.OtherAction other) {
            String keywords = other.keywords();
            if (keywords.startsWith("ALTER COLUMN SET STATISTICS")
                    || keywords.equals("SET")
                    || keywords.startsWith("RESET")
                    || keywords.startsWith("CLUSTER ON")
                    || keywords.startsWith("SET WITHOUT CLUSTER")
                    || keywords.startsWith("ATTACH PARTITION")) {
                return LockMode.SHARE_UPDATE_EXCLUSIVE;
            }
            if (keywords.startsWith("ENABLE TRIGGER") || keywords.startsWith("DISABLE TRIGGER")) {
                return LockMode.SHARE_ROW_EXCLUSIVE;
            }
        }
        return LockMode.ACCESS_EXCLUSIVE;
    }

    /** How long the lock is held, for the actions where that is known without the data. */
    private static String note(AlterAction action) {
        if (action instanceof AlterAction.AddConstraint add) {
            return add.constraint().notValid() || add.constraint().usingIndex()
                    ? "brief: rows are not checked"
                    : "while every row is checked";
        }
        if (action instanceof AlterAction.ValidateConstraint) {
            return "while every row is checked";
        }
        if (action instanceof AlterAction.RenameColumn
                || action instanceof AlterAction.RenameTable
                || action instanceof AlterAction.RenameConstraint
                || action instanceof AlterAction.DropColumn
                || action instanceof AlterAction.DropConstraint
                || action instanceof AlterAction.DropNotNull) {
            return "brief: catalog only";
        }
        return "";
    }

    private static void references(Constraint constraint, List<Lock> locks) {
        if (constraint.kind() == ConstraintKind.FOREIGN_KEY && constraint.referencedTable() != null) {
            locks.add(new Lock(
                    LockMode.SHARE_ROW_EXCLUSIVE, constraint.referencedTable(), "referenced by a foreign key"));
        }
    }
}
