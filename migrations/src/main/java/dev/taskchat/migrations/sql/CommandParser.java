package dev.taskchat.migrations.sql;

import dev.taskchat.migrations.sql.AlterAction.AddColumn;
import dev.taskchat.migrations.sql.AlterAction.AddConstraint;
import dev.taskchat.migrations.sql.AlterAction.AlterColumnType;
import dev.taskchat.migrations.sql.AlterAction.DropColumn;
import dev.taskchat.migrations.sql.AlterAction.DropConstraint;
import dev.taskchat.migrations.sql.AlterAction.DropNotNull;
import dev.taskchat.migrations.sql.AlterAction.OtherAction;
import dev.taskchat.migrations.sql.AlterAction.RenameColumn;
import dev.taskchat.migrations.sql.AlterAction.RenameConstraint;
import dev.taskchat.migrations.sql.AlterAction.RenameTable;
import dev.taskchat.migrations.sql.AlterAction.SetNotNull;
import dev.taskchat.migrations.sql.AlterAction.ValidateConstraint;
import dev.taskchat.migrations.sql.Command.AlterTable;
import dev.taskchat.migrations.sql.Command.CreateIndex;
import dev.taskchat.migrations.sql.Command.CreateTable;
import dev.taskchat.migrations.sql.Command.DataChange;
import dev.taskchat.migrations.sql.Command.DropIndex;
import dev.taskchat.migrations.sql.Command.DropTable;
import dev.taskchat.migrations.sql.Command.Other;
import dev.taskchat.migrations.sql.Command.SetParameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Recognises the statements that change a schema (CREATE/ALTER/DROP TABLE, CREATE/DROP INDEX), SET, and
 * DML, from their tokens. It reads only the parts that matter for locks and safety; anything it does not
 * recognise becomes {@link Other} or {@link OtherAction} rather than an error, because PostgreSQL, not this
 * class, decides what is valid SQL.
 */
public final class CommandParser {

    /** Words that end a column's type and start its constraints. */
    private static final Set<String> COLUMN_CONSTRAINT_WORDS = Set.of(
            "CONSTRAINT",
            "NOT",
            "NULL",
            "DEFAULT",
            "CHECK",
            "REFERENCES",
            "PRIMARY",
            "UNIQUE",
            "GENERATED",
            "COLLATE",
            "USING",
            "DEFERRABLE",
            "INITIALLY",
            "STORAGE",
            "COMPRESSION");

    private static final Set<String> TABLE_CONSTRAINT_STARTS =
            Set.of("CONSTRAINT", "CHECK", "UNIQUE", "PRIMARY", "FOREIGN", "EXCLUDE");

    private CommandParser() {}

    public static Command parse(SqlStatement statement) {
        TokenCursor cursor = new TokenCursor(statement.tokens());
        if (cursor.accept("ALTER", "TABLE")) {
            return alterTable(cursor);
        }
        if (cursor.at("CREATE")) {
            Command create = create(cursor);
            return create != null ? create : new Other(keywords(statement));
        }
        if (cursor.accept("DROP", "TABLE")) {
            boolean ifExists = cursor.accept("IF", "EXISTS");
            return new DropTable(names(cursor), ifExists);
        }
        if (cursor.accept("DROP", "INDEX")) {
            boolean concurrently = cursor.accept("CONCURRENTLY");
            boolean ifExists = cursor.accept("IF", "EXISTS");
            return new DropIndex(names(cursor), concurrently, ifExists);
        }
        if (cursor.at("SET") || cursor.at("RESET")) {
            return setParameter(cursor);
        }
        DataChange change = dataChange(cursor);
        if (change != null) {
            return change;
        }
        return new Other(keywords(statement));
    }

    /** "CREATE OR REPLACE FUNCTION f" is a "CREATE FUNCTION": the first two keywords that say what it is. */
    private static String keywords(SqlStatement statement) {
        List<String> words = new ArrayList<>();
        for (Token token : statement.tokens()) {
            if (token.type() != TokenType.WORD || words.size() == 2) {
                break;
            }
            if (!Set.of("OR", "REPLACE", "CONSTRAINT").contains(upper(token)) || words.isEmpty()) {
                words.add(upper(token));
            }
        }
        return String.join(" ", words);
    }

