/**
 * The operator's command-line tool, {@code java -jar taskchat-migrations.jar <command>}: {@code migrate},
 * {@code info} (with each migration's phase), {@code validate} and {@code plan} (a dry run with locks and
 * risks) work on a database given on the command line or in the same environment variables the WAR reads
 * ({@code DB_URL}, {@code DB_USER}, {@code DB_PASSWORD}); {@code lint} checks scripts without one, and
 * {@link dev.taskchat.migrations.cli.BuildLint} runs it in the build. Output is written for people, the exit
 * status for scripts: 0 done, 1 failed (unreachable database, failed migration, failed validation, lint
 * problems), 2 wrong usage.
 */
package dev.taskchat.migrations.cli;
