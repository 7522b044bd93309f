package dev.taskchat.migrations.lock;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * How often {@code migrate} tries again after a statement gave up waiting for its lock, and how long it waits
 * in between: the first delay, doubled each time, plus up to a quarter more at random so that two operators
 * (or a retry and the application's own retries) do not keep colliding in step.
 *
 * @param attempts how many times a migration is tried in all; 1 means no retry
 * @param firstDelay the wait before the first retry
 */
public record LockRetry(int attempts, Duration firstDelay) {

    /** 5 attempts, waiting about 1 s, 2 s, 4 s and 8 s in between. */
    public static final LockRetry DEFAULT = new LockRetry(5, Duration.ofSeconds(1));

    public LockRetry {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1, not " + attempts);
        }
        Objects.requireNonNull(firstDelay, "firstDelay");
        if (firstDelay.isNegative()) {
            throw new IllegalArgumentException("firstDelay must not be negative");
        }
    }

    /** The default backoff with another number of attempts ({@code --lock-retries}). */
    public static LockRetry attempts(int attempts) {
        return new LockRetry(attempts, DEFAULT.firstDelay);
    }

    /** The wait before retry number {@code retry} (1 for the first retry). */
    public Duration delayBefore(int retry, RandomGenerator random) {
        long base = firstDelay.toMillis() << Math.min(retry - 1, 20);
        return Duration.ofMillis(base + (long) (base * 0.25 * random.nextDouble()));
    }
}
