package dev.taskchat.web.time;

import dev.taskchat.domain.error.InvalidValueException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * The API's date and time formats. Instants are written with the user's current offset, to the second
 * ({@code 2026-12-01T09:00:00+01:00}); local times as {@code HH:mm}.
 */
public final class ApiTime {
    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    private ApiTime() {}

    public static String format(Instant instant, ZoneId zone) {
        return instant == null
                ? null
                : instant.truncatedTo(ChronoUnit.SECONDS)
                        .atZone(zone)
                        .toOffsetDateTime()
                        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    public static String format(LocalDate date) {
        return date == null ? null : date.toString();
    }

    public static String format(LocalTime time) {
        if (time == null) {
            return null;
        }
        return time.getSecond() == 0 ? time.format(HOURS_MINUTES) : time.toString();
    }

    public static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("must be a date like 2026-12-01");
        }
    }

    public static LocalTime parseTime(String text) {
        try {
            return LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("must be a time like 09:00 or 17:30");
        }
    }

    /** An instant with an offset ({@code …+01:00}, {@code …Z}), or a local date-time read in {@code zone}. */
    public static Instant parseInstant(String text, ZoneId zone) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text).atZone(zone).toInstant();
            } catch (DateTimeException e) {
                throw new InvalidValueException("must be a date-time like 2026-12-01T08:30:00+01:00");
            }
        }
    }
}
