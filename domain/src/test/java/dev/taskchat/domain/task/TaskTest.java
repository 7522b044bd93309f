package dev.taskchat.domain.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.taskchat.domain.error.StaleVersionException;
import dev.taskchat.domain.error.ValidationException;
import dev.taskchat.domain.error.Violation;
import dev.taskchat.domain.tag.Tag;
import dev.taskchat.domain.tag.TagName;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaskTest {
    private static final long OWNER = 7;
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Instant NOW = Instant.parse("2026-03-10T08:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private static final Tag HOME = new Tag(OWNER, TagName.of("home"), CLOCK);
    private static final Tag WORK = new Tag(OWNER, TagName.of("work"), CLOCK);

    private static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    private static Clock atLocal(String localDateTime, ZoneId zone) {
        return Clock.fixed(LocalDateTime.parse(localDateTime).atZone(zone).toInstant(), ZoneOffset.UTC);
    }

    private static Instant local(String localDateTime, ZoneId zone) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }

    private static Due due(String date, String time) {
        return Due.at(LocalDate.parse(date), LocalTime.parse(time));
    }

    private static TaskDetails details(String title) {
        return TaskDetails.titled(title);
    }

    private static Task daily(Due due, Instant remindAt, ZoneId zone, Clock clock) {
        TaskDetails details = details("Water the plants")
                .withDescription("  the big ones too ")
                .withPriority(Priority.HIGH)
                .withDue(due)
                .withRemindAt(remindAt)
                .withRecurrence(Recurrence.parse("FREQ=DAILY", false));
        return Task.create(OWNER, details, Set.of(HOME, WORK), zone, clock);
    }

    @Nested
    class CreateAndEdit {
        @Test
        void createKeepsEveryDetailAndDerivesDueAt() {
            TaskDetails details = details("  Pay rent ")
                    .withDescription("  by transfer\n")
                    .withPriority(Priority.URGENT)
                    .withDue(due("2026-04-01", "09:00"))
                    .withRemindAt(local("2026-04-01T08:30", BERLIN))
                    .withRecurrence(Recurrence.parse("FREQ=MONTHLY;BYMONTHDAY=1", false));

            Task task = Task.create(OWNER, details, Set.of(WORK, HOME), BERLIN, CLOCK);

            assertThat(task.ownerId()).isEqualTo(OWNER);
            assertThat(task.id()).isNull();
            assertThat(task.title()).isEqualTo("Pay rent");
            assertThat(task.description()).contains("by transfer");
            assertThat(task.priority()).isEqualTo(Priority.URGENT);
            assertThat(task.due()).contains(due("2026-04-01", "09:00"));
            assertThat(task.dueAt()).contains(Instant.parse("2026-04-01T07:00:00Z"));
            assertThat(task.remindAt()).contains(Instant.parse("2026-04-01T06:30:00Z"));
            assertThat(task.recurrence()).contains(Recurrence.parse("FREQ=MONTHLY;BYMONTHDAY=1", false));
            assertThat(task.tagNames()).containsExactly("home", "work");
            assertThat(task.isCompleted()).isFalse();
            assertThat(task.completedAt()).isEmpty();
            assertThat(task.createdAt()).isEqualTo(NOW);
            assertThat(task.updatedAt()).isEqualTo(NOW);
            assertThat(task.version()).isZero();
            assertThat(task.details()).isEqualTo(details);
        }

        @Test
        void aTaskWithoutDueHasNoDueAt() {
            Task task = Task.create(OWNER, details("Someday"), Set.of(), BERLIN, CLOCK);

            assertThat(task.due()).isEmpty();
            assertThat(task.dueAt()).isEmpty();
            assertThat(task.remindAt()).isEmpty();
            assertThat(task.recurrence()).isEmpty();
            assertThat(task.description()).isEmpty();
            assertThat(task.tagNames()).isEmpty();
        }

        @Test
        void dueAtDependsOnTheZone() {
            TaskDetails details = details("Call").withDue(Due.on(LocalDate.parse("2026-03-10")));

            assertThat(Task.create(OWNER, details, Set.of(), BERLIN, CLOCK).dueAt())
                    .contains(Instant.parse("2026-03-10T23:00:00Z"));
            assertThat(Task.create(OWNER, details, Set.of(), NEW_YORK, CLOCK).dueAt())
                    .contains(Instant.parse("2026-03-11T04:00:00Z"));
        }

        @Test
        void recurrenceNeedsADue() {
            TaskDetails details = details("Gym").withRecurrence(Recurrence.parse("FREQ=DAILY", false));

            assertThatThrownBy(() -> Task.create(OWNER, details, Set.of(), BERLIN, CLOCK))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                            .extracting(Violation::field)
                            .containsExactly("recurrence"));
        }

        @ParameterizedTest(name = "remind {0} for due {1} {2} → ok: {3}")
        @CsvSource(delimiter = '|', textBlock = """
                2026-03-10T08:30 | 2026-03-10 | 09:00 | true
                2026-03-10T09:00 | 2026-03-10 | 09:00 | true
                2026-03-10T09:01 | 2026-03-10 | 09:00 | false
                2026-03-10T23:59 | 2026-03-10 |       | true
                2026-03-11T00:00 | 2026-03-10 |       | true
                2026-03-11T00:01 | 2026-03-10 |       | false
                """)
        void remindAtMustNotBeAfterTheDue(String remind, LocalDate date, LocalTime time, boolean ok) {
            TaskDetails details = details("Call").withDue(new Due(date, time)).withRemindAt(local(remind, BERLIN));

            if (ok) {
                assertThat(Task.create(OWNER, details, Set.of(), BERLIN, CLOCK).remindAt())
                        .contains(local(remind, BERLIN));
            } else {
                assertThatThrownBy(() -> Task.create(OWNER, details, Set.of(), BERLIN, CLOCK))
                        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                                .extracting(Violation::field)
                                .containsExactly("remindAt"));
            }
        }

        @Test
        void aReminderWithoutDueIsAllowed() {
            TaskDetails details = details("Call").withRemindAt(Instant.parse("2030-01-01T00:00:00Z"));

            assertThat(Task.create(OWNER, details, Set.of(), BERLIN, CLOCK).remindAt())
                    .contains(Instant.parse("2030-01-01T00:00:00Z"));
        }

        @Test
        void tagsOfAnotherOwnerAreRefused() {
            Tag foreign = new Tag(OWNER + 1, TagName.of("secret"), CLOCK);

            assertThatThrownBy(() -> Task.create(OWNER, details("Call"), Set.of(HOME, foreign), BERLIN, CLOCK))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("secret");
        }

        @Test
        void editReplacesEverythingAndStampsUpdatedAt() {
            Task task = Task.create(OWNER, details("Call").withPriority(Priority.LOW), Set.of(HOME), BERLIN, CLOCK);
            TaskDetails changed = details("Call mum")
                    .withPriority(Priority.MEDIUM)
                    .withDue(due("2026-03-12", "18:00"))
                    .withRecurrence(Recurrence.parse("FREQ=WEEKLY", true));

            task.edit(changed, Set.of(WORK), NEW_YORK, at("2026-03-10T09:00:00Z"));

            assertThat(task.details()).isEqualTo(changed);
            assertThat(task.tagNames()).containsExactly("work");
            assertThat(task.dueAt()).contains(Instant.parse("2026-03-12T22:00:00Z"));
            assertThat(task.createdAt()).isEqualTo(NOW);
            assertThat(task.updatedAt()).isEqualTo(Instant.parse("2026-03-10T09:00:00Z"));
        }

        @Test
        void aRefusedEditChangesNothing() {
            Task task = Task.create(OWNER, details("Call"), Set.of(HOME), BERLIN, CLOCK);
            TaskDetails before = task.details();
            Tag foreign = new Tag(OWNER + 1, TagName.of("secret"), CLOCK);

            assertThatThrownBy(() -> task.edit(details("Changed"), Set.of(foreign), BERLIN, at("2026-03-11T00:00:00Z")))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> task.edit(
                            details("Changed").withRecurrence(Recurrence.parse("FREQ=DAILY", false)),
                            Set.of(),
                            BERLIN,
                            at("2026-03-11T00:00:00Z")))
                    .isInstanceOf(ValidationException.class);

            assertThat(task.details()).isEqualTo(before);
            assertThat(task.tagNames()).containsExactly("home");
            assertThat(task.updatedAt()).isEqualTo(NOW);
        }

        @Test
        void tagsAreACopy() {
            Task task = Task.create(OWNER, details("Call"), Set.of(HOME), BERLIN, CLOCK);

            assertThatThrownBy(() -> task.tags().add(WORK)).isInstanceOf(UnsupportedOperationException.class);
            assertThat(task.tags()).containsExactly(HOME);
        }
    }

    @Nested
    class Complete {
        @Test
        void aOneOffTaskIsDoneWithoutNext() {
            Task task = Task.create(OWNER, details("Call"), Set.of(), BERLIN, CLOCK);
            Clock later = at("2026-03-10T10:00:00Z");

            assertThat(task.complete(BERLIN, later)).isEmpty();
            assertThat(task.isCompleted()).isTrue();
            assertThat(task.completedAt()).contains(Instant.parse("2026-03-10T10:00:00Z"));
            assertThat(task.updatedAt()).isEqualTo(Instant.parse("2026-03-10T10:00:00Z"));
        }

        @Test
        void aRepeatingTaskYieldsTheNextWithTheSameDetails() {
            Task task = daily(due("2026-03-10", "09:00"), null, BERLIN, CLOCK);
            Clock done = atLocal("2026-03-10T09:15", BERLIN);

            Task next = task.complete(BERLIN, done).orElseThrow();

            assertThat(task.isCompleted()).isTrue();
            assertThat(next.isCompleted()).isFalse();
            assertThat(next.id()).isNull();
            assertThat(next.ownerId()).isEqualTo(OWNER);
            assertThat(next.title()).isEqualTo("Water the plants");
            assertThat(next.description()).contains("the big ones too");
            assertThat(next.priority()).isEqualTo(Priority.HIGH);
            assertThat(next.tagNames()).containsExactly("home", "work");
            assertThat(next.recurrence()).contains(Recurrence.parse("FREQ=DAILY", false));
            assertThat(next.due()).contains(due("2026-03-11", "09:00"));
            assertThat(next.dueAt()).contains(local("2026-03-11T09:00", BERLIN));
            assertThat(next.remindAt()).isEmpty();
            assertThat(next.createdAt()).isEqualTo(done.instant());
            assertThat(next.version()).isZero();
        }

        @Test
        void completingTwiceChangesNothingTheSecondTime() {
            Task task = daily(due("2026-03-10", "09:00"), null, BERLIN, CLOCK);
            Clock first = at("2026-03-10T09:00:00Z");

            assertThat(task.complete(BERLIN, first)).isPresent();
            assertThat(task.complete(BERLIN, at("2026-03-10T12:00:00Z"))).isEmpty();
            assertThat(task.completedAt()).contains(first.instant());
            assertThat(task.updatedAt()).isEqualTo(first.instant());
        }

        @Test
        void nineAmStaysNineAmAcrossTheSpringChange() {
            Task task = daily(due("2026-03-28", "09:00"), null, BERLIN, CLOCK);

            Task next =
                    task.complete(BERLIN, atLocal("2026-03-28T09:05", BERLIN)).orElseThrow();

            assertThat(task.dueAt()).contains(Instant.parse("2026-03-28T08:00:00Z"));
            assertThat(next.due()).contains(due("2026-03-29", "09:00"));
            assertThat(next.dueAt()).contains(Instant.parse("2026-03-29T07:00:00Z"));
        }

        @ParameterizedTest(name = "{0}: due {1} 09:00, remind {2} → next remind {3}")
        @CsvSource(delimiter = '|', textBlock = """
                Europe/Berlin    | 2026-03-28 | 2026-03-28T08:30 | 2026-03-29T08:30
                Europe/Berlin    | 2026-10-24 | 2026-10-24T08:30 | 2026-10-25T08:30
                Europe/Berlin    | 2026-03-28 | 2026-03-27T20:00 | 2026-03-28T20:00
                Europe/Berlin    | 2026-03-28 | 2026-03-28T09:00 | 2026-03-29T09:00
                America/New_York | 2026-03-07 | 2026-03-07T08:30 | 2026-03-08T08:30
                America/New_York | 2026-10-31 | 2026-10-31T07:00 | 2026-11-01T07:00
                """)
        void theReminderKeepsItsLocalDistanceBeforeTheDue(
                String zoneId, LocalDate date, String remind, String expectedLocal) {
            ZoneId zone = ZoneId.of(zoneId);
            Task task = daily(Due.at(date, LocalTime.of(9, 0)), local(remind, zone), zone, CLOCK);

            Task next = task.complete(zone, atLocal(date + "T09:10", zone)).orElseThrow();

            assertThat(next.remindAt()).contains(local(expectedLocal, zone));
            assertThat(LocalDateTime.ofInstant(next.remindAt().orElseThrow(), zone))
                    .isEqualTo(LocalDateTime.parse(expectedLocal));
        }

        @Test
        void theReminderOfAnAllDayTaskStaysAtItsTimeOfDay() {
            Task task = daily(Due.on(LocalDate.parse("2026-03-28")), local("2026-03-28T08:00", BERLIN), BERLIN, CLOCK);

            Task next =
                    task.complete(BERLIN, atLocal("2026-03-28T20:00", BERLIN)).orElseThrow();

            assertThat(next.due()).contains(Due.on(LocalDate.parse("2026-03-29")));
            assertThat(next.remindAt()).contains(local("2026-03-29T08:00", BERLIN));
        }

        @Test
        void lateCompletionSkipsMissedOccurrencesInTheOwnersZone() {
            Task task = daily(due("2026-03-01", "09:00"), null, NEW_YORK, CLOCK);

            // 2026-03-10T13:30Z is 09:30 in New York: today's 09:00 has passed too
            Task next = task.complete(NEW_YORK, at("2026-03-10T13:30:00Z")).orElseThrow();

            assertThat(next.due()).contains(due("2026-03-11", "09:00"));
            assertThat(task.isOverdue(at("2026-03-10T13:30:00Z"))).isFalse();
        }

        @Test
        void theLastCountedOccurrenceHasNoNext() {
            TaskDetails details = details("Course")
                    .withDue(due("2026-03-10", "18:00"))
                    .withRecurrence(Recurrence.parse("FREQ=WEEKLY;COUNT=2", false));
            Task first = Task.create(OWNER, details, Set.of(), BERLIN, CLOCK);

            Task second =
                    first.complete(BERLIN, atLocal("2026-03-10T19:00", BERLIN)).orElseThrow();

            assertThat(second.recurrence()).map(Recurrence::rule).contains("FREQ=WEEKLY;COUNT=1");
            assertThat(second.due()).contains(due("2026-03-17", "18:00"));
            assertThat(second.complete(BERLIN, atLocal("2026-03-17T19:00", BERLIN)))
                    .isEmpty();
            assertThat(second.isCompleted()).isTrue();
        }

        @Test
        void fromCompletionCountsFromTheDayItWasDone() {
            TaskDetails details = details("Haircut")
                    .withDue(due("2026-03-10", "10:00"))
                    .withRecurrence(Recurrence.parse("FREQ=WEEKLY;INTERVAL=4", true));
            Task task = Task.create(OWNER, details, Set.of(), BERLIN, CLOCK);

            Task next =
                    task.complete(BERLIN, atLocal("2026-03-13T16:00", BERLIN)).orElseThrow();

            assertThat(next.due()).contains(due("2026-04-10", "10:00"));
            assertThat(next.recurrence()).map(Recurrence::fromCompletion).contains(true);
        }
    }

    @Nested
    class Lifecycle {
        @Test
        void reopenClearsCompletion() {
            Task task = Task.create(OWNER, details("Call"), Set.of(), BERLIN, CLOCK);
            task.complete(BERLIN, at("2026-03-10T10:00:00Z"));

            task.reopen(at("2026-03-10T11:00:00Z"));

            assertThat(task.isCompleted()).isFalse();
            assertThat(task.completedAt()).isEmpty();
            assertThat(task.updatedAt()).isEqualTo(Instant.parse("2026-03-10T11:00:00Z"));
        }

        @Test
        void reopeningAnOpenTaskChangesNothing() {
            Task task = Task.create(OWNER, details("Call"), Set.of(), BERLIN, CLOCK);

            task.reopen(at("2026-03-10T11:00:00Z"));

            assertThat(task.updatedAt()).isEqualTo(NOW);
        }

        @Test
        void requireVersionAcceptsOnlyTheCurrentVersion() {
            Task task = Task.create(OWNER, details("Call"), Set.of(), BERLIN, CLOCK);

            task.requireVersion(0);
            assertThatThrownBy(() -> task.requireVersion(3))
                    .isInstanceOfSatisfying(StaleVersionException.class, e -> assertThat(e.currentVersion())
                            .isZero())
                    .hasMessageContaining("version 0, not 3");
        }

        @ParameterizedTest(name = "due {0} {1}, now {2} → overdue {3}")
        @CsvSource(delimiter = '|', textBlock = """
                2026-03-10 | 09:00 | 2026-03-10T07:59:59Z | false
                2026-03-10 | 09:00 | 2026-03-10T08:00:00Z | false
                2026-03-10 | 09:00 | 2026-03-10T08:00:01Z | true
                2026-03-10 |       | 2026-03-10T22:59:59Z | false
                2026-03-10 |       | 2026-03-10T23:00:01Z | true
                """)
        void overdueOnceTheDueInstantHasPassed(LocalDate date, LocalTime time, Instant now, boolean overdue) {
            Task task = Task.create(OWNER, details("Call").withDue(new Due(date, time)), Set.of(), BERLIN, CLOCK);

            assertThat(task.isOverdue(Clock.fixed(now, ZoneOffset.UTC))).isEqualTo(overdue);
        }

        @Test
        void neitherACompletedTaskNorOneWithoutDueIsOverdue() {
            Clock muchLater = Clock.offset(CLOCK, Duration.ofDays(365));
            Task undated = Task.create(OWNER, details("Call"), Set.of(), BERLIN, CLOCK);
            Task done =
                    Task.create(OWNER, details("Call").withDue(due("2026-03-10", "09:00")), Set.of(), BERLIN, CLOCK);
            done.complete(BERLIN, CLOCK);

            assertThat(undated.isOverdue(muchLater)).isFalse();
            assertThat(done.isOverdue(muchLater)).isFalse();
        }

        @Test
        void toStringShowsIdAndTitle() {
            assertThat(Task.create(OWNER, details("Call"), Set.of(), BERLIN, CLOCK))
                    .hasToString("Task[null, Call]");
        }
    }
}
