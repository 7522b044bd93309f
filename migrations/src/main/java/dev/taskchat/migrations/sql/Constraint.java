package dev.taskchat.migrations.sql;

/**
 * A constraint as declared in CREATE TABLE, ADD COLUMN or ADD CONSTRAINT.
 *
 * @param name its name, or null when PostgreSQL will choose one
 * @param notValid declared NOT VALID: existing rows are not checked now
 * @param usingIndex UNIQUE/PRIMARY KEY USING INDEX: adopts an index that is already built
 * @param notNullColumn for {@code CHECK (column IS NOT NULL)}, the column; otherwise null
 * @param referencedTable for a foreign key, the table it references; otherwise null
 */
public record Constraint(
        String name,
        ConstraintKind kind,
        boolean notValid,
        boolean usingIndex,
        String notNullColumn,
        String referencedTable) {}
