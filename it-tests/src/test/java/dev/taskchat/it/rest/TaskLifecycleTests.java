package dev.taskchat.it.rest;

import static dev.taskchat.it.support.Jsons.obj;
import static dev.taskchat.it.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.taskchat.it.support.Jsons;
import dev.taskchat.it.support.Reply;
import dev.taskchat.it.support.TestUser;
import jakarta.json.JsonObject;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Create, read (ETag), merge-patch (If-Match), delete, complete and reopen one task. */
abstract class TaskLifecycleTests extends ApiTests {

    @Test
    void createWithEveryFieldAnswers201WithLocationAndETag() {
        TestUser user = api.newUser();
        LocalDate due = today(BERLIN).plusDays(30).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        Instant before = Instant.now().minusSeconds(5);

        Reply reply = user.post("/api/tasks")
                .json(obj(
                        "title", "Write the quarterly report",
                        "description", "Numbers from Q3, then the outlook",
                        "priority", "high",
                        "tags", List.of("#Work", "Deep-Focus"),
                        "dueDate", due.toString(),
                        "dueTime", "14:30",
                        "remindAt", due + "T14:00",
                        "recurrence", "FREQ=WEEKLY;BYDAY=MO",
                        "repeatFromCompletion", false))
                .send()
                .expect(201);

        assertThat(reply.mediaType()).isEqualTo("application/json");
        JsonObject task = reply.json();
        long id = id(task);
        assertThat(id).isPositive();
        assertThat(URI.create(reply.header("Location").orElseThrow()).getPath()).endsWith("/api/tasks/" + id);
        assertThat(reply.header("ETag")).hasValue("\"1\"");
        assertThat(Jsons.string(task, "title")).isEqualTo("Write the quarterly report");
        assertThat(Jsons.string(task, "description")).isEqualTo("Numbers from Q3, then the outlook");
        assertThat(Jsons.string(task, "priority")).isEqualTo("high");
        assertThat(Jsons.strings(task, "tags")).containsExactlyInAnyOrder("work", "deep-focus");
        assertThat(Jsons.string(task, "dueDate")).isEqualTo(due.toString());
        assertThat(Jsons.string(task, "dueTime")).isEqualTo("14:30");
        assertThat(instant(task, "dueAt")).isEqualTo(at(due, "14:30", BERLIN));
        assertThat(OffsetDateTime.parse(Jsons.string(task, "dueAt")).getOffset())
                .as("dueAt is written in the user's zone")
                .isEqualTo(BERLIN.getRules().getOffset(at(due, "14:30", BERLIN)));
        assertThat(instant(task, "remindAt")).isEqualTo(at(due, "14:00", BERLIN));
        assertThat(Jsons.string(task, "recurrence")).isEqualTo("FREQ=WEEKLY;BYDAY=MO");
        assertThat(Jsons.bool(task, "repeatFromCompletion")).isFalse();
        assertThat(Jsons.bool(task, "completed")).isFalse();
        assertThat(Jsons.isNull(task, "completedAt")).isTrue();
        assertThat(instant(task, "createdAt")).isBetween(before, Instant.now().plusSeconds(5));
        assertThat(instant(task, "updatedAt")).isEqualTo(instant(task, "createdAt"));
        assertThat(Jsons.number(task, "version")).isEqualTo(1);
        assertThat(user.task(id)).as("GET answers what POST answered").isEqualTo(task);
    }

    @Test
    void createWithOnlyATitleTakesTheDefaults() {
        TestUser user = api.newUser();

        JsonObject task = user.createTask("Water the plants");

        assertThat(Jsons.string(task, "title")).isEqualTo("Water the plants");
        assertThat(Jsons.isNull(task, "description")).isTrue();
        assertThat(Jsons.string(task, "priority")).isEqualTo("none");
        assertThat(Jsons.strings(task, "tags")).isEmpty();
        for (String absent : List.of("dueDate", "dueTime", "dueAt", "remindAt", "recurrence", "completedAt")) {
            assertThat(Jsons.isNull(task, absent)).as("%s of %s", absent, task).isTrue();
        }
        assertThat(Jsons.bool(task, "repeatFromCompletion")).isFalse();
        assertThat(Jsons.bool(task, "completed")).isFalse();
        assertThat(Jsons.number(task, "version")).isEqualTo(1);
    }

