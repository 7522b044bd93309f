/**
 * Repository adapter for tasks. The list is one native query: keyset pagination over a total order
 * per sort, PostgreSQL full-text search for {@code q}, and the partial indexes the migrations create.
 */
package dev.taskchat.persistence.task;
