package dev.taskchat.domain.assistant;

import dev.taskchat.domain.task.Recurrence;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A repetition read from words, before it becomes an RRULE: the parts the phrases fill in one by one,
 * and the first occurrence from a date on, which a repeating task without an explicit date gets as its
 * due date.
 *
 * @param days weekdays (BYDAY), Monday first; with {@code weekOrdinal} the single weekday of "3rd friday"
 * @param weekOrdinal which such weekday of the month, 1 to 5 or -1 for the last
 * @param monthDay day of the month, 1 to 31 or -1 for the last
 * @param month with {@code monthDay}, the date of a yearly rule
 * @param time a time the words imply ("every morning"), or null
 */
record RepeatRule(
        Frequency frequency,
        int interval,
        List<DayOfWeek> days,
        Integer weekOrdinal,
        Integer monthDay,
        Month month,
        LocalTime time,
        boolean fromCompletion,
        Integer count,
        LocalDate until) {

    enum Frequency {
        DAILY,
        WEEKLY,
        MONTHLY,
        YEARLY
    }

    /** Longer than any gap between occurrences of a rule the phrases build (Feb 29 recurs within 8 years). */
    private static final int MAX_DAYS_SCANNED = 366 * 9;

    static RepeatRule of(Frequency frequency) {
        return new RepeatRule(frequency, 1, List.of(), null, null, null, null, false, null, null);
    }

    RepeatRule every(int newInterval) {
        return new RepeatRule(
                frequency, newInterval, days, weekOrdinal, monthDay, month, time, fromCompletion, count, until);
    }

    RepeatRule on(List<DayOfWeek> newDays) {
        List<DayOfWeek> sorted = newDays.stream().distinct().sorted().toList();
        return new RepeatRule(
                frequency, interval, sorted, weekOrdinal, monthDay, month, time, fromCompletion, count, until);
    }

    RepeatRule onNth(int ordinal, DayOfWeek day) {
        return new RepeatRule(
                frequency, interval, List.of(day), ordinal, monthDay, month, time, fromCompletion, count, until);
    }

    RepeatRule onDay(int day) {
        return new RepeatRule(frequency, interval, days, weekOrdinal, day, month, time, fromCompletion, count, until);
    }

    RepeatRule onDate(Month newMonth, int day) {
        return new RepeatRule(
                frequency, interval, days, weekOrdinal, day, newMonth, time, fromCompletion, count, until);
    }

    RepeatRule at(LocalTime newTime) {
        return new RepeatRule(
                frequency, interval, days, weekOrdinal, monthDay, month, newTime, fromCompletion, count, until);
    }

    RepeatRule afterCompletion() {
        return new RepeatRule(frequency, interval, days, weekOrdinal, monthDay, month, time, true, count, until);
    }

    RepeatRule times(int newCount) {
        return new RepeatRule(
                frequency, interval, days, weekOrdinal, monthDay, month, time, fromCompletion, newCount, until);
    }

    RepeatRule until(LocalDate last) {
        return new RepeatRule(
                frequency, interval, days, weekOrdinal, monthDay, month, time, fromCompletion, count, last);
    }

    boolean hasDayPart() {
        return !days.isEmpty() || monthDay != null;
    }

    Recurrence recurrence() {
        return Recurrence.parse(rrule(), fromCompletion);
    }

    String rrule() {
        StringBuilder rule = new StringBuilder("FREQ=").append(frequency);
        if (interval > 1) {
            rule.append(";INTERVAL=").append(interval);
        }
        if (weekOrdinal != null) {
            rule.append(";BYDAY=").append(weekOrdinal).append(code(days.get(0)));
        } else if (!days.isEmpty()) {
            rule.append(";BYDAY=").append(days.stream().map(RepeatRule::code).collect(Collectors.joining(",")));
        }
        if (month != null) {
            rule.append(";BYMONTH=").append(month.getValue());
        }
        if (monthDay != null) {
            rule.append(";BYMONTHDAY=").append(monthDay);
        }
        if (until != null) {
            rule.append(";UNTIL=").append(until.format(DateTimeFormatter.BASIC_ISO_DATE));
        }
        if (count != null) {
            rule.append(";COUNT=").append(count);
        }
        return rule.toString();
    }

    private static String code(DayOfWeek day) {
        return day.name().substring(0, 2);
    }

    /**
     * The first date from {@code from} on that the rule can fall on. Any day can start a plain "every 2
     * weeks", so that one starts on {@code from}.
     */
    LocalDate firstFrom(LocalDate from) {
        for (int i = 0; i < MAX_DAYS_SCANNED; i++) {
            LocalDate date = from.plusDays(i);
            if (matches(date)) {
                return date;
            }
        }
        return from;
    }

    private boolean matches(LocalDate date) {
        if (weekOrdinal != null) {
            boolean rightWeek = weekOrdinal > 0
                    ? (date.getDayOfMonth() - 1) / 7 + 1 == weekOrdinal
                    : date.getDayOfMonth() + 7 > date.lengthOfMonth();
            return date.getDayOfWeek() == days.get(0) && rightWeek;
        }
        if (!days.isEmpty() && !days.contains(date.getDayOfWeek())) {
            return false;
        }
        if (month != null && date.getMonth() != month) {
            return false;
        }
        if (monthDay != null) {
            return monthDay > 0 ? date.getDayOfMonth() == monthDay : date.getDayOfMonth() == date.lengthOfMonth();
        }
        return true;
    }
}
