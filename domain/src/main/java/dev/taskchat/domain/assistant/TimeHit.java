package dev.taskchat.domain.assistant;

import java.time.LocalTime;

/**
 * A time of day read from a message.
 *
 * @param ambiguousHour an hour from 1 to 11 written without am/pm ("at 9"): read as written, except after
 *     "tonight" or "evening", where it is moved to the evening
 */
record TimeHit(LocalTime time, boolean ambiguousHour) {

    TimeHit inEvening() {
        return ambiguousHour ? new TimeHit(time.plusHours(12), false) : this;
    }
}
