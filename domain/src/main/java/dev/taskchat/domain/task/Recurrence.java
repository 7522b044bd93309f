package dev.taskchat.domain.task;

import dev.taskchat.domain.error.InvalidValueException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.dmfs.rfc5545.DateTime;
import org.dmfs.rfc5545.recur.Freq;
import org.dmfs.rfc5545.recur.InvalidRecurrenceRuleException;
import org.dmfs.rfc5545.recur.RecurrenceRule;
import org.dmfs.rfc5545.recur.RecurrenceRuleIterator;

/**
 * How a task repeats: an RFC 5545 RRULE (e.g. {@code FREQ=MONTHLY;BYMONTHDAY=1}) and whether the next
 * occurrence follows the schedule or is counted from the day the task was completed ("every!").
 *
 * <p>Occurrences are computed on local dates and times, so a 9:00 task stays at 9:00 across DST. A
 * {@code COUNT} is the number of occurrences left, this one included: each completion uses one up.
 */
public final class Recurrence {
    public static final int MAX_LENGTH = 500;
    private static final Set<Freq> SUPPORTED = Set.of(Freq.DAILY, Freq.WEEKLY, Freq.MONTHLY, Freq.YEARLY);
    private static final Set<String> TIME_OF_DAY_PARTS = Set.of("BYHOUR", "BYMINUTE", "BYSECOND");
    /** Bounds the search after fast-forwarding: a rule that yields no later occurrence must not loop forever. */
    private static final int MAX_INSTANCES_SCANNED = 100_000;

    private final String rule;
    private final boolean fromCompletion;

    private Recurrence(String rule, boolean fromCompletion) {
        this.rule = rule;
        this.fromCompletion = fromCompletion;
    }

    /** Parses and normalizes an RRULE (an optional {@code RRULE:} prefix is accepted). */
    public static Recurrence parse(String rrule, boolean fromCompletion) {
        if (rrule == null || rrule.isBlank()) {
            throw new InvalidValueException("must not be empty");
        }
        if (rrule.length() > MAX_LENGTH) {
            throw new InvalidValueException("must be at most " + MAX_LENGTH + " characters");
        }
        String text = rrule.strip();
        if (text.toUpperCase(Locale.ROOT).startsWith("RRULE:")) {
            text = text.substring("RRULE:".length());
        }
        RecurrenceRule parsed = strict(text);
        if (!SUPPORTED.contains(parsed.getFreq())) {
            throw new InvalidValueException("must repeat DAILY, WEEKLY, MONTHLY or YEARLY");
        }
        if (parsed.getCount() != null && parsed.getCount() < 1) {
            throw new InvalidValueException("COUNT must be at least 1");
        }
        Recurrence recurrence = new Recurrence(parsed.toString(), fromCompletion);
        if (recurrence.parts().anyMatch(part -> TIME_OF_DAY_PARTS.contains(part.split("=")[0]))) {
            // the time of day is the due time; these parts would repeat within a day (as HOURLY would)
            // and yield a "next" occurrence on the same day as the current one. (Checked on the text:
            // touching RecurrenceRule.Part first breaks lib-recur's class initialization.)
            throw new InvalidValueException("must not set BYHOUR, BYMINUTE or BYSECOND: the due time sets the time");
        }
        recurrence.requireSomeOccurrence();
        return recurrence;
    }

    public String rule() {
        return rule;
    }

    public boolean fromCompletion() {
        return fromCompletion;
    }

    public Optional<Integer> remainingCount() {
        return Optional.ofNullable(strict(rule).getCount());
    }

    /**
     * The occurrence that follows one due at {@code current} which was completed at local date-time
     * {@code completed} (in the owner's zone), or empty when the series has ended.
     *
     * <p>On a schedule, it is the first occurrence after both the current due date and the completion,
     * so occurrences missed while the task was overdue are skipped. From completion, it is one step of
     * the rule after the completion day, at the same time of day.
     */
    public Optional<Occurrence> next(Due current, LocalDateTime completed) {
        Integer count = strict(rule).getCount();
        if (count != null && count <= 1) {
            return Optional.empty();
        }
        Due anchor = fromCompletion ? current.withDate(completed.toLocalDate()) : current;
        LocalDateTime floor = fromCompletion ? anchor.localStart() : latest(current, completed);
        Optional<LocalDateTime> found = firstAfter(anchor, floor);
        return found.map(start -> new Occurrence(
                new Due(start.toLocalDate(), current.time()),
                count == null ? this : new Recurrence(withCount(count - 1), fromCompletion)));
    }

