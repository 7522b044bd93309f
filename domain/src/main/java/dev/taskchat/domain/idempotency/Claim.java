package dev.taskchat.domain.idempotency;

/** What claiming an idempotency key found. */
public sealed interface Claim {
    /** The key is new: do the work, then {@link IdempotencyKeys#complete complete} the key. */
    record Fresh() implements Claim {}

    /** The key was used for the same request: answer with its outcome again. */
    record Replay(StoredResponse response) implements Claim {}

    /** The key was used for a different request: refuse. */
    record Mismatch() implements Claim {}
}
