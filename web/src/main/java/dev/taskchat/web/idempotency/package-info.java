/** Idempotent POSTs: the Idempotency-Key header, claimed in the same transaction as the work it guards. */
package dev.taskchat.web.idempotency;
