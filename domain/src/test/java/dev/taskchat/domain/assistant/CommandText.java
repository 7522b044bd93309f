package dev.taskchat.domain.assistant;

import dev.taskchat.domain.tag.TagName;
import dev.taskchat.domain.task.Due;
import dev.taskchat.domain.task.Priority;
import dev.taskchat.domain.task.Recurrence;
import dev.taskchat.domain.task.TaskFilter;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a command as one line that names every field, so a table of cases can say exactly what a
 * phrase must give:
 *
 * <pre>
 * add "Pay rent" due=2026-12-01T09:00 p=urgent #home rrule=FREQ=MONTHLY;BYMONTHDAY=1 remind=due
 * update "dentist" title="New name" due=2026-11-27 +#health rrule=… every! remind=-PT30M
 * list open p=urgent #work from=2026-11-22 to=2026-11-29 text="tax" overdue (description)
 * complete #2 | reopen it | delete "dentist" | undo | help | unrecognized
 * </pre>
 */
final class CommandText {
    private static final Pattern RRULE = Pattern.compile("rrule=(\\S+)");

    private CommandText() {}

    static String of(Command command) {
        if (command instanceof AddTask add) {
            TaskDraft d = add.draft();
            Priority priority = d.priority() == Priority.NONE ? null : d.priority();
            return "add " + quoted(d.title().value()) + due(d.due()) + priority(priority) + tags("#", d.tags())
                    + recurrence(d.recurrence()) + reminder(d.reminder());
        }
        if (command instanceof UpdateTask update) {
            TaskChange c = update.change();
            return "update " + ref(update.ref())
                    + (c.title() == null ? "" : " title=" + quoted(c.title().value()))
                    + due(c.due()) + priority(c.priority()) + tags("+#", c.addTags()) + recurrence(c.recurrence())
                    + reminder(c.reminder());
        }
        if (command instanceof ListTasks list) {
            return list(list);
        }
        if (command instanceof CompleteTask complete) {
            return "complete " + ref(complete.ref());
        }
        if (command instanceof ReopenTask reopen) {
            return "reopen " + ref(reopen.ref());
        }
        if (command instanceof DeleteTask delete) {
            return "delete " + ref(delete.ref());
        }
        if (command instanceof Undo) {
            return "undo";
        }
        if (command instanceof Help) {
            return "help";
        }
        return "unrecognized";
    }

    /** An expected line with its RRULEs in lib-recur's normal form, as {@link Recurrence#rule()} gives them. */
    static String normalized(String expected) {
        Matcher m = RRULE.matcher(expected);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(
                    out,
                    Matcher.quoteReplacement(
                            "rrule=" + Recurrence.parse(m.group(1), false).rule()));
        }
        return m.appendTail(out).toString();
    }

    private static String list(ListTasks list) {
        TaskFilter f = list.filter();
        StringBuilder out = new StringBuilder("list ").append(f.status().code());
        out.append(priority(f.priority()));
        if (f.tag() != null) {
            out.append(" #").append(f.tag().value());
        }
        if (f.dueFrom() != null) {
            out.append(" from=").append(f.dueFrom());
        }
        if (f.dueTo() != null) {
            out.append(" to=").append(f.dueTo());
        }
        if (f.text() != null) {
            out.append(" text=").append(quoted(f.text()));
        }
        if (list.overdueOnly()) {
            out.append(" overdue");
        }
        return out.append(" (").append(list.description()).append(")").toString();
    }

    private static String ref(TaskRef ref) {
        if (ref instanceof TaskRef.ListPosition position) {
            return "#" + position.number();
        }
        if (ref instanceof TaskRef.Titled titled) {
            return quoted(titled.words());
        }
        if (ref instanceof TaskRef.Id id) {
            return "id:" + id.id();
        }
        return "it";
    }

    private static String quoted(String text) {
        return "\"" + text + "\"";
    }

    private static String due(Due due) {
        return due == null ? "" : " due=" + due.date() + (due.isAllDay() ? "" : "T" + due.time());
    }

    /** Null is "not given"; {@link Priority#NONE} is shown (an update can clear a priority). */
    private static String priority(Priority priority) {
        return priority == null ? "" : " p=" + priority.code();
    }

    private static String tags(String prefix, Set<TagName> tags) {
        StringBuilder out = new StringBuilder();
        if (tags != null) {
            tags.forEach(tag -> out.append(' ').append(prefix).append(tag.value()));
        }
        return out.toString();
    }

    private static String recurrence(Recurrence recurrence) {
        if (recurrence == null) {
            return "";
        }
        return " rrule=" + recurrence.rule() + (recurrence.fromCompletion() ? " every!" : "");
    }

    private static String reminder(Reminder reminder) {
        if (reminder == null) {
            return "";
        }
        if (reminder instanceof Reminder.Before before) {
            return " remind=-" + before.before();
        }
        if (reminder instanceof Reminder.At at) {
            return " remind=" + at.at();
        }
        return " remind=due";
    }
}
