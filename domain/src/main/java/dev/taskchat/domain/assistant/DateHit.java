package dev.taskchat.domain.assistant;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.function.UnaryOperator;

/**
 * A date read from a message.
 *
 * @param time the time of day the words imply ("tonight" 20:00, "in 2 hours"), or null
 * @param later for a date written without a year or month ("dec 1", "the 1st"), the next such date after a
 *     given one: it rolls forward when the time given with it has already passed today; null otherwise
 * @param evening "tonight", "this evening": an hour without am/pm after it is in the evening ("tonight at
 *     9" is 21:00)
 */
record DateHit(LocalDate date, LocalTime time, UnaryOperator<LocalDate> later, boolean evening) {

    static DateHit on(LocalDate date) {
        return new DateHit(date, null, null, false);
    }

    static DateHit at(LocalDate date, LocalTime time) {
        return new DateHit(date, time, null, false);
    }

    static DateHit evening(LocalDate date, LocalTime time) {
        return new DateHit(date, time, null, true);
    }

    static DateHit rolling(LocalDate date, UnaryOperator<LocalDate> later) {
        return new DateHit(date, null, later, false);
    }
}