    private static LocalDateTime latest(Due current, LocalDateTime completed) {
        LocalDateTime due = current.localStart();
        // an all-day task completed on a day counts as done for that whole day
        LocalDateTime done = current.isAllDay() ? completed.toLocalDate().atStartOfDay() : completed;
        return done.isAfter(due) ? done : due;
    }

    private Optional<LocalDateTime> firstAfter(Due anchor, LocalDateTime floor) {
        RecurrenceRuleIterator instances = iterator(anchor);
        // jump over the occurrences missed while the task was overdue instead of walking through them
        instances.fastForward(toDateTime(
                anchor.isAllDay() ? Due.on(floor.toLocalDate()) : Due.at(floor.toLocalDate(), floor.toLocalTime())));
        for (int scanned = 0; scanned < MAX_INSTANCES_SCANNED && instances.hasNext(); scanned++) {
            LocalDateTime instance = toLocal(instances.nextDateTime());
            if (instance.isAfter(floor)) {
                return Optional.of(instance);
            }
        }
        return Optional.empty();
    }

    private void requireSomeOccurrence() {
        LocalDate someDay = LocalDate.of(2000, 1, 1);
        try {
            iterator(Due.on(someDay)).nextDateTime();
        } catch (RuntimeException e) {
            throw new InvalidValueException("never produces an occurrence");
        }
    }

    /**
     * Iterates the rule (without COUNT) from {@code start}. lib-recur refuses an UNTIL of another kind
     * than the start (a date for a timed task, a date-time for an all-day one, UTC for a floating
     * start), but a rule outlives switching a task between all-day and timed; such an UNTIL is read as
     * its local date, and for a timed start as the end of that day.
     */
    private RecurrenceRuleIterator iterator(Due start) {
        RecurrenceRule parsed = strict(withoutCount());
        DateTime until = parsed.getUntil();
        DateTime dtstart = toDateTime(start);
        if (until != null && (until.isAllDay() != dtstart.isAllDay() || !until.isFloating())) {
            LocalDate last = LocalDate.of(until.getYear(), until.getMonth() + 1, until.getDayOfMonth());
            LocalTime lastTime = until.isAllDay()
                    ? LocalTime.of(23, 59, 59)
                    : LocalTime.of(until.getHours(), until.getMinutes(), until.getSeconds());
            parsed.setUntil(toDateTime(start.isAllDay() ? Due.on(last) : Due.at(last, lastTime)));
        }
        return parsed.iterator(dtstart);
    }

    private String withoutCount() {
        return parts().filter(part -> !part.startsWith("COUNT=")).collect(Collectors.joining(";"));
    }

    private String withCount(int count) {
        return parts().map(part -> part.startsWith("COUNT=") ? "COUNT=" + count : part)
                .collect(Collectors.joining(";"));
    }

    private java.util.stream.Stream<String> parts() {
        return Arrays.stream(rule.split(";"));
    }

    private static RecurrenceRule strict(String text) {
        try {
            return new RecurrenceRule(text, RecurrenceRule.RfcMode.RFC5545_STRICT);
        } catch (InvalidRecurrenceRuleException | RuntimeException e) {
            throw new InvalidValueException("is not a valid RFC 5545 RRULE (e.g. FREQ=WEEKLY;BYDAY=MO)");
        }
    }

    private static DateTime toDateTime(Due due) {
        LocalDate date = due.date();
        if (due.isAllDay()) {
            return new DateTime(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
        }
        return new DateTime(
                date.getYear(),
                date.getMonthValue() - 1,
                date.getDayOfMonth(),
                due.time().getHour(),
                due.time().getMinute(),
                due.time().getSecond());
    }

    private static LocalDateTime toLocal(DateTime instance) {
        LocalDate date = LocalDate.of(instance.getYear(), instance.getMonth() + 1, instance.getDayOfMonth());
        return instance.isAllDay()
                ? date.atStartOfDay()
                : date.atTime(instance.getHours(), instance.getMinutes(), instance.getSeconds());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Recurrence that && rule.equals(that.rule) && fromCompletion == that.fromCompletion;
    }

    @Override
    public int hashCode() {
        return Objects.hash(rule, fromCompletion);
    }

    @Override
    public String toString() {
        return (fromCompletion ? "every! " : "") + rule;
    }

    /** A next occurrence: its due date and the rule it carries (with one fewer COUNT left, if counted). */
    public record Occurrence(Due due, Recurrence recurrence) {}
}
