package dev.taskchat.domain.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.taskchat.domain.error.InvalidValueException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RecurrenceTest {

    private static Due allDay(String date) {
        return Due.on(LocalDate.parse(date));
    }

    private static Due timed(String date, String time) {
        return Due.at(LocalDate.parse(date), LocalTime.parse(time));
    }

    /** A due written "2026-03-10" (all day) or "2026-03-10T09:00" (timed). */
    private static Due due(String text) {
        return text.contains("T") ? timed(text.substring(0, 10), text.substring(11)) : allDay(text);
    }

    private static Optional<Recurrence.Occurrence> next(String rule, boolean fromCompletion, Due due, String done) {
        return Recurrence.parse(rule, fromCompletion).next(due, LocalDateTime.parse(done));
    }

    @Nested
    class Parse {
        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                FREQ=DAILY                          | FREQ=DAILY
                RRULE:FREQ=DAILY                    | FREQ=DAILY
                rrule:FREQ=WEEKLY;BYDAY=MO,TH       | FREQ=WEEKLY;BYDAY=MO,TH
                freq=daily;interval=2               | FREQ=DAILY;INTERVAL=2
                '  FREQ=MONTHLY;BYMONTHDAY=1  '     | FREQ=MONTHLY;BYMONTHDAY=1
                FREQ=DAILY;                         | FREQ=DAILY
                FREQ=WEEKLY;BYDAY=MO;WKST=MO        | FREQ=WEEKLY;WKST=MO;BYDAY=MO
                FREQ=MONTHLY;BYMONTHDAY=-1          | FREQ=MONTHLY;BYMONTHDAY=-1
                FREQ=MONTHLY;BYDAY=3FR              | FREQ=MONTHLY;BYDAY=3FR
                FREQ=YEARLY;COUNT=3                 | FREQ=YEARLY;COUNT=3
                FREQ=DAILY;UNTIL=20260312           | FREQ=DAILY;UNTIL=20260312
                """)
        void normalizes(String input, String expected) {
            Recurrence recurrence = Recurrence.parse(input, false);

            assertThat(recurrence.rule()).isEqualTo(expected);
            assertThat(recurrence.fromCompletion()).isFalse();
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"   "})
        void rejectsEmpty(String input) {
            assertThatThrownBy(() -> Recurrence.parse(input, false))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessage("must not be empty");
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "garbage",
                    "FREQ=FORTNIGHTLY",
                    "RRULE: FREQ=DAILY",
                    "FREQ=DAILY;FREQ=WEEKLY",
                    "FREQ=DAILY;INTERVAL=0",
                    "FREQ=DAILY;X-FOO=1",
                    "FREQ=WEEKLY;BYDAY=XX",
                    "FREQ=DAILY;UNTIL=2026-03-12",
                    "FREQ=DAILY;COUNT=2;UNTIL=20260310",
                    "BYDAY=MO"
                })
        void rejectsWhatIsNotAnRrule(String input) {
            assertThatThrownBy(() -> Recurrence.parse(input, false))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("not a valid RFC 5545 RRULE");
        }

        @ParameterizedTest
        @ValueSource(strings = {"FREQ=HOURLY", "FREQ=MINUTELY", "FREQ=SECONDLY", "RRULE:FREQ=HOURLY;INTERVAL=2"})
        void rejectsRepeatingMoreOftenThanDaily(String input) {
            assertThatThrownBy(() -> Recurrence.parse(input, false))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessage("must repeat DAILY, WEEKLY, MONTHLY or YEARLY");
        }

        @ParameterizedTest
        @ValueSource(strings = {"FREQ=DAILY;BYHOUR=9,17", "FREQ=DAILY;BYMINUTE=0,30", "FREQ=WEEKLY;BYSECOND=5"})
        void rejectsATimeOfDayInTheRule(String input) {
            assertThatThrownBy(() -> Recurrence.parse(input, false))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("BYHOUR");
        }

        @ParameterizedTest
        @ValueSource(strings = {"FREQ=DAILY;COUNT=0", "FREQ=DAILY;COUNT=-1"})
        void rejectsCountBelowOne(String input) {
            assertThatThrownBy(() -> Recurrence.parse(input, false)).isInstanceOf(InvalidValueException.class);
        }

        @Test
        void rejectsMoreThan500Characters() {
            String padded = "FREQ=DAILY" + " ".repeat(Recurrence.MAX_LENGTH - "FREQ=DAILY".length());
            assertThat(Recurrence.parse(padded, false).rule()).isEqualTo("FREQ=DAILY");

            assertThatThrownBy(() -> Recurrence.parse(padded + " ", false))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessage("must be at most 500 characters");
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30",
                    "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=31",
                    "FREQ=MONTHLY;BYMONTH=4,6,9,11;BYMONTHDAY=31",
                    "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30"
                })
        void rejectsARuleWithoutAnyOccurrenceQuickly(String input) {
            assertTimeoutPreemptively(
                    Duration.ofSeconds(2), () -> assertThatThrownBy(() -> Recurrence.parse(input, false))
                            .isInstanceOf(InvalidValueException.class)
                            .hasMessage("never produces an occurrence"));
        }

        @Test
        void acceptsARuleWithRareOccurrences() {
            // 29 February on a Monday: 2016, 2044, …
            assertThat(Recurrence.parse("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29;BYDAY=MO", false)
                            .next(allDay("2016-02-29"), LocalDateTime.parse("2016-02-29T10:00")))
                    .map(Recurrence.Occurrence::due)
                    .contains(allDay("2044-02-29"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"FREQ=DAILY;UNTIL=20260312T090000", "FREQ=DAILY;UNTIL=20260312T235959Z"})
        void acceptsAnUntilWithATime(String input) {
            assertThat(Recurrence.parse(input, false).rule()).isEqualTo(input);
        }

        @Test
        void keepsFromCompletionAndComparesByValue() {
            Recurrence every = Recurrence.parse("rrule:freq=weekly", true);

            assertThat(every.fromCompletion()).isTrue();
            assertThat(every).isEqualTo(Recurrence.parse("FREQ=WEEKLY", true));
            assertThat(every).hasSameHashCodeAs(Recurrence.parse("FREQ=WEEKLY", true));
            assertThat(every).isNotEqualTo(Recurrence.parse("FREQ=WEEKLY", false));
            assertThat(every).hasToString("every! FREQ=WEEKLY");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                FREQ=DAILY;COUNT=7      | 7
                FREQ=DAILY;COUNT=1      | 1
                """)
        void reportsTheRemainingCount(String rule, int count) {
            assertThat(Recurrence.parse(rule, false).remainingCount()).contains(count);
        }

        @Test
        void hasNoRemainingCountWithoutCount() {
            assertThat(Recurrence.parse("FREQ=DAILY", false).remainingCount()).isEmpty();
        }
    }

    @Nested
    class OnSchedule {
        /** Completed right after it was due: the following occurrence. */
        @ParameterizedTest(name = "{0} due {1} → {2}")
        @CsvSource(delimiter = '|', textBlock = """
                FREQ=DAILY                    | 2026-03-10T09:00 | 2026-03-11T09:00
                FREQ=DAILY                    | 2026-03-10       | 2026-03-11
                FREQ=WEEKLY                   | 2026-03-10       | 2026-03-17
                FREQ=WEEKLY;BYDAY=MO,TH       | 2026-03-09       | 2026-03-12
                FREQ=WEEKLY;BYDAY=MO,TH       | 2026-03-12T18:00 | 2026-03-16T18:00
                FREQ=WEEKLY;BYDAY=MO          | 2026-03-10       | 2026-03-16
                FREQ=MONTHLY;BYMONTHDAY=1     | 2026-03-01T09:00 | 2026-04-01T09:00
                FREQ=MONTHLY;BYMONTHDAY=-1    | 2026-01-31       | 2026-02-28
                FREQ=MONTHLY;BYMONTHDAY=-1    | 2026-02-28       | 2026-03-31
                FREQ=MONTHLY;BYMONTHDAY=-1    | 2028-01-31       | 2028-02-29
                FREQ=MONTHLY;BYDAY=3FR        | 2026-03-20       | 2026-04-17
                FREQ=MONTHLY;BYDAY=-1FR       | 2026-03-27       | 2026-04-24
                FREQ=YEARLY                   | 2026-03-20       | 2027-03-20
                FREQ=YEARLY                   | 2024-02-29       | 2028-02-29
                FREQ=DAILY;INTERVAL=2         | 2026-03-10       | 2026-03-12
                FREQ=WEEKLY;INTERVAL=2        | 2026-03-10T07:15 | 2026-03-24T07:15
                FREQ=MONTHLY;INTERVAL=3       | 2026-11-15       | 2027-02-15
                FREQ=MONTHLY;BYMONTHDAY=1     | 2026-12-01       | 2027-01-01
                FREQ=DAILY                    | 2026-12-31T21:00 | 2027-01-01T21:00
                FREQ=WEEKLY;BYDAY=MO,TH       | 2026-12-31       | 2027-01-04
                """)
        void nextAfterCompletingWhenDue(String rule, String current, String expected) {
            Due due = due(current);
            String done = due.localStart().plusMinutes(30).toString();

            assertThat(next(rule, false, due, done))
                    .map(Recurrence.Occurrence::due)
                    .contains(due(expected));
        }

        @Test
        void monthEndSkipsMonthsWithoutThatDay() {
            // RFC 5545: an invalid date (31 February) is skipped, not moved to the month's last day
            assertThat(next("FREQ=MONTHLY;BYMONTHDAY=31", false, allDay("2026-01-31"), "2026-01-31T10:00"))
                    .map(Recurrence.Occurrence::due)
                    .contains(allDay("2026-03-31"));
            assertThat(next("FREQ=MONTHLY", false, allDay("2026-03-31"), "2026-03-31T10:00"))
                    .map(Recurrence.Occurrence::due)
                    .contains(allDay("2026-05-31"));
        }

        @ParameterizedTest(name = "due {0}, done {1} → {2}")
        @CsvSource(delimiter = '|', textBlock = """
                2026-03-10T09:00 | 2026-03-09T10:00 | 2026-03-11T09:00
                2026-03-10T09:00 | 2026-03-10T08:59 | 2026-03-11T09:00
                2026-03-10T09:00 | 2026-03-10T09:00 | 2026-03-11T09:00
                2026-03-10       | 2026-03-01T12:00 | 2026-03-11
                2026-03-10       | 2026-03-10T23:59 | 2026-03-11
                """)
        void completingEarlyGivesTheOccurrenceAfterTheDue(String current, String done, String expected) {
            assertThat(next("FREQ=DAILY", false, due(current), done))
                    .map(Recurrence.Occurrence::due)
                    .contains(due(expected));
        }

        @ParameterizedTest(name = "{0} due {1}, done {2} → {3}")
        @CsvSource(delimiter = '|', textBlock = """
                FREQ=DAILY                 | 2026-03-10T09:00 | 2026-03-14T08:00 | 2026-03-14T09:00
                FREQ=DAILY                 | 2026-03-10T09:00 | 2026-03-14T10:00 | 2026-03-15T09:00
                FREQ=DAILY                 | 2026-03-10       | 2026-03-14T00:30 | 2026-03-15
                FREQ=WEEKLY;BYDAY=MO,TH    | 2026-03-02       | 2026-03-11T12:00 | 2026-03-12
                FREQ=WEEKLY;INTERVAL=2     | 2026-03-10       | 2026-03-30T09:30 | 2026-04-07
                FREQ=MONTHLY;BYMONTHDAY=1  | 2026-01-01T09:00 | 2026-03-01T09:01 | 2026-04-01T09:00
                FREQ=YEARLY                | 2020-06-01       | 2026-03-10T12:00 | 2026-06-01
                FREQ=DAILY                 | 1990-01-01       | 2026-03-10T12:00 | 2026-03-11
                """)
        void completingLateSkipsTheMissedOccurrences(String rule, String current, String done, String expected) {
            assertThat(next(rule, false, due(current), done))
                    .map(Recurrence.Occurrence::due)
                    .contains(due(expected));
        }

        @Test
        void aTaskOverdueForCenturiesStillGetsTheNextOccurrenceAfterTheCompletion() {
            // 300 years of missed daily occurrences are jumped over, not walked through
            assertThat(next("FREQ=DAILY", false, timed("1726-01-01", "09:00"), "2026-11-22T10:00"))
                    .map(Recurrence.Occurrence::due)
                    .contains(timed("2026-11-23", "09:00"));
        }

        @Test
        void keepsTheRuleWhenItIsNotCounted() {
            Recurrence rule = Recurrence.parse("FREQ=WEEKLY;BYDAY=MO,TH", false);

            assertThat(rule.next(allDay("2026-03-09"), LocalDateTime.parse("2026-03-09T12:00")))
                    .map(Recurrence.Occurrence::recurrence)
                    .containsSame(rule);
        }
    }

    @Nested
    class CountAndUntil {
        @Test
        void countOfThreeGivesTwoMoreOccurrences() {
            Optional<Recurrence.Occurrence> second =
                    next("FREQ=DAILY;COUNT=3", false, allDay("2026-03-10"), "2026-03-10T12:00");
            assertThat(second).map(Recurrence.Occurrence::due).contains(allDay("2026-03-11"));
            assertThat(second.orElseThrow().recurrence().rule()).isEqualTo("FREQ=DAILY;COUNT=2");

            Optional<Recurrence.Occurrence> third = second.orElseThrow()
                    .recurrence()
                    .next(allDay("2026-03-11"), LocalDateTime.parse("2026-03-11T12:00"));
            assertThat(third).map(Recurrence.Occurrence::due).contains(allDay("2026-03-12"));
            assertThat(third.orElseThrow().recurrence().rule()).isEqualTo("FREQ=DAILY;COUNT=1");
            assertThat(third.orElseThrow().recurrence().remainingCount()).contains(1);

            assertThat(third.orElseThrow()
                            .recurrence()
                            .next(allDay("2026-03-12"), LocalDateTime.parse("2026-03-12T12:00")))
                    .isEmpty();
        }

        @Test
        void countOfOneHasNoNext() {
            assertThat(next("FREQ=WEEKLY;COUNT=1", false, allDay("2026-03-10"), "2026-03-10T12:00"))
                    .isEmpty();
        }

        @Test
        void countKeepsOtherPartsAndFromCompletion() {
            Optional<Recurrence.Occurrence> next =
                    next("FREQ=WEEKLY;COUNT=4;BYDAY=MO,TH", true, allDay("2026-03-09"), "2026-03-09T12:00");

            assertThat(next.orElseThrow().recurrence())
                    .isEqualTo(Recurrence.parse("FREQ=WEEKLY;COUNT=3;BYDAY=MO,TH", true));
        }

        @ParameterizedTest(name = "due {0} → {1}")
        @CsvSource(delimiter = '|', textBlock = """
                2026-03-10       | 2026-03-11
                2026-03-11       | 2026-03-12
                2026-03-12       |
                2026-03-10T09:00 | 2026-03-11T09:00
                2026-03-12T09:00 |
                """)
        void untilADateStopsTheSeriesAfterThatDay(String current, String expected) {
            Due due = due(current);
            Optional<Due> next = next(
                            "FREQ=DAILY;UNTIL=20260312",
                            false,
                            due,
                            due.localStart().toString())
                    .map(Recurrence.Occurrence::due);

            if (expected == null) {
                assertThat(next).isEmpty();
            } else {
                assertThat(next).contains(due(expected));
            }
        }

        @ParameterizedTest(name = "{0} due {1} → {2}")
        @CsvSource(delimiter = '|', textBlock = """
                FREQ=DAILY;UNTIL=20260312T090000  | 2026-03-11T09:00 | 2026-03-12T09:00
                FREQ=DAILY;UNTIL=20260312T090000  | 2026-03-11T10:00 |
                FREQ=DAILY;UNTIL=20260312T090000  | 2026-03-11       | 2026-03-12
                FREQ=DAILY;UNTIL=20260312T235959Z | 2026-03-11T10:00 | 2026-03-12T10:00
                FREQ=DAILY;UNTIL=20260312T235959Z | 2026-03-12       |
                """)
        void untilWithATimeAppliesToTimedAndAllDayTasks(String rule, String current, String expected) {
            Due due = due(current);
            Optional<Due> next =
                    next(rule, false, due, due.localStart().toString()).map(Recurrence.Occurrence::due);

            if (expected == null) {
                assertThat(next).isEmpty();
            } else {
                assertThat(next).contains(due(expected));
            }
        }

        @Test
        void untilStopsALateCompletion() {
            assertThat(next("FREQ=WEEKLY;UNTIL=20260401", false, allDay("2026-03-02"), "2026-03-31T12:00"))
                    .isEmpty();
        }
    }

    @Nested
    class FromCompletion {
        @ParameterizedTest(name = "{0} due {1}, done {2} → {3}")
        @CsvSource(delimiter = '|', textBlock = """
                FREQ=DAILY                 | 2026-03-10T09:00 | 2026-03-14T17:00 | 2026-03-15T09:00
                FREQ=DAILY                 | 2026-03-10T09:00 | 2026-03-14T07:00 | 2026-03-15T09:00
                FREQ=WEEKLY                | 2026-03-10T09:00 | 2026-03-14T17:00 | 2026-03-21T09:00
                FREQ=MONTHLY               | 2026-03-10       | 2026-03-14T17:00 | 2026-04-14
                FREQ=DAILY;INTERVAL=3      | 2026-03-10       | 2026-03-10T17:00 | 2026-03-13
                FREQ=YEARLY                | 2026-03-10       | 2026-12-31T23:00 | 2027-12-31
                FREQ=DAILY                 | 2026-12-31T08:00 | 2026-12-31T20:00 | 2027-01-01T08:00
                FREQ=MONTHLY;BYMONTHDAY=1  | 2026-03-01       | 2026-03-14T17:00 | 2026-04-01
                FREQ=WEEKLY;BYDAY=MO       | 2026-03-09       | 2026-03-11T17:00 | 2026-03-16
                """)
        void oneStepAfterTheCompletionDayKeepingTheTime(String rule, String current, String done, String expected) {
            Optional<Recurrence.Occurrence> next = next(rule, true, due(current), done);

            assertThat(next).map(Recurrence.Occurrence::due).contains(due(expected));
            assertThat(next.orElseThrow().recurrence().fromCompletion()).isTrue();
        }

        @Test
        void completingBeforeTheDueCountsFromTheCompletionDay() {
            // "every! day" done two days early: due the day after completion, earlier than the old due
            assertThat(next("FREQ=DAILY", true, timed("2026-03-10", "09:00"), "2026-03-08T17:00"))
                    .map(Recurrence.Occurrence::due)
                    .contains(timed("2026-03-09", "09:00"));
        }
    }

    @Test
    void anOccurrenceKeepsAllDayOrTimeOfDay() {
        assertThat(next("FREQ=DAILY", false, allDay("2026-03-10"), "2026-03-10T12:00")
                        .orElseThrow()
                        .due()
                        .isAllDay())
                .isTrue();
        assertThat(next("FREQ=DAILY", false, timed("2026-03-10", "09:15:30"), "2026-03-10T12:00")
                        .orElseThrow()
                        .due()
                        .time())
                .isEqualTo(LocalTime.of(9, 15, 30));
    }
}
