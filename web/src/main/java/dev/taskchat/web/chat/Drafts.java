package dev.taskchat.web.chat;

import dev.taskchat.domain.assistant.Reminder;
import dev.taskchat.domain.assistant.TaskChange;
import dev.taskchat.domain.assistant.TaskDraft;
import dev.taskchat.domain.tag.TagName;
import dev.taskchat.domain.task.Due;
import dev.taskchat.domain.task.Task;
import dev.taskchat.domain.task.TaskDetails;
import dev.taskchat.domain.task.Title;
import dev.taskchat.web.task.TaskInput;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Turns what the grammar understood into the task details the services take. */
final class Drafts {
    /** An all-day task's reminder "at the due time" rings at this local time on its day. */
    static final LocalTime ALL_DAY_REMINDER = LocalTime.of(9, 0);

    private Drafts() {}

    static TaskDetails details(TaskDraft draft, ZoneId zone) {
        return new TaskDetails(
                capitalized(draft.title()),
                null,
                draft.priority(),
                draft.due(),
                remindAt(draft.reminder(), draft.due(), zone),
                draft.recurrence());
    }

    /** The task's details and tags with the change applied; what the change leaves out stays as it is. */
    static TaskInput change(Task task, TaskChange change, ZoneId zone) {
        TaskDetails details = task.details();
        if (change.title() != null) {
            details = details.withTitle(change.title());
        }
        if (change.priority() != null) {
            details = details.withPriority(change.priority());
        }
        if (change.due() != null) {
            details = details.withDue(change.due());
        }
        if (change.recurrence() != null) {
            details = details.withRecurrence(change.recurrence());
        }
        if (change.reminder() != null) {
            details = details.withRemindAt(remindAt(change.reminder(), details.due(), zone));
        }
        List<TagName> tags = null;
        if (change.addTags() != null) {
            Set<TagName> merged = new LinkedHashSet<>();
            task.tagNames().forEach(name -> merged.add(TagName.of(name)));
            merged.addAll(change.addTags());
            tags = List.copyOf(merged);
        }
        return new TaskInput(details, tags);
    }

    /**
     * "pay rent" is added as "Pay rent"; a first word with capitals of its own ("iPhone", "eBay") is
     * left as typed.
     */
    static Title capitalized(Title title) {
        String text = title.value();
        int end = text.indexOf(' ') < 0 ? text.length() : text.indexOf(' ');
        String first = text.substring(0, end);
        if (first.isEmpty() || !first.equals(first.toLowerCase(Locale.ROOT)) || !Character.isLetter(first.charAt(0))) {
            return title;
        }
        return Title.of(Character.toUpperCase(text.charAt(0)) + text.substring(1));
    }

    /** When a reminder rings; null when it needs a due date the task does not have. */
    static Instant remindAt(Reminder reminder, Due due, ZoneId zone) {
        if (reminder == null) {
            return null;
        }
        if (reminder instanceof Reminder.At at) {
            return at.at().atZone(zone).toInstant();
        }
        if (due == null) {
            return null;
        }
        LocalDateTime dueLocal = due.date().atTime(due.isAllDay() ? ALL_DAY_REMINDER : due.time());
        LocalDateTime rings = reminder instanceof Reminder.Before before ? dueLocal.minus(before.before()) : dueLocal;
        return rings.atZone(zone).toInstant();
    }
}
