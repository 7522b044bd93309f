/** Repository adapter for idempotency keys, built on {@code insert … on conflict do nothing}. */
package dev.taskchat.persistence.idempotency;
