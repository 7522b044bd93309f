package dev.taskchat.it.rest;

import static dev.taskchat.it.support.Jsons.obj;
import static org.assertj.core.api.Assertions.assertThat;

import dev.taskchat.it.support.Jsons;
import dev.taskchat.it.support.TestUser;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Completing a repeating task produces its next occurrence (the README's "pay rent" scenario and more). */
abstract class RecurringTaskTests extends ApiTests {

    private static final String MONTHLY_ON_THE_FIRST = "FREQ=MONTHLY;BYMONTHDAY=1";

    @Test
    void payRentOnTheFirstOfEveryMonthAt9() {
        TestUser user = api.newUser();
        LocalDate firstOfNextMonth = today(BERLIN).withDayOfMonth(1).plusMonths(1);
        JsonObject rent = user.createTask(obj(
                "title",
                "Pay rent",
                "dueDate",
                firstOfNextMonth.toString(),
                "dueTime",
                "09:00",
                "recurrence",
                MONTHLY_ON_THE_FIRST,
                "tags",
                List.of("home"),
                "priority",
                "urgent"));
        long rentId = id(rent);
        assertThat(instant(rent, "dueAt")).isEqualTo(at(firstOfNextMonth, "09:00", BERLIN));
        assertThat(ids(user.listAll(Map.of()))).containsExactly(rentId);

        JsonObject completion = user.complete(rentId).expect(200).json();

        JsonObject done = Jsons.object(completion, "task");
        JsonObject next = Jsons.object(completion, "next");
        assertThat(id(done)).isEqualTo(rentId);
        assertThat(Jsons.bool(done, "completed")).isTrue();
        assertThat(id(next)).isNotEqualTo(rentId);
        LocalDate followingFirst = firstOfNextMonth.plusMonths(1);
        assertThat(Jsons.string(next, "title")).isEqualTo("Pay rent");
        assertThat(Jsons.string(next, "dueDate")).isEqualTo(followingFirst.toString());
        assertThat(Jsons.string(next, "dueTime")).isEqualTo("09:00");
        assertThat(instant(next, "dueAt")).isEqualTo(at(followingFirst, "09:00", BERLIN));
        assertThat(Jsons.strings(next, "tags")).containsExactly("home");
        assertThat(Jsons.string(next, "priority")).isEqualTo("urgent");
        assertThat(Jsons.string(next, "recurrence")).isEqualTo(MONTHLY_ON_THE_FIRST);
        assertThat(Jsons.bool(next, "repeatFromCompletion")).isFalse();
        assertThat(Jsons.bool(next, "completed")).isFalse();
        assertThat(Jsons.isNull(next, "completedAt")).isTrue();
        assertThat(user.task(id(next))).isEqualTo(next);

        assertThat(ids(user.listAll(Map.of("status", "open")))).containsExactly(id(next));
        assertThat(ids(user.listAll(Map.of("status", "completed")))).containsExactly(rentId);

        JsonObject reopened =
                user.post("/api/tasks/" + rentId + "/reopen").send().expect(200).json();
        assertThat(Jsons.bool(reopened, "completed")).isFalse();
        assertThat(Jsons.isNull(reopened, "completedAt")).isTrue();
        assertThat(ids(user.listAll(Map.of("status", "open")))).contains(rentId);
    }

    @Test
    void completingTwiceMakesOnlyOneNextOccurrence() {
        TestUser user = api.newUser();
        LocalDate due = today(BERLIN).plusDays(1);
        long id = id(user.createTask(
                obj("title", "Stand-up", "dueDate", due.toString(), "dueTime", "09:30", "recurrence", "FREQ=DAILY")));

        JsonObject first = user.complete(id).expect(200).json();
        JsonObject second = user.complete(id).expect(200).json();

        assertThat(Jsons.string(Jsons.object(first, "next"), "dueDate"))
                .isEqualTo(due.plusDays(1).toString());
        assertThat(Jsons.isNull(second, "next")).isTrue();
        assertThat(user.taskCount()).isEqualTo(2);
    }

    @Test
    void repeatFromCompletionCountsFromTheDayItIsDone() {
        TestUser user = api.newUser();
        LocalDate longAgo = today(BERLIN).minusDays(10);
        long id = id(user.createTask(obj(
                "title",
                "Water the cactus",
                "dueDate",
                longAgo.toString(),
                "recurrence",
                "FREQ=DAILY;INTERVAL=3",
                "repeatFromCompletion",
                true)));

        JsonObject next = Jsons.object(user.complete(id).expect(200).json(), "next");

        assertThat(Jsons.string(next, "dueDate"))
                .isEqualTo(today(BERLIN).plusDays(3).toString());
        assertThat(Jsons.bool(next, "repeatFromCompletion")).isTrue();
        assertThat(Jsons.string(next, "recurrence")).isEqualTo("FREQ=DAILY;INTERVAL=3");
    }

    @Test
    void aSeriesPastItsUntilHasNoNextOccurrence() {
        TestUser user = api.newUser();
        LocalDate due = today(BERLIN).plusDays(2);
        String until = due.format(DateTimeFormatter.BASIC_ISO_DATE);
        long id = id(user.createTask(
                obj("title", "Last lesson", "dueDate", due.toString(), "recurrence", "FREQ=WEEKLY;UNTIL=" + until)));

        JsonObject completion = user.complete(id).expect(200).json();

        assertThat(Jsons.isNull(completion, "next")).isTrue();
        assertThat(user.taskCount()).isEqualTo(1);
    }

    @Test
    void everyDayAt9StaysAt9AcrossADaylightSavingChange() {
        TestUser user = api.newUser();
        ZoneOffsetTransition change = BERLIN.getRules().nextTransition(Instant.now());
        LocalDate dayBefore = change.getDateTimeBefore().toLocalDate().minusDays(1);
        long id = id(user.createTask(obj(
                "title",
                "Morning run",
                "dueDate",
                dayBefore.toString(),
                "dueTime",
                "09:00",
                "recurrence",
                "FREQ=DAILY")));

        JsonObject next = Jsons.object(user.complete(id).expect(200).json(), "next");

        LocalDate changeDay = dayBefore.plusDays(1);
        assertThat(Jsons.string(next, "dueDate")).isEqualTo(changeDay.toString());
        assertThat(Jsons.string(next, "dueTime")).isEqualTo("09:00");
        assertThat(instant(next, "dueAt")).isEqualTo(at(changeDay, "09:00", BERLIN));
    }
}
