/**
 * Just enough PostgreSQL to reason about a migration without a database: a lexer that knows comments,
 * strings and dollar quoting, a splitter that finds the statements Flyway will send one by one, and a parser
 * that recognises the schema changes whose locks and costs matter (CREATE/ALTER/DROP TABLE, CREATE/DROP
 * INDEX, SET). It is not a validator: what it does not recognise it describes by its keywords.
 */
package dev.taskchat.migrations.sql;
