package dev.taskchat.domain.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskchat.domain.tag.Tag;
import dev.taskchat.domain.tag.TagName;
import dev.taskchat.domain.task.Due;
import dev.taskchat.domain.task.Priority;
import dev.taskchat.domain.task.Recurrence;
import dev.taskchat.domain.task.Task;
import dev.taskchat.domain.task.TaskDetails;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DescribeTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    /** Sunday 22 Nov 2026, 11:00 in Berlin. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneId.of("UTC"));

    private static TaskDetails details(String title) {
        return TaskDetails.titled(title);
    }

    @Nested
    class Tasks {
        @Test
        void saysEverythingThatWasUnderstood() {
            TaskDetails rent = details("Pay rent")
                    .withDue(Due.at(LocalDate.of(2026, 12, 1), LocalTime.of(9, 0)))
                    .withRecurrence(Recurrence.parse("FREQ=MONTHLY;BYMONTHDAY=1", false))
                    .withPriority(Priority.URGENT);

            assertThat(Describe.task(rent, List.of("home"), BERLIN, CLOCK))
                    .isEqualTo("*Pay rent* — due Tue 1 Dec 09:00, repeats monthly on day 1, #home, urgent");
        }

        @Test
        void aTaskWithNothingButATitleIsItsTitle() {
            assertThat(Describe.task(details("Buy milk"), List.of(), BERLIN, CLOCK))
                    .isEqualTo("*Buy milk*");
        }

        @Test
        void tagsAreSortedAndPrioritiesNamed() {
            TaskDetails task = details("Errands").withPriority(Priority.HIGH);

            assertThat(Describe.task(task, List.of("home", "errands"), BERLIN, CLOCK))
                    .isEqualTo("*Errands* — #errands #home, high priority");
        }

        @Test
        void theReminderIsShownInTheUsersZone() {
            TaskDetails task = details("Call mom")
                    .withDue(Due.at(LocalDate.of(2026, 11, 23), LocalTime.of(18, 0)))
                    .withRemindAt(Instant.parse("2026-11-23T16:30:00Z"));

            assertThat(Describe.task(task, List.of(), BERLIN, CLOCK))
                    .isEqualTo("*Call mom* — due tomorrow 18:00, reminder tomorrow 17:30");
        }

        @Test
        void describesAStoredTask() {
            Task task = Task.create(
                    7L,
                    details("Water plants")
                            .withDue(Due.on(LocalDate.of(2026, 11, 22)))
                            .withRecurrence(Recurrence.parse("FREQ=DAILY;INTERVAL=3", true)),
                    Set.of(new Tag(7L, TagName.of("garden"), CLOCK)),
                    BERLIN,
                    CLOCK);

            assertThat(Describe.task(task, BERLIN, CLOCK))
                    .isEqualTo("*Water plants* — due today, repeats every 3 days after completion, #garden");
        }
    }

    @Nested
    class Days {
        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                2026-11-22       | today
                2026-11-23       | tomorrow
                2026-11-21       | yesterday
                2026-11-27       | Fri 27 Nov
                2026-12-01T09:00 | Tue 1 Dec 09:00
                2026-11-22T09:05 | today 09:05
                2026-11-23T00:00 | tomorrow 00:00
                2027-01-01       | Fri 1 Jan 2027
                2025-12-31T23:59 | Wed 31 Dec 2025 23:59
                """)
        void dueDates(String due, String expected) {
            Due value = due.contains("T")
                    ? Due.at(LocalDate.parse(due.substring(0, 10)), LocalTime.parse(due.substring(11)))
                    : Due.on(LocalDate.parse(due));

            assertThat(Describe.due(value, BERLIN, CLOCK)).isEqualTo(expected);
        }

        @Test
        void todayIsTodayInTheUsersZone() {
            Clock lateSundayInNewYork = Clock.fixed(Instant.parse("2026-11-23T03:00:00Z"), ZoneId.of("UTC"));
            LocalDate monday = LocalDate.of(2026, 11, 23);

            assertThat(Describe.day(monday, BERLIN, lateSundayInNewYork)).isEqualTo("today");
            assertThat(Describe.day(monday, NEW_YORK, lateSundayInNewYork)).isEqualTo("tomorrow");
        }
    }

    @Nested
    class Recurrences {
        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                FREQ=DAILY                                  | false | daily
                FREQ=DAILY;INTERVAL=2                       | false | every 2 days
                FREQ=WEEKLY                                 | false | weekly
                FREQ=WEEKLY;INTERVAL=2                      | false | every 2 weeks
                FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR            | false | every weekday
                FREQ=WEEKLY;BYDAY=SA,SU                     | false | every weekend
                FREQ=WEEKLY;BYDAY=MO                        | false | weekly on Mon
                FREQ=WEEKLY;BYDAY=MO,TH                     | false | weekly on Mon and Thu
                FREQ=WEEKLY;BYDAY=MO,WE,FR                  | false | weekly on Mon, Wed and Fri
                FREQ=WEEKLY;INTERVAL=2;BYDAY=FR             | false | every 2 weeks on Fri
                FREQ=WEEKLY;INTERVAL=2;BYDAY=SA,SU          | false | every 2 weeks on Sat and Sun
                FREQ=WEEKLY;WKST=SU;BYDAY=MO                | false | weekly on Mon
                FREQ=MONTHLY                                | false | monthly
                FREQ=MONTHLY;BYMONTHDAY=1                   | false | monthly on day 1
                FREQ=MONTHLY;BYMONTHDAY=-1                  | false | monthly on the last day
                FREQ=MONTHLY;BYDAY=3FR                      | false | monthly on the 3rd Fri
                FREQ=MONTHLY;BYDAY=1MO                      | false | monthly on the 1st Mon
                FREQ=MONTHLY;BYDAY=-1FR                     | false | monthly on the last Fri
                FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15       | false | every 3 months on day 15
                FREQ=YEARLY                                 | false | yearly
                FREQ=YEARLY;INTERVAL=2                      | false | every 2 years
                FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=25        | false | yearly on 25 Dec
                FREQ=DAILY;INTERVAL=3                       | true  | every 3 days after completion
                FREQ=DAILY;COUNT=5                          | false | daily, 5 times
                FREQ=DAILY;COUNT=1                          | false | daily, once more
                FREQ=DAILY;UNTIL=20261231                   | false | daily, until 31 Dec 2026
                FREQ=WEEKLY;BYDAY=MO;UNTIL=20261231T235959Z | false | weekly on Mon, until 31 Dec 2026
                FREQ=WEEKLY;BYDAY=MO;COUNT=10               | true  | weekly on Mon after completion, 10 times
                """)
        void inWords(String rule, boolean fromCompletion, String expected) {
            assertThat(Describe.recurrence(Recurrence.parse(rule, fromCompletion)))
                    .isEqualTo(expected);
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "FREQ=MONTHLY;BYMONTHDAY=1,15",
                    "FREQ=MONTHLY;BYDAY=MO",
                    "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1",
                    "FREQ=YEARLY;BYWEEKNO=20",
                    "FREQ=DAILY;BYMONTH=6,7,8",
                    "FREQ=DAILY;BYDAY=MO"
                })
        void fallsBackToTheRuleItHasNoWordsFor(String rule) {
            Recurrence recurrence = Recurrence.parse(rule, false);

            assertThat(Describe.recurrence(recurrence)).isEqualTo(recurrence.rule());
        }

        @Test
        void aRuleWithoutWordsStillSaysItRepeatsFromCompletion() {
            Recurrence recurrence = Recurrence.parse("FREQ=MONTHLY;BYMONTHDAY=1,15", true);

            assertThat(Describe.recurrence(recurrence)).isEqualTo(recurrence.rule() + " after completion");
        }
    }

    @Nested
    class Reminders {
        @Test
        void inWords() {
            assertThat(Describe.reminder(new Reminder.AtDue(), BERLIN, CLOCK)).isEqualTo("at the due time");
            assertThat(Describe.reminder(new Reminder.Before(Duration.ofMinutes(30)), BERLIN, CLOCK))
                    .isEqualTo("30 min before");
            assertThat(Describe.reminder(new Reminder.Before(Duration.ofMinutes(90)), BERLIN, CLOCK))
                    .isEqualTo("90 min before");
            assertThat(Describe.reminder(new Reminder.Before(Duration.ofHours(1)), BERLIN, CLOCK))
                    .isEqualTo("1 hour before");
            assertThat(Describe.reminder(new Reminder.Before(Duration.ofHours(2)), BERLIN, CLOCK))
                    .isEqualTo("2 hours before");
            assertThat(Describe.reminder(new Reminder.Before(Duration.ofDays(1)), BERLIN, CLOCK))
                    .isEqualTo("1 day before");
            assertThat(Describe.reminder(new Reminder.At(LocalDateTime.parse("2026-11-23T08:00")), BERLIN, CLOCK))
                    .isEqualTo("at tomorrow 08:00");
        }
    }

    @Test
    void priorities() {
        assertThat(Describe.priority(Priority.URGENT)).isEqualTo("urgent");
        assertThat(Describe.priority(Priority.HIGH)).isEqualTo("high priority");
        assertThat(Describe.priority(Priority.MEDIUM)).isEqualTo("medium priority");
        assertThat(Describe.priority(Priority.LOW)).isEqualTo("low priority");
        assertThat(Describe.priority(Priority.NONE)).isEqualTo("no priority");
    }

    @Test
    void helpNamesEveryKindOfCommand() {
        assertThat(Describe.help())
                .startsWith("I can:")
                .contains(
                        "add a task", "list tasks", "complete or reopen", "change a task", "delete a task", "\"undo\"");
    }
}
