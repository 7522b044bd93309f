package dev.taskchat.it.rest;

import static dev.taskchat.it.support.Jsons.obj;
import static dev.taskchat.it.support.Problems.assertProblem;
import static dev.taskchat.it.support.Problems.assertValidation;
import static org.assertj.core.api.Assertions.assertThat;

import dev.taskchat.it.support.Reply;
import dev.taskchat.it.support.TestUser;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bad requests get the problem the contract names, never a 500, and never a partial write: after every test the
 * user still has exactly the one task made before it, unchanged.
 */
abstract class BadInputTests extends ApiTests {

    private TestUser user;
    private JsonObject existing;

    @BeforeEach
    void oneUserWithOneTask() {
        user = api.newUser();
        existing = user.createTask(obj("title", "The only task", "priority", "low", "tags", List.of("keep")));
    }

    @AfterEach
    void nothingWasWritten() {
        assertThat(user.allTaskIds()).as("tasks after a bad request").containsExactly(id(existing));
        assertThat(user.task(id(existing)))
                .as("the existing task after a bad request")
                .isEqualTo(existing);
    }

    private Reply postTask(String json) {
        return user.post("/api/tasks").body("application/json", json).send();
    }

    private Reply postTask(JsonObject json) {
        return user.post("/api/tasks").json(json).send();
    }

