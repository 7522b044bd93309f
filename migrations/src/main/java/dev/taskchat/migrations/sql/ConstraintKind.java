package dev.taskchat.migrations.sql;

/** The kinds of constraint a table or a column can carry. */
public enum ConstraintKind {
    CHECK,
    FOREIGN_KEY,
    UNIQUE,
    PRIMARY_KEY,
    EXCLUDE
}
