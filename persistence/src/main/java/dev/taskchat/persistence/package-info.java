/**
 * The JPA (EclipseLink) side of the domain: the domain classes are mapped as they are by {@code
 * META-INF/taskchat-orm.xml}; each feature package holds the repository adapters for one domain port.
 * Native SQL is used where PostgreSQL does the work better (keyset paging, full-text search, upserts).
 */
package dev.taskchat.persistence;
