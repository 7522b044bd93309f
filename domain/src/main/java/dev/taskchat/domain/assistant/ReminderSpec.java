package dev.taskchat.domain.assistant;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A reminder as written, before the due date is known: {@link QuickAdd#reminder} turns it into a
 * {@link Reminder} once the whole message has been read.
 */
sealed interface ReminderSpec {

    /** "remind me" with nothing after it. */
    record AtDue() implements ReminderSpec {}

    /** "30 min before". */
    record Before(Duration before) implements ReminderSpec {}

    /** "at 8am" (date null: on the due date), "tomorrow at 8am". */
    record AtTime(LocalDate date, LocalTime time) implements ReminderSpec {}
}
