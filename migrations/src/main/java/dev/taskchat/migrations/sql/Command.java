package dev.taskchat.migrations.sql;

import java.util.List;

/**
 * What a statement does, as far as the linter and the planner need to know: the DDL of schema changes in
 * detail, everything else by its leading keywords.
 */
public sealed interface Command {

    /** The statement in a few words for messages: "ALTER TABLE tasks", "CREATE INDEX tasks_due_idx". */
    default String summary() {
        if (this instanceof CreateTable create) {
            return "CREATE TABLE " + create.table();
        } else if (this instanceof AlterTable alter) {
            return "ALTER TABLE " + alter.table();
        } else if (this instanceof CreateIndex index) {
            return "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX "
                    + (index.concurrently() ? "CONCURRENTLY " : "")
                    + (index.name() == null ? "on " + index.table() : index.name());
        } else if (this instanceof DropIndex drop) {
            return "DROP INDEX " + (drop.concurrently() ? "CONCURRENTLY " : "") + String.join(", ", drop.names());
        } else if (this instanceof DropTable drop) {
            return "DROP TABLE " + String.join(", ", drop.tables());
        } else if (this instanceof SetParameter set) {
            return "SET " + set.parameter();
        } else if (this instanceof DataChange change) {
            return change.verb() + " " + change.table();
        }
        return ((Other) this).keywords();
    }

    record CreateTable(String table, boolean ifNotExists, List<ColumnDefinition> columns, List<Constraint> constraints)
            implements Command {
        public CreateTable {
            columns = List.copyOf(columns);
            constraints = List.copyOf(constraints);
        }
    }

    record AlterTable(String table, List<AlterAction> actions) implements Command {
        public AlterTable {
            actions = List.copyOf(actions);
        }
    }

    record CreateIndex(String name, String table, boolean unique, boolean concurrently, boolean ifNotExists)
            implements Command {}

    record DropIndex(List<String> names, boolean concurrently, boolean ifExists) implements Command {
        public DropIndex {
            names = List.copyOf(names);
        }
    }

    record DropTable(List<String> tables, boolean ifExists) implements Command {
        public DropTable {
            tables = List.copyOf(tables);
        }
    }

    /**
     * SET [LOCAL|SESSION] parameter TO/= value, or RESET parameter.
     *
     * @param value the value as written, without quotes; null for RESET and for DEFAULT
     */
    record SetParameter(String parameter, String value, boolean local) implements Command {}

    /** INSERT, UPDATE, DELETE or MERGE on one table. */
    record DataChange(String verb, String table) implements Command {}

    /** Any other statement, known by its leading keywords ("CREATE FUNCTION", "COMMENT ON"). */
    record Other(String keywords) implements Command {}
}