    @Test
    void anAllDayTaskIsDueAtTheEndOfItsDay() {
        TestUser user = api.newUser();
        LocalDate due = today(BERLIN).plusDays(3);

        JsonObject task = user.createTask(obj("title", "Renew passport", "dueDate", due.toString()));

        assertThat(Jsons.isNull(task, "dueTime")).isTrue();
        Instant startOfDay = due.atStartOfDay(BERLIN).toInstant();
        Instant startOfNextDay = due.plusDays(1).atStartOfDay(BERLIN).toInstant();
        assertThat(instant(task, "dueAt"))
                .isAfter(startOfDay.plus(Duration.ofHours(23)))
                .isBeforeOrEqualTo(startOfNextDay);
    }

    @Test
    void remindAtWithAnOffsetIsThatInstant() {
        TestUser user = api.newUser();
        LocalDate due = today(BERLIN).plusDays(10);

        JsonObject task = user.createTask(obj(
                "title",
                "Call the dentist",
                "dueDate",
                due.toString(),
                "dueTime",
                "12:00",
                "remindAt",
                due + "T08:30:00Z"));

        assertThat(instant(task, "remindAt")).isEqualTo(Instant.parse(due + "T08:30:00Z"));
    }

    @Test
    void getAnswersTheETagAnd304WhileItMatches() {
        TestUser user = api.newUser();
        long id = id(user.createTask("Book a table"));

        Reply first = user.get("/api/tasks/" + id).send().expect(200);
        Reply unchanged =
                user.get("/api/tasks/" + id).header("If-None-Match", "\"1\"").send();
        Reply otherTag =
                user.get("/api/tasks/" + id).header("If-None-Match", "\"7\"").send();

        assertThat(first.header("ETag")).hasValue("\"1\"");
        unchanged.expect(304);
        assertThat(unchanged.body()).isEmpty();
        otherTag.expect(200);
        user.patch("/api/tasks/" + id)
                .json(obj("title", "Book a table for four"))
                .send()
                .expect(200);
        Reply changed = user.get("/api/tasks/" + id)
                .header("If-None-Match", "\"1\"")
                .send()
                .expect(200);
        assertThat(changed.header("ETag")).hasValue("\"2\"");
        assertThat(Jsons.string(changed.json(), "title")).isEqualTo("Book a table for four");
    }

    @Test
    void mergePatchSetsPresentFieldsAndClearsNulls() {
        TestUser user = api.newUser();
        LocalDate due = today(BERLIN).plusDays(5);
        JsonObject created = user.createTask(obj(
                "title", "Prepare the talk",
                "description", "slides and demo",
                "priority", "low",
                "tags", List.of("work"),
                "dueDate", due.toString(),
                "dueTime", "10:00",
                "remindAt", due + "T09:00"));

        Reply reply = user.patch("/api/tasks/" + id(created))
                .body(
                        "application/merge-patch+json",
                        obj(
                                        "priority", "urgent",
                                        "description", null,
                                        "dueTime", null,
                                        "remindAt", null,
                                        "tags", List.of("talks", "conference"))
                                .toString())
                .send()
                .expect(200);

        JsonObject task = reply.json();
        assertThat(Jsons.string(task, "title")).isEqualTo("Prepare the talk");
        assertThat(Jsons.string(task, "priority")).isEqualTo("urgent");
        assertThat(Jsons.isNull(task, "description")).isTrue();
        assertThat(Jsons.string(task, "dueDate")).isEqualTo(due.toString());
        assertThat(Jsons.isNull(task, "dueTime")).isTrue();
        assertThat(instant(task, "dueAt")).isAfter(at(due, "23:00", BERLIN));
        assertThat(Jsons.isNull(task, "remindAt")).isTrue();
        assertThat(Jsons.strings(task, "tags")).containsExactlyInAnyOrder("talks", "conference");
        assertThat(Jsons.number(task, "version")).isEqualTo(2);
        assertThat(reply.header("ETag")).hasValue("\"2\"");
        assertThat(instant(task, "updatedAt")).isAfterOrEqualTo(instant(created, "updatedAt"));
        assertThat(instant(task, "createdAt")).isEqualTo(instant(created, "createdAt"));
        assertThat(user.task(id(created))).isEqualTo(task);
    }

    @Test
    void patchAcceptsPlainJsonAndClearsTheDueDate() {
        TestUser user = api.newUser();
        long id = id(
                user.createTask(obj("title", "Someday", "dueDate", today(BERLIN).toString())));

        JsonObject task = user.patch("/api/tasks/" + id)
                .json(obj("title", "Someday, maybe", "dueDate", null))
                .send()
                .expect(200)
                .json();

        assertThat(Jsons.string(task, "title")).isEqualTo("Someday, maybe");
        assertThat(Jsons.isNull(task, "dueDate")).isTrue();
        assertThat(Jsons.isNull(task, "dueAt")).isTrue();
    }