    /** CREATE TABLE or CREATE INDEX; null for any other CREATE. */
    private static Command create(TokenCursor cursor) {
        cursor.accept("CREATE");
        // CREATE [GLOBAL|LOCAL] [TEMP|TEMPORARY|UNLOGGED] TABLE
        while (cursor.accept("GLOBAL")
                || cursor.accept("LOCAL")
                || cursor.accept("TEMP")
                || cursor.accept("TEMPORARY")
                || cursor.accept("UNLOGGED")) {
            // modifiers that do not change what is created
        }
        if (cursor.accept("TABLE")) {
            return createTable(cursor);
        }
        boolean unique = cursor.accept("UNIQUE");
        if (cursor.accept("INDEX")) {
            boolean concurrently = cursor.accept("CONCURRENTLY");
            boolean ifNotExists = cursor.accept("IF", "NOT", "EXISTS");
            String name = cursor.at("ON") ? null : cursor.name();
            cursor.accept("ON");
            cursor.accept("ONLY");
            return new CreateIndex(name, cursor.name(), unique, concurrently, ifNotExists);
        }
        return null;
    }

    private static CreateTable createTable(TokenCursor cursor) {
        boolean ifNotExists = cursor.accept("IF", "NOT", "EXISTS");
        String table = cursor.name();
        List<ColumnDefinition> columns = new ArrayList<>();
        List<Constraint> constraints = new ArrayList<>();
        List<Token> elements = cursor.group();
        if (elements != null) {
            for (List<Token> element : TokenCursor.splitTopLevel(elements)) {
                if (element.isEmpty() || element.get(0).is("LIKE")) {
                    continue;
                }
                if (startsTableConstraint(element)) {
                    constraints.add(constraint(new TokenCursor(element)));
                } else {
                    columns.add(column(new TokenCursor(element)));
                }
            }
        }
        return new CreateTable(table, ifNotExists, columns, constraints);
    }

    private static AlterTable alterTable(TokenCursor cursor) {
        cursor.accept("IF", "EXISTS");
        cursor.accept("ONLY");
        String table = cursor.name();
        if (cursor.atSymbol("*")) {
            cursor.next();
        }
        List<AlterAction> actions = new ArrayList<>();
        for (List<Token> action : TokenCursor.splitTopLevel(cursor.rest())) {
            if (!action.isEmpty()) {
                actions.add(alterAction(new TokenCursor(action)));
            }
        }
        return new AlterTable(table, actions);
    }

    private static AlterAction alterAction(TokenCursor cursor) {
        List<Token> all = cursor.rest();
        if (cursor.accept("ADD")) {
            if (startsTableConstraint(cursor.rest())) {
                return new AddConstraint(constraint(cursor));
            }
            cursor.accept("COLUMN");
            boolean ifNotExists = cursor.accept("IF", "NOT", "EXISTS");
            return new AddColumn(column(cursor), ifNotExists);
        }
        if (cursor.accept("DROP")) {
            if (cursor.accept("CONSTRAINT")) {
                boolean ifExists = cursor.accept("IF", "EXISTS");
                return new DropConstraint(cursor.name(), ifExists);
            }
            // DROP [COLUMN] [IF EXISTS] name: at the top level of ALTER TABLE only constraints and columns drop
            if (cursor.accept("COLUMN")
                    || cursor.peek() != null && cursor.peek().isName()) {
                boolean ifExists = cursor.accept("IF", "EXISTS");
                return new DropColumn(cursor.name(), ifExists);
            }
            return new OtherAction(actionKeywords(all));
        }
        if (cursor.accept("ALTER")) {
            if (cursor.at("CONSTRAINT")) {
                return new OtherAction(actionKeywords(all));
            }
            cursor.accept("COLUMN");
            String column = cursor.name();
            return alterColumn(cursor, column, all);
        }
        if (cursor.accept("VALIDATE", "CONSTRAINT")) {
            return new ValidateConstraint(cursor.name());
        }
        if (cursor.accept("RENAME")) {
            if (cursor.accept("TO")) {
                return new RenameTable(cursor.name());
            }
            if (cursor.accept("CONSTRAINT")) {
                String from = cursor.name();
                cursor.accept("TO");
                return new RenameConstraint(from, cursor.name());
            }
            cursor.accept("COLUMN");
            String from = cursor.name();
            cursor.accept("TO");
            return new RenameColumn(from, cursor.name());
        }
        return new OtherAction(actionKeywords(all));
    }

