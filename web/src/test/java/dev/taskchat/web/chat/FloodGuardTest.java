package dev.taskchat.web.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class FloodGuardTest {
    private Instant now = Instant.parse("2026-11-22T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void allowsTwentyFramesInTenSecondsThenRefusesUntilTheWindowMoves() {
        FloodGuard guard = new FloodGuard(clock);
        for (int i = 0; i < FloodGuard.MAX_FRAMES; i++) {
            assertThat(guard.allow()).as("frame %d", i + 1).isTrue();
        }
        assertThat(guard.allow()).isFalse();
        now = now.plus(FloodGuard.WINDOW.minusMillis(1));
        assertThat(guard.allow()).isFalse();
        now = now.plus(Duration.ofMillis(1));
        assertThat(guard.allow()).isTrue();
    }
}
