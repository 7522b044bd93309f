/**
 * Migration scripts as files: reading them from Flyway's locations or from paths, their names and versions,
 * and what their header declares — above all their {@link dev.taskchat.migrations.script.Phase}, expand or
 * contract, which {@code info}, {@code plan} and {@code lint} show and check, and which a contract guard can
 * read to refuse a contract while an older release still runs.
 */
package dev.taskchat.migrations.script;
