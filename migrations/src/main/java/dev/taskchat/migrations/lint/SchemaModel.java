package dev.taskchat.migrations.lint;

import dev.taskchat.migrations.sql.AlterAction;
import dev.taskchat.migrations.sql.ColumnDefinition;
import dev.taskchat.migrations.sql.Command;
import dev.taskchat.migrations.sql.Constraint;
import dev.taskchat.migrations.sql.ConstraintKind;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The schema as the scripts so far have built it, replayed statement by statement: tables, their columns'
 * types and nullability, and their constraints with whether they are validated. The rules ask it what a
 * statement changes (the type a column had, a validated NOT NULL check), never a database.
 */
final class SchemaModel {

    private final Map<String, Table> tables = new HashMap<>();

    /** A column's declared type and whether it is known to be NOT NULL. */
    record Column(String type, boolean notNull) {}

    /** A constraint and whether every existing row is known to satisfy it. */
    record Check(String name, ConstraintKind kind, String notNullColumn, boolean validated) {}

    static final class Table {
        final Map<String, Column> columns = new LinkedHashMap<>();
        final Map<String, Check> constraints = new LinkedHashMap<>();
    }

    Optional<Column> column(String table, String column) {
        Table model = tables.get(table);
        return model == null ? Optional.empty() : Optional.ofNullable(model.columns.get(column));
    }

    /** A validated CHECK (column IS NOT NULL) on the table, which lets SET NOT NULL skip its scan. */
    boolean hasValidatedNotNullCheck(String table, String column) {
        Table model = tables.get(table);
        return model != null
                && model.constraints.values().stream()
                        .anyMatch(check -> check.validated() && column.equals(check.notNullColumn()));
    }

    void apply(Command command) {
        if (command instanceof Command.CreateTable create) {
            if (create.ifNotExists() && tables.containsKey(create.table())) {
                return;
            }
            Table table = new Table();
            tables.put(create.table(), table);
            for (ColumnDefinition column : create.columns()) {
                addColumn(create.table(), table, column);
            }
            create.constraints().forEach(constraint -> addConstraint(create.table(), table, constraint, null));
        } else if (command instanceof Command.AlterTable alter) {
            Table table = tables.computeIfAbsent(alter.table(), name -> new Table());
            String name = alter.table();
            for (AlterAction action : alter.actions()) {
                name = apply(name, table, action);
            }
        } else if (command instanceof Command.DropTable drop) {
            drop.tables().forEach(tables::remove);
        }
    }

    /** Applies one action; returns the table's name after it (RENAME TO changes it). */
    private String apply(String name, Table table, AlterAction action) {
        if (action instanceof AlterAction.AddColumn add) {
            if (!(add.ifNotExists() && table.columns.containsKey(add.column().name()))) {
                addColumn(name, table, add.column());
            }
        } else if (action instanceof AlterAction.DropColumn drop) {
            table.columns.remove(drop.column());
            table.constraints.values().removeIf(check -> drop.column().equals(check.notNullColumn()));
        } else if (action instanceof AlterAction.AlterColumnType type) {
            Column old = table.columns.get(type.column());
            table.columns.put(type.column(), new Column(type.type(), old != null && old.notNull()));
        } else if (action instanceof AlterAction.SetNotNull set) {
            table.columns.computeIfPresent(set.column(), (column, old) -> new Column(old.type(), true));
        } else if (action instanceof AlterAction.DropNotNull drop) {
            table.columns.computeIfPresent(drop.column(), (column, old) -> new Column(old.type(), false));
        } else if (action instanceof AlterAction.AddConstraint add) {
            addConstraint(name, table, add.constraint(), null);
        } else if (action instanceof AlterAction.ValidateConstraint validate) {
            table.constraints.computeIfPresent(
                    validate.name(),
                    (key, check) -> new Check(check.name(), check.kind(), check.notNullColumn(), true));
        } else if (action instanceof AlterAction.DropConstraint drop) {
            table.constraints.remove(drop.name());
        } else if (action instanceof AlterAction.RenameColumn rename) {
            Column column = table.columns.remove(rename.from());
            if (column != null) {
                table.columns.put(rename.to(), column);
            }
            table.constraints.replaceAll((key, check) -> rename.from().equals(check.notNullColumn())
                    ? new Check(check.name(), check.kind(), rename.to(), check.validated())
                    : check);
        } else if (action instanceof AlterAction.RenameConstraint rename) {
            Check check = table.constraints.remove(rename.from());
            if (check != null) {
                table.constraints.put(
                        rename.to(), new Check(rename.to(), check.kind(), check.notNullColumn(), check.validated()));
            }
        } else if (action instanceof AlterAction.RenameTable rename) {
            tables.remove(name);
            tables.put(rename.to(), table);
            return rename.to();
        }
        return name;
    }

    private static void addColumn(String tableName, Table table, ColumnDefinition column) {
        table.columns.put(column.name(), new Column(column.type(), column.notNull()));
        column.constraints().forEach(constraint -> addConstraint(tableName, table, constraint, column.name()));
    }

    private static void addConstraint(String tableName, Table table, Constraint constraint, String columnName) {
        // PostgreSQL names an unnamed check <table>_<column>_check; good enough to find it again
        String name = constraint.name() != null
                ? constraint.name()
                : tableName + "_" + (columnName != null ? columnName : constraint.notNullColumn()) + "_check";
        table.constraints.put(
                name, new Check(name, constraint.kind(), constraint.notNullColumn(), !constraint.notValid()));
    }
}
