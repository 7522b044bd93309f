package dev.taskchat.migrations.sql;

import java.util.List;

/**
 * A column as declared in CREATE TABLE or ADD COLUMN.
 *
 * @param type the declared type, normalised by {@link TypeNames} ("varchar(20)", "timestamptz")
 * @param defaultExpression the tokens of its DEFAULT expression; empty when it has none
 * @param notNull declared NOT NULL or PRIMARY KEY
 * @param generated "identity" or "stored" for a generated column, otherwise null
 * @param constraints the constraints written on the column itself (CHECK, REFERENCES, UNIQUE...)
 */
public record ColumnDefinition(
        String name,
        String type,
        List<Token> defaultExpression,
        boolean notNull,
        String generated,
        List<Constraint> constraints) {

    public ColumnDefinition {
        defaultExpression = List.copyOf(defaultExpression);
        constraints = List.copyOf(constraints);
    }
}
