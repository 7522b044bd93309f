/**
 * The operator's command-line tool, {@code java -jar taskchat-migrations.jar <migrate|info|validate>}: it
 * applies, lists and checks the schema of a database given on the command line or in the same environment
 * variables the WAR reads ({@code DB_URL}, {@code DB_USER}, {@code DB_PASSWORD}), as the step before a
 * deploy. Its output is written for people, its exit status for scripts: 0 done, 1 failed (unreachable
 * database, failed migration, failed validation), 2 wrong usage.
 */
package dev.taskchat.migrations.cli;
