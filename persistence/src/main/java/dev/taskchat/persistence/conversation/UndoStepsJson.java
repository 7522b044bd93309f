package dev.taskchat.persistence.conversation;

import dev.taskchat.domain.conversation.UndoStep;
import dev.taskchat.domain.task.Due;
import dev.taskchat.domain.task.Priority;
import dev.taskchat.domain.task.Recurrence;
import dev.taskchat.domain.task.TaskDetails;
import dev.taskchat.domain.task.TaskSnapshot;
import dev.taskchat.domain.task.Title;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** Undo steps as JSON, the form they are stored in ({@code assistant_changes.steps}). */
final class UndoStepsJson {
    private UndoStepsJson() {}

    static String write(List<UndoStep> steps) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (UndoStep step : steps) {
            if (step instanceof UndoStep.Delete delete) {
                array.add(Json.createObjectBuilder().add("op", "delete").add("taskId", delete.taskId()));
            } else if (step instanceof UndoStep.Restore restore) {
                array.add(Json.createObjectBuilder()
                        .add("op", "restore")
                        .add("taskId", restore.taskId())
                        .add("snapshot", snapshot(restore.before())));
            } else if (step instanceof UndoStep.Recreate recreate) {
                array.add(Json.createObjectBuilder()
                        .add("op", "recreate")
                        .add("snapshot", snapshot(recreate.snapshot())));
            }
        }
        return array.build().toString();
    }

    static List<UndoStep> read(String json) {
        JsonArray array = Json.createReader(new StringReader(json)).readArray();
        List<UndoStep> steps = new ArrayList<>();
        for (JsonObject step : array.getValuesAs(JsonObject.class)) {
            switch (step.getString("op")) {
                case "delete" ->
                    steps.add(new UndoStep.Delete(step.getJsonNumber("taskId").longValue()));
                case "restore" ->
                    steps.add(new UndoStep.Restore(
                            step.getJsonNumber("taskId").longValue(), snapshot(step.getJsonObject("snapshot"))));
                case "recreate" -> steps.add(new UndoStep.Recreate(snapshot(step.getJsonObject("snapshot"))));
                default -> throw new IllegalStateException("unknown undo step " + step.getString("op"));
            }
        }
        return steps;
    }

    private static JsonObjectBuilder snapshot(TaskSnapshot snapshot) {
        TaskDetails details = snapshot.details();
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("title", details.title().value())
                .add("priority", details.priority().code());
        optional(json, "description", details.description());
        if (details.due() != null) {
            json.add("dueDate", details.due().date().toString());
            optional(
                    json,
                    "dueTime",
                    details.due().time() == null ? null : details.due().time().toString());
        }
        optional(
                json,
                "remindAt",
                details.remindAt() == null ? null : details.remindAt().toString());
        if (details.recurrence() != null) {
            json.add("recurrence", details.recurrence().rule())
                    .add("fromCompletion", details.recurrence().fromCompletion());
        }
        JsonArrayBuilder tags = Json.createArrayBuilder();
        snapshot.tags().forEach(tags::add);
        json.add("tags", tags);
        optional(
                json,
                "completedAt",
                snapshot.completedAt() == null ? null : snapshot.completedAt().toString());
        return json;
    }

    private static TaskSnapshot snapshot(JsonObject json) {
        Due due = json.containsKey("dueDate")
                ? new Due(LocalDate.parse(json.getString("dueDate")), time(json.getString("dueTime", null)))
                : null;
        Recurrence recurrence = json.containsKey("recurrence")
                ? Recurrence.parse(json.getString("recurrence"), json.getBoolean("fromCompletion", false))
                : null;
        TaskDetails details = new TaskDetails(
                Title.of(json.getString("title")),
                json.getString("description", null),
                Priority.ofCode(json.getString("priority")),
                due,
                instant(json.getString("remindAt", null)),
                recurrence);
        List<String> tags = json.getJsonArray("tags").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
        return new TaskSnapshot(details, tags, instant(json.getString("completedAt", null)));
    }

    private static void optional(JsonObjectBuilder json, String name, String value) {
        if (value == null) {
            json.add(name, JsonValue.NULL);
        } else {
            json.add(name, value);
        }
    }

    private static LocalTime time(String text) {
        return text == null ? null : LocalTime.parse(text);
    }

    private static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }
}
