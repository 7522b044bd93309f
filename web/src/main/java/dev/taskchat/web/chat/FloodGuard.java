package dev.taskchat.web.chat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;

/** Allows a socket at most {@link #MAX_FRAMES} frames in any {@link #WINDOW}; the rest are refused. */
final class FloodGuard {
    static final int MAX_FRAMES = 20;
    static final Duration WINDOW = Duration.ofSeconds(10);

    private final Clock clock;
    private final ArrayDeque<Instant> recent = new ArrayDeque<>();

    FloodGuard(Clock clock) {
        this.clock = clock;
    }

    synchronized boolean allow() {
        Instant now = clock.instant();
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(now.minus(WINDOW))) {
            recent.removeFirst();
        }
        if (recent.size() >= MAX_FRAMES) {
            return false;
        }
        recent.addLast(now);
        return true;
    }
}
