/**
 * {@code lint}: static checks of migration scripts against the zero-downtime rules of shared/MIGRATIONS.md,
 * each finding with the reason and the safe alternative, and reviewed exceptions per statement
 * ({@code -- lint: allow <rule> because <reason>}). The build runs it on the shipped scripts; {@code plan}
 * shows its findings next to each pending statement.
 */
package dev.taskchat.migrations.lint;
