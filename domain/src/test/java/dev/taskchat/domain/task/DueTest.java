package dev.taskchat.domain.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DueTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @ParameterizedTest(name = "{0} {1} {2} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            Europe/Berlin    | 2026-01-15 | 09:00 | 2026-01-15T08:00:00Z
            Europe/Berlin    | 2026-07-15 | 09:00 | 2026-07-15T07:00:00Z
            America/New_York | 2026-01-15 | 09:00 | 2026-01-15T14:00:00Z
            America/New_York | 2026-07-15 | 09:00 | 2026-07-15T13:00:00Z
            Europe/Berlin    | 2026-12-31 | 23:30 | 2026-12-31T22:30:00Z
            America/New_York | 2026-12-31 | 23:30 | 2027-01-01T04:30:00Z
            """)
    void timedIsThatLocalTime(String zone, LocalDate date, LocalTime time, Instant expected) {
        assertThat(Due.at(date, time).instantIn(ZoneId.of(zone))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Europe/Berlin    | 2026-01-15 | 2026-01-15T23:00:00Z
            Europe/Berlin    | 2026-07-15 | 2026-07-15T22:00:00Z
            Europe/Berlin    | 2026-03-28 | 2026-03-28T23:00:00Z
            Europe/Berlin    | 2026-03-29 | 2026-03-29T22:00:00Z
            America/New_York | 2026-01-15 | 2026-01-16T05:00:00Z
            America/New_York | 2026-03-08 | 2026-03-09T04:00:00Z
            America/New_York | 2026-12-31 | 2027-01-01T05:00:00Z
            """)
    void allDayEndsAtTheMidnightStartingTheNextDay(String zone, LocalDate date, Instant expected) {
        assertThat(Due.on(date).instantIn(ZoneId.of(zone))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1} {2} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            Europe/Berlin    | 2026-03-29 | 02:30 | 2026-03-29T01:30:00Z
            Europe/Berlin    | 2026-03-29 | 02:00 | 2026-03-29T01:00:00Z
            America/New_York | 2026-03-08 | 02:30 | 2026-03-08T07:30:00Z
            """)
    void aTimeInTheDstGapMovesForwardByTheGap(String zone, LocalDate date, LocalTime time, Instant expected) {
        Instant instant = Due.at(date, time).instantIn(ZoneId.of(zone));

        assertThat(instant).isEqualTo(expected);
        assertThat(LocalDateTime.ofInstant(instant, ZoneId.of(zone)))
                .isEqualTo(date.atTime(time).plusHours(1));
    }

    @ParameterizedTest(name = "{0} {1} {2} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            Europe/Berlin    | 2026-10-25 | 02:30 | 2026-10-25T00:30:00Z
            America/New_York | 2026-11-01 | 01:30 | 2026-11-01T05:30:00Z
            """)
    void aTimeInTheDstOverlapTakesTheEarlierInstant(String zone, LocalDate date, LocalTime time, Instant expected) {
        assertThat(Due.at(date, time).instantIn(ZoneId.of(zone))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "9:00 on {0} in {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-03-28 | Europe/Berlin    | 2026-03-28T08:00:00Z
            2026-03-29 | Europe/Berlin    | 2026-03-29T07:00:00Z
            2026-10-24 | Europe/Berlin    | 2026-10-24T07:00:00Z
            2026-10-25 | Europe/Berlin    | 2026-10-25T08:00:00Z
            2026-03-07 | America/New_York | 2026-03-07T14:00:00Z
            2026-03-08 | America/New_York | 2026-03-08T13:00:00Z
            """)
    void nineAmStaysNineAmAcrossDst(LocalDate date, String zone, Instant expected) {
        assertThat(Due.at(date, LocalTime.of(9, 0)).instantIn(ZoneId.of(zone))).isEqualTo(expected);
    }

    @Test
    void allDayHasNoTime() {
        Due due = Due.on(LocalDate.of(2026, 3, 10));

        assertThat(due.isAllDay()).isTrue();
        assertThat(due.timeOfDay()).isEmpty();
        assertThat(due.localStart()).isEqualTo(LocalDateTime.of(2026, 3, 10, 0, 0));
    }

    @Test
    void timedDropsNanosecondsButKeepsSeconds() {
        Due due = Due.at(LocalDate.of(2026, 3, 10), LocalTime.of(9, 15, 30, 123_456_789));

        assertThat(due.isAllDay()).isFalse();
        assertThat(due.timeOfDay()).contains(LocalTime.of(9, 15, 30));
        assertThat(due).isEqualTo(Due.at(LocalDate.of(2026, 3, 10), LocalTime.of(9, 15, 30)));
    }

    @Test
    void needsADate() {
        assertThatThrownBy(() -> Due.on(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Due.at(LocalDate.of(2026, 3, 10), null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void sameDateIsDueLaterAllDayThanAtAnyTime() {
        LocalDate date = LocalDate.of(2026, 3, 10);

        assertThat(Due.on(date).instantIn(BERLIN))
                .isAfter(Due.at(date, LocalTime.of(23, 59, 59)).instantIn(BERLIN));
        assertThat(Due.on(date).instantIn(NEW_YORK)).isAfter(Due.on(date).instantIn(BERLIN));
    }
}
