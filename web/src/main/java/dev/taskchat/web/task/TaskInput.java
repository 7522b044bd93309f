package dev.taskchat.web.task;

import dev.taskchat.domain.error.Violations;
import dev.taskchat.domain.tag.TagName;
import dev.taskchat.domain.task.Description;
import dev.taskchat.domain.task.Due;
import dev.taskchat.domain.task.Priority;
import dev.taskchat.domain.task.Recurrence;
import dev.taskchat.domain.task.TaskDetails;
import dev.taskchat.domain.task.Title;
import dev.taskchat.web.json.JsonFields;
import dev.taskchat.web.time.ApiTime;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A task's fields as a client sent them, merged onto the current details (JSON merge patch: a member
 * that is present sets, {@code null} clears, an absent one keeps). Creating is merging onto nothing,
 * so the title becomes required. Every bad field is reported at once.
 *
 * @param tags the new tags, or null to keep the current ones
 */
public record TaskInput(TaskDetails details, List<TagName> tags) {
    public static final int MAX_TAGS = 20;
    static final Set<String> WRITABLE = Set.of(
            "title",
            "description",
            "priority",
            "tags",
            "dueDate",
            "dueTime",
            "remindAt",
            "recurrence",
            "repeatFromCompletion");
    static final Set<String> READ_ONLY =
            Set.of("id", "dueAt", "completed", "completedAt", "createdAt", "updatedAt", "version");

    public static TaskInput forCreate(JsonObject json, ZoneId zone) {
        return read(json, null, zone);
    }

    public static TaskInput forUpdate(JsonObject json, TaskDetails current, ZoneId zone) {
        return read(json, current, zone);
    }

    private static TaskInput read(JsonObject json, TaskDetails current, ZoneId zone) {
        Violations violations = new Violations();
        JsonFields fields = new JsonFields(json, violations);
        fields.allowOnly(WRITABLE, READ_ONLY);

        Title title = current == null ? null : current.title();
        if (fields.has("title") || current == null) {
            String text = fields.string("title");
            if (!violations.has("title")) {
                title = violations.read("title", () -> Title.of(text));
            }
        }
        String description = current == null ? null : current.description();
        if (fields.has("description")) {
            String text = fields.string("description");
            description = violations.read("description", () -> Description.normalize(text));
        }
        Priority priority = current == null ? Priority.NONE : current.priority();
        if (fields.has("priority")) {
            String code = fields.string("priority");
            priority = code == null ? Priority.NONE : violations.read("priority", () -> Priority.ofCode(code));
        }
        Due due = readDue(fields, violations, current == null ? null : current.due());
        Instant remindAt = current == null ? null : current.remindAt();
        if (fields.has("remindAt")) {
            String text = fields.string("remindAt");
            remindAt = text == null ? null : violations.read("remindAt", () -> ApiTime.parseInstant(text, zone));
        }
        Recurrence recurrence = readRecurrence(fields, violations, current == null ? null : current.recurrence());
        List<TagName> tags = readTags(fields, violations);
        violations.throwIfAny();
        return new TaskInput(new TaskDetails(title, description, priority, due, remindAt, recurrence), tags);
    }

    private static Due readDue(JsonFields fields, Violations violations, Due current) {
        LocalDate date = current == null ? null : current.date();
        LocalTime time = current == null ? null : current.time();
        if (fields.has("dueDate")) {
            String text = fields.string("dueDate");
            date = text == null ? null : violations.read("dueDate", () -> ApiTime.parseDate(text));
            if (text == null && !fields.has("dueTime")) {
                time = null; // clearing the date clears its time of day
            }
        }
        if (fields.has("dueTime")) {
            String text = fields.string("dueTime");
            time = text == null ? null : violations.read("dueTime", () -> ApiTime.parseTime(text));
        }
        if (date == null) {
            if (time != null && !violations.has("dueDate")) {
                violations.add("dueTime", "needs a dueDate");
            }
            return null;
        }
        return new Due(date, time);
    }

    private static Recurrence readRecurrence(JsonFields fields, Violations violations, Recurrence current) {
        String rule = current == null ? null : current.rule();
        boolean fromCompletion = current != null && current.fromCompletion();
        if (fields.has("recurrence")) {
            rule = fields.string("recurrence");
        }
        if (fields.has("repeatFromCompletion")) {
            Boolean flag = fields.bool("repeatFromCompletion");
            fromCompletion = flag != null && flag;
        }
        if (rule == null || violations.has("recurrence")) {
            return null;
        }
        String text = rule;
        boolean flag = fromCompletion;
        return violations.read("recurrence", () -> Recurrence.parse(text, flag));
    }

    private static List<TagName> readTags(JsonFields fields, Violations violations) {
        if (!fields.has("tags")) {
            return null;
        }
        List<String> names = fields.strings("tags", MAX_TAGS);
        if (names == null) {
            return violations.has("tags") ? null : List.of();
        }
        Set<TagName> tags = new LinkedHashSet<>();
        for (String name : names) {
            TagName tag = violations.read("tags", () -> TagName.of(name));
            if (tag != null) {
                tags.add(tag);
            }
        }
        return List.copyOf(tags);
    }
}
