/**
 * The drift check: what the JPA mapping expects (tables, columns, types, nullability) against the schema the
 * migrations built, each difference one readable line. {@link dev.taskchat.persistence.drift.MappingDrift} is
 * the comparison, used by a test and by {@link dev.taskchat.persistence.drift.DriftCommand}, the executable
 * {@code taskchat-drift.jar} an operator runs against a real database. EclipseLink is an optional dependency of
 * this module: the application server provides it to the WAR, the executable bundles it.
 */
package dev.taskchat.persistence.drift;
