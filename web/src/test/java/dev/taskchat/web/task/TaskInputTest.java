package dev.taskchat.web.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.taskchat.domain.error.ValidationException;
import dev.taskchat.domain.error.Violation;
import dev.taskchat.domain.tag.TagName;
import dev.taskchat.domain.task.Due;
import dev.taskchat.domain.task.Priority;
import dev.taskchat.domain.task.Recurrence;
import dev.taskchat.domain.task.TaskDetails;
import dev.taskchat.domain.task.Title;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TaskInputTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final TaskDetails CURRENT = new TaskDetails(
            Title.of("Pay rent"),
            "landlord",
            Priority.URGENT,
            Due.at(LocalDate.of(2026, 12, 1), LocalTime.of(9, 0)),
            Instant.parse("2026-12-01T07:30:00Z"),
            Recurrence.parse("FREQ=MONTHLY;BYMONTHDAY=1", false));

    @Test
    void createReadsEveryField() {
        TaskInput input = TaskInput.forCreate(json("""
                {"title": " Pay rent ", "description": "d", "priority": "high", "tags": ["#Home", "home", "work"],
                 "dueDate": "2026-12-01", "dueTime": "09:00", "remindAt": "2026-12-01T08:30",
                 "recurrence": "RRULE:FREQ=MONTHLY;BYMONTHDAY=1", "repeatFromCompletion": true}"""), BERLIN);

        TaskDetails details = input.details();
        assertThat(details.title().value()).isEqualTo("Pay rent");
        assertThat(details.priority()).isEqualTo(Priority.HIGH);
        assertThat(details.due()).isEqualTo(Due.at(LocalDate.of(2026, 12, 1), LocalTime.of(9, 0)));
        assertThat(details.remindAt()).isEqualTo(Instant.parse("2026-12-01T07:30:00Z"));
        assertThat(details.recurrence()).isEqualTo(Recurrence.parse("FREQ=MONTHLY;BYMONTHDAY=1", true));
        assertThat(input.tags()).containsExactly(TagName.of("home"), TagName.of("work"));
    }

    @Test
    void createNeedsATitleAndDefaultsTheRest() {
        TaskInput input = TaskInput.forCreate(json("{\"title\": \"x\"}"), BERLIN);
        assertThat(input.details()).isEqualTo(TaskDetails.titled("x"));
        assertThat(input.tags()).isNull();

        assertThat(violations(() -> TaskInput.forCreate(json("{}"), BERLIN)))
                .extracting(Violation::field)
                .containsExactly("title");
    }

    @Test
    void everyBadFieldIsReportedAtOnce() {
        assertThat(violations(() -> TaskInput.forCreate(json("""
                        {"title": 7, "priority": "p9", "tags": "home", "dueDate": "2026-02-30", "dueTime": "25:00",
                         "remindAt": "soon", "recurrence": "FREQ=SECONDLY", "repeatFromCompletion": "yes",
                         "version": 3, "colour": "red"}"""), BERLIN)))
                .extracting(Violation::field)
                .containsExactlyInAnyOrder(
                        "title",
                        "priority",
                        "tags",
                        "dueDate",
                        "dueTime",
                        "remindAt",
                        "recurrence",
                        "repeatFromCompletion",
                        "version",
                        "colour");
    }

    @Test
    void anAbsentMemberKeepsANullClearsAPresentOneSets() {
        TaskInput input = TaskInput.forUpdate(json("{\"description\": null, \"priority\": \"low\"}"), CURRENT, BERLIN);

        assertThat(input.details()).isEqualTo(CURRENT.withDescription(null).withPriority(Priority.LOW));
        assertThat(input.tags()).as("tags absent: keep them").isNull();
    }

    @Test
    void clearingTheDueDateClearsItsTimeToo() {
        TaskInput input = TaskInput.forUpdate(
                json("{\"dueDate\": null, \"recurrence\": null, \"remindAt\": null}"), CURRENT, BERLIN);
        assertThat(input.details().due()).isNull();
    }

    @Test
    void aTimeWithoutADateIsRefused() {
        assertThat(violations(() ->
                        TaskInput.forUpdate(json("{\"dueDate\": null, \"dueTime\": \"10:00\"}"), CURRENT, BERLIN)))
                .containsExactly(new Violation("dueTime", "needs a dueDate"));
    }

    @Test
    void changingOnlyTheTimeKeepsTheDate() {
        TaskInput input = TaskInput.forUpdate(json("{\"dueTime\": \"17:30\"}"), CURRENT, BERLIN);
        assertThat(input.details().due()).isEqualTo(Due.at(LocalDate.of(2026, 12, 1), LocalTime.of(17, 30)));
    }

    @Test
    void emptyTagsRemoveAllAndBadTagNamesAreNamed() {
        assertThat(TaskInput.forUpdate(json("{\"tags\": []}"), CURRENT, BERLIN).tags())
                .isEmpty();
        assertThat(TaskInput.forUpdate(json("{\"tags\": null}"), CURRENT, BERLIN)
                        .tags())
                .isEmpty();
        assertThat(violations(() -> TaskInput.forUpdate(json("{\"tags\": [\"ok\", \"not ok\"]}"), CURRENT, BERLIN)))
                .extracting(Violation::field)
                .containsExactly("tags");
    }

    @Test
    void tooManyTagsAreRefused() {
        String tags = String.join(",", java.util.Collections.nCopies(TaskInput.MAX_TAGS + 1, "\"t\""));
        assertThat(violations(() -> TaskInput.forCreate(json("{\"title\": \"x\", \"tags\": [" + tags + "]}"), BERLIN)))
                .extracting(Violation::field)
                .containsExactly("tags");
    }

    private static java.util.List<Violation> violations(Runnable read) {
        try {
            read.run();
        } catch (ValidationException e) {
            return e.violations();
        }
        throw new AssertionError("expected a ValidationException");
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    @Test
    void violationsHelperFailsWhenNothingIsWrong() {
        assertThatThrownBy(() -> violations(() -> TaskInput.forCreate(json("{\"title\": \"fine\"}"), BERLIN)))
                .isInstanceOf(AssertionError.class);
    }
}