    @Test
    void aStaleIfMatchAnswers412AndChangesNothing() {
        TestUser user = api.newUser();
        long id = id(user.createTask("Draft"));
        user.patch("/api/tasks/" + id).json(obj("title", "Second draft")).send().expect(200);

        Reply stalePatch = user.patch("/api/tasks/" + id)
                .header("If-Match", "\"1\"")
                .json(obj("title", "Lost update"))
                .send();
        Reply staleDelete =
                user.delete("/api/tasks/" + id).header("If-Match", "\"1\"").send();

        JsonObject problem = assertProblem(stalePatch, 412, "stale-version");
        assertThat(Jsons.number(problem, "currentVersion")).isEqualTo(2);
        assertProblem(staleDelete, 412, "stale-version");
        JsonObject task = user.task(id);
        assertThat(Jsons.string(task, "title")).isEqualTo("Second draft");
        assertThat(Jsons.number(task, "version")).isEqualTo(2);
    }

    @Test
    void aCurrentIfMatchUpdatesAndTheVersionGoesUp() {
        TestUser user = api.newUser();
        long id = id(user.createTask("Version one"));

        Reply second = user.patch("/api/tasks/" + id)
                .header("If-Match", "\"1\"")
                .json(obj("title", "Version two"))
                .send()
                .expect(200);
        Reply third = user.patch("/api/tasks/" + id)
                .header("If-Match", second.header("ETag").orElseThrow())
                .json(obj("priority", "medium"))
                .send()
                .expect(200);

        assertThat(Jsons.number(second.json(), "version")).isEqualTo(2);
        assertThat(Jsons.number(third.json(), "version")).isEqualTo(3);
        assertThat(third.header("ETag")).hasValue("\"3\"");
        assertThat(Jsons.string(third.json(), "title")).isEqualTo("Version two");
        assertThat(Jsons.string(third.json(), "priority")).isEqualTo("medium");
    }

    @Test
    void deleteAnswers204AndTheTaskIsGone() {
        TestUser user = api.newUser();
        long id = id(user.createTask("Throw away"));
        long kept = id(user.createTask("Keep"));
        long guarded = id(user.createTask("Delete with If-Match"));

        Reply deleted = user.delete("/api/tasks/" + id).send();

        deleted.expect(204);
        assertThat(deleted.body()).isEmpty();
        assertProblem(user.get("/api/tasks/" + id).send(), 404, "not-found");
        assertProblem(user.delete("/api/tasks/" + id).send(), 404, "not-found");
        assertProblem(user.patch("/api/tasks/" + id).json(obj("title", "back?")).send(), 404, "not-found");
        user.delete("/api/tasks/" + guarded).header("If-Match", "\"1\"").send().expect(204);
        assertThat(user.allTaskIds()).containsExactly(kept);
    }

    @Test
    void completeAndReopenATaskThatDoesNotRepeat() {
        TestUser user = api.newUser();
        long id = id(user.createTask("Send the invoice"));

        JsonObject completion = user.complete(id).expect(200).json();

        JsonObject done = Jsons.object(completion, "task");
        assertThat(Jsons.isNull(completion, "next")).isTrue();
        assertThat(id(done)).isEqualTo(id);
        assertThat(Jsons.bool(done, "completed")).isTrue();
        assertThat(instant(done, "completedAt"))
                .isBetween(Instant.now().minusSeconds(60), Instant.now().plusSeconds(5));
        assertThat(Jsons.number(done, "version")).isEqualTo(2);

        JsonObject again = user.complete(id).expect(200).json();
        assertThat(Jsons.isNull(again, "next")).isTrue();
        assertThat(Jsons.object(again, "task"))
                .as("completing twice changes nothing")
                .isEqualTo(done);
        assertThat(ids(user.listAll(Map.of()))).doesNotContain(id);

        JsonObject reopened =
                user.post("/api/tasks/" + id + "/reopen").send().expect(200).json();
        assertThat(Jsons.bool(reopened, "completed")).isFalse();
        assertThat(Jsons.isNull(reopened, "completedAt")).isTrue();
        assertThat(ids(user.listAll(Map.of()))).containsExactly(id);
    }
}
