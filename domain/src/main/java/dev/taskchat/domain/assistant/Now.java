package dev.taskchat.domain.assistant;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/**
 * The moment a message is read, in the user's zone, to the minute: every relative phrase resolves
 * against it. Minutes, because "at 10am" read at 10:00:30 is no longer ahead and a due time never
 * carries seconds.
 */
record Now(ZonedDateTime at) {

    static Now of(Clock clock, ZoneId zone) {
        return new Now(clock.instant().atZone(zone).truncatedTo(ChronoUnit.MINUTES));
    }

    LocalDate today() {
        return at.toLocalDate();
    }

    LocalTime time() {
        return at.toLocalTime();
    }

    /** A time alone means today while it is still ahead (strictly later than now), else tomorrow. */
    LocalDate nextDayAt(LocalTime time) {
        return time.isAfter(time()) ? today() : today().plusDays(1);
    }
}