    private static AlterAction alterColumn(TokenCursor cursor, String column, List<Token> all) {
        if (cursor.accept("TYPE") || cursor.accept("SET", "DATA", "TYPE")) {
            List<Token> type = new ArrayList<>();
            while (!cursor.atEnd() && !cursor.at("USING") && !cursor.at("COLLATE")) {
                type.add(cursor.next());
            }
            boolean using = TokenCursor.containsWord(cursor.rest(), "USING");
            return new AlterColumnType(column, TypeNames.normalize(type), using);
        }
        if (cursor.accept("SET", "NOT", "NULL")) {
            return new SetNotNull(column);
        }
        if (cursor.accept("DROP", "NOT", "NULL")) {
            return new DropNotNull(column);
        }
        return new OtherAction(actionKeywords(all));
    }

    private static ColumnDefinition column(TokenCursor cursor) {
        String name = cursor.name();
        List<Token> type = new ArrayList<>();
        while (!cursor.atEnd() && !COLUMN_CONSTRAINT_WORDS.contains(upper(cursor.peek()))) {
            type.add(cursor.next());
        }
        List<Token> defaultExpression = new ArrayList<>();
        boolean notNull = false;
        String generated = null;
        List<Constraint> constraints = new ArrayList<>();
        String constraintName = null;
        while (!cursor.atEnd()) {
            if (cursor.accept("CONSTRAINT")) {
                constraintName = cursor.name();
            } else if (cursor.accept("NOT", "NULL")) {
                notNull = true;
            } else if (cursor.accept("NULL")) {
                notNull = false;
            } else if (cursor.accept("DEFAULT")) {
                while (!cursor.atEnd() && !COLUMN_CONSTRAINT_WORDS.contains(upper(cursor.peek()))) {
                    defaultExpression.add(cursor.next());
                }
            } else if (cursor.accept("CHECK")) {
                List<Token> expression = cursor.group();
                boolean notValid = cursor.accept("NOT", "VALID");
                constraints.add(new Constraint(
                        constraintName, ConstraintKind.CHECK, notValid, false, notNullColumn(expression), null));
                constraintName = null;
            } else if (cursor.accept("REFERENCES")) {
                String referenced = cursor.name();
                constraints.add(
                        new Constraint(constraintName, ConstraintKind.FOREIGN_KEY, false, false, null, referenced));
                constraintName = null;
                skipToNextConstraint(cursor);
            } else if (cursor.accept("PRIMARY", "KEY")) {
                notNull = true;
                constraints.add(new Constraint(constraintName, ConstraintKind.PRIMARY_KEY, false, false, null, null));
                constraintName = null;
            } else if (cursor.accept("UNIQUE")) {
                constraints.add(new Constraint(constraintName, ConstraintKind.UNIQUE, false, false, null, null));
                constraintName = null;
            } else if (cursor.accept("GENERATED")) {
                generated = cursor.rest().stream().anyMatch(token -> token.is("IDENTITY")) ? "identity" : "stored";
                cursor.group(); // a stored column's expression, if any
                skipToNextConstraint(cursor);
            } else {
                cursor.next(); // COLLATE x, DEFERRABLE...: no bearing on safety
            }
        }
        return new ColumnDefinition(
                name, TypeNames.normalize(type), defaultExpression, notNull, generated, constraints);
    }

    private static void skipToNextConstraint(TokenCursor cursor) {
        while (!cursor.atEnd()) {
            Token token = cursor.peek();
            if (token.isSymbol("(")) {
                cursor.group();
            } else if (Set.of("CONSTRAINT", "NOT", "NULL", "DEFAULT", "CHECK", "REFERENCES", "PRIMARY", "UNIQUE")
                            .contains(upper(token))
                    && !cursor.at("NOT", "DEFERRABLE")) {
                return;
            } else {
                cursor.next();
            }
        }
    }

    private static Constraint constraint(TokenCursor cursor) {
        String name = cursor.accept("CONSTRAINT") ? cursor.name() : null;
        List<Token> rest = cursor.rest();
        boolean notValid = TokenCursor.endsWith(rest, "NOT", "VALID");
        boolean usingIndex = containsSequence(rest, "USING", "INDEX");
        if (cursor.accept("CHECK")) {
            return new Constraint(name, ConstraintKind.CHECK, notValid, false, notNullColumn(cursor.group()), null);
        }
        if (cursor.accept("FOREIGN", "KEY")) {
            cursor.group();
            cursor.accept("REFERENCES");
            return new Constraint(name, ConstraintKind.FOREIGN_KEY, notValid, false, null, cursor.name());
        }
        if (cursor.accept("PRIMARY", "KEY")) {
            return new Constraint(name, ConstraintKind.PRIMARY_KEY, notValid, usingIndex, null, null);
        }
        if (cursor.accept("UNIQUE")) {
            return new Constraint(name, ConstraintKind.UNIQUE, notValid, usingIndex, null, null);
        }
        return new Constraint(name, ConstraintKind.EXCLUDE, notValid, false, null, null);
    }

