package dev.taskchat.migrations.sql;

/** One action of an ALTER TABLE; a statement can hold several, separated by commas. */
public sealed interface AlterAction {

    record AddColumn(ColumnDefinition column, boolean ifNotExists) implements AlterAction {}

    record DropColumn(String column, boolean ifExists) implements AlterAction {}

    /** ALTER COLUMN ... TYPE; {@code using} when a USING expression converts the values. */
    record AlterColumnType(String column, String type, boolean using) implements AlterAction {}

    record SetNotNull(String column) implements AlterAction {}

    record DropNotNull(String column) implements AlterAction {}

    record AddConstraint(Constraint constraint) implements AlterAction {}

    record ValidateConstraint(String name) implements AlterAction {}

    record DropConstraint(String name, boolean ifExists) implements AlterAction {}

    record RenameColumn(String from, String to) implements AlterAction {}

    record RenameTable(String to) implements AlterAction {}

    record RenameConstraint(String from, String to) implements AlterAction {}

    /**
     * Anything else, described by its keywords without the names in it: "ALTER COLUMN SET DEFAULT",
     * "SET STATISTICS", "ENABLE TRIGGER"...
     */
    record OtherAction(String keywords) implements AlterAction {}
}
