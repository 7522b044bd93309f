/**
 * Lock discipline around {@code migrate}: scripts set a short {@code lock_timeout} so that their DDL never sits
 * in the lock queue stalling every query behind it; {@link dev.taskchat.migrations.lock.RetryingMigrate} turns
 * such a timeout into a retry with backoff instead of a failed deploy, cleans up what a failed
 * non-transactional script leaves behind, and lets only one operator migrate a database at a time;
 * {@link dev.taskchat.migrations.lock.LongTransactions} keeps the DDL from being issued at all while a long
 * transaction holds the table.
 */
package dev.taskchat.migrations.lock;