    private static String tomorrow() {
        return today(BERLIN).plusDays(1).toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"title\": \"unfinished\"", "{title: 'not json'}", "", "   "})
    void aBodyThatIsNotJsonAnswers400(String body) {
        assertProblem(postTask(body), 400, "malformed-request");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[{\"title\": \"in an array\"}]", "[]", "\"just a string\"", "42", "null"})
    void jsonThatIsNotAnObjectAnswers400(String body) {
        assertProblem(postTask(body), 400, "malformed-request");
    }

    @Test
    void wrongTypesAnswer422NamingEachField() {
        assertValidation(postTask("{\"title\": 7}"), "title");
        assertValidation(postTask("{\"title\": \"x\", \"tags\": 5}"), "tags");
        assertValidation(postTask("{\"title\": \"x\", \"tags\": [1, 2]}"), "tags");
        assertValidation(postTask("{\"title\": \"x\", \"dueDate\": 20261201}"), "dueDate");
        assertValidation(postTask("{\"title\": \"x\", \"repeatFromCompletion\": \"yes\"}"), "repeatFromCompletion");
        assertValidation(
                postTask("{\"title\": 7, \"tags\": 5, \"priority\": true, \"description\": []}"),
                "title",
                "tags",
                "priority",
                "description");
    }

    @Test
    void anUnknownFieldAnswers422() {
        assertValidation(postTask(obj("title", "typo", "titel", "typo")), "titel");
        assertValidation(postTask(obj("title", "typo", "due", tomorrow())), "due");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "id|1",
                "dueAt|\"2026-12-01T09:00:00Z\"",
                "completed|true",
                "completedAt|\"2026-12-01T09:00:00Z\"",
                "createdAt|\"2026-12-01T09:00:00Z\"",
                "updatedAt|\"2026-12-01T09:00:00Z\"",
                "version|3"
            })
    void aReadOnlyFieldAnswers422(String field, String value) {
        assertValidation(postTask("{\"title\": \"read-only " + field + "\", \"" + field + "\": " + value + "}"), field);
        assertValidation(
                user.patch("/api/tasks/" + id(existing))
                        .body("application/merge-patch+json", "{\"" + field + "\": " + value + "}")
                        .send(),
                field);
    }

    @Test
    void aMissingOrEmptyTitleAnswers422() {
        assertValidation(postTask(obj("priority", "high")), "title");
        assertValidation(postTask(obj("title", "")), "title");
        assertValidation(postTask(obj("title", null)), "title");
    }

    @Test
    void overlongTextAnswers422() {
        assertValidation(postTask(obj("title", "t".repeat(10_000))), "title");
        assertValidation(postTask(obj("title", "fine", "description", "d".repeat(30_000))), "description");
    }

    @Test
    void aBodyOver64KiBAnswers413() {
        Reply reply = postTask(obj("title", "x".repeat(1024 * 1024)));

        assertProblem(reply, 413, "payload-too-large");
    }

    @Test
    void impossibleDatesAndTimesAnswer422() {
        assertValidation(postTask(obj("title", "x", "dueDate", "2026-02-30")), "dueDate");
        assertValidation(postTask(obj("title", "x", "dueDate", "01/12/2026")), "dueDate");
        assertValidation(postTask(obj("title", "x", "dueDate", tomorrow(), "dueTime", "25:00")), "dueTime");
        assertValidation(postTask(obj("title", "x", "dueDate", tomorrow(), "dueTime", "9am")), "dueTime");
        assertValidation(postTask(obj("title", "x", "dueDate", tomorrow(), "remindAt", "soon")), "remindAt");
    }

    @Test
    void aDueTimeWithoutADueDateAnswers422() {
        List<String> fields = assertValidation(postTask(obj("title", "x", "dueTime", "09:00")));

        assertThat(fields).containsAnyOf("dueTime", "dueDate");
    }

    @ParameterizedTest
    @ValueSource(strings = {"FREQ=SOMETIMES", "FREQ=HOURLY", "FREQ=MINUTELY", "every monday", "FREQ=DAILY;COUNT=x", ""})
    void aBadRecurrenceAnswers422(String rule) {
        assertValidation(postTask(obj("title", "x", "dueDate", tomorrow(), "recurrence", rule)), "recurrence");
    }

    @Test
    void aRecurrenceWithoutADueDateAnswers422() {
        assertValidation(postTask(obj("title", "x", "recurrence", "FREQ=DAILY")), "recurrence");
    }

    @Test
    void aReminderAfterTheDueTimeAnswers422() {
        LocalDate day = today(BERLIN).plusDays(2);

        assertValidation(
                postTask(obj("title", "x", "dueDate", day.toString(), "dueTime", "09:00", "remindAt", day + "T10:00")),
                "remindAt");
        assertValidation(
                postTask(obj("title", "x", "dueDate", day.toString(), "remindAt", day.plusDays(1) + "T08:00")),
                "remindAt");
    }

    @ParameterizedTest
    @ValueSource(strings = {"critical", "URGENT!", "p9", ""})
    void anUnknownPriorityAnswers422(String priority) {
        assertValidation(postTask(obj("title", "x", "priority", priority)), "priority");
    }

    @Test
    void anInvalidTagAnswers422() {
        List<String> fields = assertValidation(postTask(obj("title", "x", "tags", List.of("two words"))));

        assertThat(fields).anyMatch(field -> field.startsWith("tags"));
    }

    @Test
    void aBodyThatIsNotJsonByContentTypeAnswers415() {
        assertProblem(
                user.post("/api/tasks").body("text/plain", "{\"title\": \"x\"}").send(), 415, "unsupported-media-type");
        assertProblem(
                user.post("/api/tasks")
                        .body("application/xml", "<task><title>x</title></task>")
                        .send(),
                415,
                "unsupported-media-type");
        assertProblem(
                user.patch("/api/tasks/" + id(existing))
                        .body("text/plain", "{\"title\": \"x\"}")
                        .send(),
                415,
                "unsupported-media-type");
    }

    @Test
    void aBadPatchChangesNothing() {
        String path = "/api/tasks/" + id(existing);

        assertValidation(
                user.patch(path)
                        .json(obj("title", "New title", "priority", "critical"))
                        .send(),
                "priority");
        assertValidation(user.patch(path)
                .json(obj("title", "New title", "recurrence", "FREQ=DAILY"))
                .send());
        assertValidation(user.patch(path).json(obj("title", null)).send(), "title");
        assertValidation(user.patch(path).json(obj("tags", 5)).send(), "tags");
        assertProblem(user.patch(path).body("application/json", "{\"title\": ").send(), 400, "malformed-request");
        assertProblem(user.patch(path).body("application/json", "[]").send(), 400, "malformed-request");
    }

    @Test
    void anUnknownUrlUnderApiAnswers404ProblemJson() {
        assertProblem(user.get("/api/nothing-here").send(), 404, "not-found");
        assertProblem(user.get("/api/tasks/" + id(existing) + "/nothing").send(), 404, "not-found");
        assertProblem(user.post("/api/nothing-here").json(obj("title", "x")).send(), 404, "not-found");
    }

    @Test
    void anUnsupportedMethodAnswers405ProblemJson() {
        assertProblem(
                user.put("/api/tasks/" + id(existing)).json(obj("title", "put")).send(), 405, "method-not-allowed");
        assertProblem(user.delete("/api/tasks").send(), 405, "method-not-allowed");
    }

    @Test
    void aTaskIdThatIsNotANumberIsAProblem() {
        Reply reply = user.get("/api/tasks/abc").send();

        assertThat(reply.status()).as("%s", reply).isIn(400, 404);
        assertProblem(reply, reply.status(), reply.status() == 400 ? "malformed-request" : "not-found");
    }
}
