/**
 * The schema of Taskchat and the code that applies it. The Flyway scripts under
 * {@code db/migration} are the only place the schema is defined; {@link dev.taskchat.migrations.Migrations}
 * applies, lists and checks them through the Flyway API, so the command-line tool, the run command and the
 * tests of every module build a database the same way. Nothing here imports application code: migrations
 * run before the WAR is deployed, and the WAR only checks that the schema is recent enough.
 */
package dev.taskchat.migrations;
