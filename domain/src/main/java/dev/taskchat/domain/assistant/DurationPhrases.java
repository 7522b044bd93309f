package dev.taskchat.domain.assistant;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a span of time for a reminder: "30 min", "an hour", "2 hours", "1 day", "half an hour", "30m", "1h". */
final class DurationPhrases {
    private static final Pattern COMPACT = Pattern.compile("(\\d{1,4})(m|min|mins|h|hr|hrs|d)");

    private DurationPhrases() {}

    static Match<Duration> find(Tokens t, int i) {
        if (t.matches(i, "half", "an", "hour")) {
            return new Match<>(Duration.ofMinutes(30), i + 3);
        }
        Matcher compact = COMPACT.matcher(String.valueOf(t.word(i)));
        if (compact.matches()) {
            Duration span = span(Integer.parseInt(compact.group(1)), compact.group(2));
            return span == null || span.isZero() ? null : new Match<>(span, i + 1);
        }
        Integer count = Words.count(t.word(i), true);
        Duration span = count == null ? null : span(count, String.valueOf(t.word(i + 1)));
        return span == null ? null : new Match<>(span, i + 2);
    }

    private static Duration span(long count, String unit) {
        return switch (unit) {
            case "minute", "minutes", "min", "mins", "m" -> Duration.ofMinutes(count);
            case "hour", "hours", "hr", "hrs", "h" -> Duration.ofHours(count);
            case "day", "days", "d" -> Duration.ofDays(count);
            case "week", "weeks" -> Duration.ofDays(7 * count);
            default -> null;
        };
    }
}
