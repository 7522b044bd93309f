package dev.taskchat.domain.assistant;

import java.time.Duration;

/**
 * Reads a reminder inside a task phrase: "remind me 30 min before", "remind me at 8am", "with a reminder
 * an hour before", "remind me" alone (at the due time). "remind me to …" at the start of a message is an
 * intent, read by {@link CommandParser}, not a token.
 */
final class ReminderPhrases {
    private final DatePhrases dates;
    private final TimePhrases times;

    ReminderPhrases(DatePhrases dates, TimePhrases times) {
        this.dates = dates;
        this.times = times;
    }

    Match<ReminderSpec> find(Tokens t, int i) {
        int j = leadIn(t, i);
        if (j < 0) {
            return null;
        }
        Match<ReminderSpec> when = when(t, j);
        if (when != null) {
            return when;
        }
        // "reminder" or "alert me" alone are too often plain words; "remind me" alone means at the due time
        return t.matches(i, "remind", "me") ? new Match<>(new ReminderSpec.AtDue(), j) : null;
    }

    private static int leadIn(Tokens t, int i) {
        if (t.matches(i, "remind", "me") && !t.is(i + 2, "to", "about", "that")) {
            return i + 2;
        }
        if (t.matches(i, "with", "a", "reminder")) {
            return i + 3;
        }
        if (t.matches(i, "with", "reminder")) {
            return i + 2;
        }
        if (t.is(i, "reminder")) {
            return i + 1;
        }
        if (t.is(i, "alert", "notify", "ping") && t.is(i + 1, "me")) {
            return i + 2;
        }
        return -1;
    }

    /** What follows "remind me": "30 min before", "the day before", "at 8am", "tomorrow at 8am". */
    Match<ReminderSpec> when(Tokens t, int i) {
        Match<Duration> span = DurationPhrases.find(t, i);
        if (span != null && t.is(span.end(), "before", "earlier", "ahead", "prior")) {
            int end = t.matches(span.end() + 1, "in", "advance") ? span.end() + 3 : span.end() + 1;
            return new Match<>(new ReminderSpec.Before(span.value()), end);
        }
        if (t.matches(i, "the", "day", "before")) {
            return new Match<>(new ReminderSpec.Before(Duration.ofDays(1)), i + 3);
        }
        Match<DateHit> date = dates.find(t, i, j -> true);
        int at = date == null ? i : date.end();
        Match<TimeHit> time = times.find(t, at, date != null);
        if (time == null) {
            return null;
        }
        return new Match<>(
                new ReminderSpec.AtTime(
                        date == null ? null : date.value().date(), time.value().time()),
                time.end());
    }
}
