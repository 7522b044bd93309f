package dev.taskchat.migrations.lock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LockRetryTest {

    @Test
    void theDelayDoublesWithUpToAQuarterOfJitter() {
        SplittableRandom random = new SplittableRandom(42);
        LockRetry retry = LockRetry.DEFAULT;

        for (int i = 0; i < 50; i++) {
            assertThat(retry.delayBefore(1, random)).isBetween(Duration.ofMillis(1000), Duration.ofMillis(1250));
            assertThat(retry.delayBefore(2, random)).isBetween(Duration.ofMillis(2000), Duration.ofMillis(2500));
            assertThat(retry.delayBefore(4, random)).isBetween(Duration.ofMillis(8000), Duration.ofMillis(10000));
        }
        assertThat(retry.attempts()).isEqualTo(5);
        assertThat(LockRetry.attempts(3)).isEqualTo(new LockRetry(3, Duration.ofSeconds(1)));
    }

    @Test
    void atLeastOneAttempt() {
        assertThatThrownBy(() -> LockRetry.attempts(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
