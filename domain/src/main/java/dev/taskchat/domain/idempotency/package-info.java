/**
 * Idempotent requests: a client-chosen key makes a retried request return the first outcome instead of
 * doing the work twice. The {@link dev.taskchat.domain.idempotency.IdempotencyKeys} port lives here.
 */
package dev.taskchat.domain.idempotency;
