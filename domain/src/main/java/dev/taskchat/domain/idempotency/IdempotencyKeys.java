package dev.taskchat.domain.idempotency;

import java.time.Instant;

/**
 * Where idempotency keys are kept, per user. Claiming happens inside the transaction that does the
 * work, so a request that fails leaves no key behind and may simply be retried; a concurrent request
 * with the same key waits for the first to finish and then replays its outcome.
 */
public interface IdempotencyKeys {
    Claim claim(long userId, String key, String requestHash, Instant now);

    void complete(long userId, String key, StoredResponse response);
}