    /** For CHECK (column IS NOT NULL), the column; null for any other expression. */
    private static String notNullColumn(List<Token> expression) {
        if (expression == null) {
            return null;
        }
        List<Token> tokens = expression;
        // CHECK ((column IS NOT NULL)) is the same check
        while (tokens.size() > 2
                && tokens.get(0).isSymbol("(")
                && tokens.get(tokens.size() - 1).isSymbol(")")) {
            tokens = tokens.subList(1, tokens.size() - 1);
        }
        if (tokens.size() == 4
                && tokens.get(0).isName()
                && tokens.get(1).is("IS")
                && tokens.get(2).is("NOT")
                && tokens.get(3).is("NULL")) {
            return tokens.get(0).name();
        }
        return null;
    }

    private static SetParameter setParameter(TokenCursor cursor) {
        if (cursor.accept("RESET")) {
            return new SetParameter(cursor.atEnd() ? "" : cursor.next().name(), null, false);
        }
        cursor.accept("SET");
        boolean local = cursor.accept("LOCAL");
        cursor.accept("SESSION");
        String parameter = cursor.atEnd() ? "" : cursor.next().name();
        if (!cursor.accept("TO") && cursor.atSymbol("=")) {
            cursor.next();
        }
        StringBuilder value = new StringBuilder();
        for (Token token : cursor.rest()) {
            value.append(
                    token.type() == TokenType.STRING && token.text().startsWith("'")
                            ? token.text().substring(1, token.text().length() - 1)
                            : token.text());
        }
        String written = value.toString();
        return new SetParameter(parameter, written.equalsIgnoreCase("DEFAULT") ? null : written, local);
    }

    private static DataChange dataChange(TokenCursor cursor) {
        String verb;
        if (cursor.accept("INSERT", "INTO")) {
            verb = "INSERT";
        } else if (cursor.accept("MERGE", "INTO")) {
            verb = "MERGE";
        } else if (cursor.accept("UPDATE")) {
            verb = "UPDATE";
        } else if (cursor.accept("DELETE", "FROM")) {
            verb = "DELETE";
        } else {
            return null;
        }
        cursor.accept("ONLY");
        String table = cursor.name();
        return table == null ? null : new DataChange(verb, table);
    }

    private static List<String> names(TokenCursor cursor) {
        List<String> names = new ArrayList<>();
        for (List<Token> part : TokenCursor.splitTopLevel(cursor.rest())) {
            String name = new TokenCursor(part).name();
            if (name != null) {
                names.add(name);
            }
        }
        return names;
    }

    private static boolean startsTableConstraint(List<Token> tokens) {
        return !tokens.isEmpty() && TABLE_CONSTRAINT_STARTS.contains(upper(tokens.get(0)));
    }

    private static boolean containsSequence(List<Token> tokens, String first, String second) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).is(first) && tokens.get(i + 1).is(second)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The keywords of an action without the names and values in it, which is what decides its lock:
     * "ALTER COLUMN SET DEFAULT", "SET STATISTICS", "ENABLE TRIGGER".
     */
    private static String actionKeywords(List<Token> action) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < action.size() && words.size() < 4; i++) {
            Token token = action.get(i);
            if (i == 1 && action.get(0).is("ALTER") && !token.is("COLUMN") && !token.is("CONSTRAINT")) {
                words.add("COLUMN"); // ALTER [COLUMN] is optional; spell it out so both read the same
                continue; // the column's name
            }
            boolean named = i > 0
                    && (action.get(i - 1).is("COLUMN")
                            || action.get(i - 1).is("CONSTRAINT")
                            || action.get(i - 1).is("TRIGGER"));
            if (token.type() != TokenType.WORD || named) {
                if (!words.isEmpty() && token.type() != TokenType.WORD) {
                    break;
                }
                continue;
            }
            words.add(upper(token));
        }
        return String.join(" ", words);
    }

    private static String upper(Token token) {
        return token.type() == TokenType.WORD ? token.text().toUpperCase(Locale.ROOT) : "";
    }
}
