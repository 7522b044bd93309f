package dev.taskchat.domain.assistant;

import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a time of day at a position: "at 9", "9am", "9 pm", "9:30", "17:00", "at 9.30", noon, midnight,
 * "in the morning", and after a date "tomorrow morning", "friday evening at 8".
 *
 * <p>A bare number is never a time ("buy 2 apples"): it needs "at", am/pm or a colon. An hour without
 * am/pm is read as written on a 24-hour clock ("at 5" is 05:00; the reply shows it). Morning is 09:00,
 * afternoon 15:00, evening 19:00, night 20:00; midnight is 23:59 of the day it is said with, the end of
 * that day, because "friday midnight" means the night after Friday, not the one before it.
 */
final class TimePhrases {
    static final LocalTime MORNING = LocalTime.of(9, 0);
    static final LocalTime AFTERNOON = LocalTime.of(15, 0);
    static final LocalTime EVENING = LocalTime.of(19, 0);
    static final LocalTime NIGHT = LocalTime.of(20, 0);
    static final LocalTime NOON = LocalTime.NOON;
    static final LocalTime MIDNIGHT = LocalTime.of(23, 59);
    private static final Pattern CLOCK = Pattern.compile("(\\d{1,2})(?:([:.])(\\d{2}))?(am|pm|a\\.m|p\\.m)?");

    /** @param afterDate the words just before were a date, which makes "morning" or "noon" a time */
    Match<TimeHit> find(Tokens t, int i, boolean afterDate) {
        if (t.matches(i, "in", "the")) {
            LocalTime part = partOfDay(t.word(i + 2));
            return part == null ? null : new Match<>(new TimeHit(part, false), i + 3);
        }
        boolean at = t.is(i, "at", "@", "around");
        int j = at ? i + 1 : i;
        String word = t.word(j);
        if (word == null) {
            return null;
        }
        if (word.equals("noon") || word.equals("midday") || word.equals("midnight")) {
            LocalTime time = word.equals("midnight") ? MIDNIGHT : NOON;
            return at || afterDate ? new Match<>(new TimeHit(time, false), j + 1) : null;
        }
        LocalTime part = partOfDay(word);
        if (part != null) {
            return at || afterDate ? partOfDay(t, j, part) : null;
        }
        return clock(t, j, at);
    }

    private static LocalTime partOfDay(String word) {
        if (word == null) {
            return null;
        }
        return switch (word) {
            case "morning" -> MORNING;
            case "afternoon" -> AFTERNOON;
            case "evening" -> EVENING;
            case "night" -> NIGHT;
            default -> null;
        };
    }

    /** "morning", or "evening at 8" where the clock time wins and an ambiguous hour moves to the evening. */
    private Match<TimeHit> partOfDay(Tokens t, int j, LocalTime part) {
        Match<TimeHit> clock = t.is(j + 1, "at", "@", "around") ? clock(t, j + 2, true) : null;
        if (clock == null) {
            return new Match<>(new TimeHit(part, false), j + 1);
        }
        TimeHit time = part.equals(MORNING) ? clock.value() : clock.value().inEvening();
        return new Match<>(time, clock.end());
    }

    private Match<TimeHit> clock(Tokens t, int j, boolean at) {
        Matcher m = CLOCK.matcher(String.valueOf(t.word(j)));
        if (!m.matches()) {
            return null;
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        String meridiem = m.group(4);
        int end = j + 1;
        if (meridiem == null && t.is(end, "am", "pm", "a.m", "p.m")) {
            meridiem = t.word(end);
            end++;
        }
        boolean colon = ":".equals(m.group(2));
        if (meridiem == null && !at && !colon) {
            return null; // "buy 2 apples", "version 2.10"
        }
        if (t.is(end, "o'clock", "oclock")) {
            end++;
        }
        LocalTime time = meridiem == null ? twentyFourHour(hour, minute) : twelveHour(hour, minute, meridiem);
        if (time == null) {
            return null;
        }
        // "09:30" with its leading zero is plainly a 24-hour time; "9:30" after "tonight" is not
        boolean ambiguous =
                meridiem == null && hour >= 1 && hour <= 11 && !m.group(1).startsWith("0");
        TimeHit hit = new TimeHit(time, ambiguous);
        // "at 9 in the evening", "8 in the morning"
        if (t.matches(end, "in", "the") && partOfDay(t.word(end + 2)) != null) {
            boolean morning = partOfDay(t.word(end + 2)).equals(MORNING);
            return new Match<>(morning ? hit : hit.inEvening(), end + 3);
        }
        return new Match<>(hit, end);
    }

    private static LocalTime twentyFourHour(int hour, int minute) {
        return hour <= 23 && minute <= 59 ? LocalTime.of(hour, minute) : null;
    }

    private static LocalTime twelveHour(int hour, int minute, String meridiem) {
        if (hour < 1 || hour > 12 || minute > 59) {
            return null;
        }
        boolean pm = meridiem.startsWith("p");
        return LocalTime.of(hour % 12 + (pm ? 12 : 0), minute);
    }
}
