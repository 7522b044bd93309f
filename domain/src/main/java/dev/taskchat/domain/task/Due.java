package dev.taskchat.domain.task;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * When a task is due: a date in the owner's time zone and, optionally, a time of day. Keeping the
 * local date and time (not an instant) is what keeps "every day at 9am" at 9am across DST changes.
 */
public record Due(LocalDate date, LocalTime time) {
    public Due {
        Objects.requireNonNull(date, "date");
        if (time != null) {
            time = time.withNano(0);
        }
    }

    public static Due on(LocalDate date) {
        return new Due(date, null);
    }

    public static Due at(LocalDate date, LocalTime time) {
        return new Due(date, Objects.requireNonNull(time, "time"));
    }

    public boolean isAllDay() {
        return time == null;
    }

    public Optional<LocalTime> timeOfDay() {
        return Optional.ofNullable(time);
    }

    /**
     * The instant the task falls due in {@code zone}: the given time, or for an all-day task the end of
     * its day (the midnight that starts the next day), which is when it becomes overdue. A local time
     * that does not exist on that day (a DST gap) moves forward by the length of the gap.
     */
    public Instant instantIn(ZoneId zone) {
        if (time == null) {
            return date.plusDays(1).atStartOfDay(zone).toInstant();
        }
        return ZonedDateTime.of(date, time, zone).toInstant();
    }

    /** The local date-time used to order and repeat: an all-day task counts as the start of its day. */
    LocalDateTime localStart() {
        return time == null ? date.atStartOfDay() : date.atTime(time);
    }

    Due withDate(LocalDate newDate) {
        return new Due(newDate, time);
    }
}
