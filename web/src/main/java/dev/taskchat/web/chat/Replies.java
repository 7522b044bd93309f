package dev.taskchat.web.chat;

import dev.taskchat.domain.assistant.Describe;
import dev.taskchat.domain.error.ValidationException;
import dev.taskchat.domain.error.Violation;
import dev.taskchat.domain.task.Task;
import dev.taskchat.domain.task.TaskRepository;
import dev.taskchat.web.account.Caller;
import dev.taskchat.web.task.TaskView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;

/** The assistant's wording. Task descriptions come from the domain's {@link Describe}. */
@ApplicationScoped
public class Replies {
    @Inject
    TaskRepository tasks;

    @Inject
    Clock clock;

    /** "*Pay rent* — due Tue 1 Dec 09:00, repeats monthly on day 1, #home, urgent". */
    String task(Task task, Caller caller) {
        return Describe.task(task, caller.zone(), clock);
    }

    /** The same for a task just written, by its projection (the task itself is in this transaction). */
    String task(TaskView view, Caller caller) {
        return tasks.find(caller.userId(), view.id())
                .map(task -> task(task, caller))
                .orElse(title(view));
    }

    String title(TaskView view) {
        return "*" + view.title() + "*";
    }

    String title(Task task) {
        return "*" + task.title() + "*";
    }

    String list(String description, List<String> lines) {
        if (lines.isEmpty()) {
            return "Nothing " + description + ".";
        }
        StringBuilder text = new StringBuilder(capitalized(description) + " (" + lines.size() + "):");
        for (int i = 0; i < lines.size(); i++) {
            text.append('\n').append(i + 1).append(". ").append(lines.get(i));
        }
        return text.toString();
    }

    String invalid(ValidationException e) {
        return "I couldn't do that: "
                + e.violations().stream().map(Replies::sentence).collect(Collectors.joining("; ")) + ".";
    }

    String help() {
        return Describe.help();
    }

    String unrecognized(String text) {
        return "I didn't understand “" + text + "”.\n" + Describe.help();
    }

    private static String sentence(Violation violation) {
        String field =
                switch (violation.field()) {
                    case "remindAt" -> "the reminder";
                    case "recurrence" -> "the repetition";
                    case "dueTime", "dueDate" -> "the due date";
                    case "title" -> "the title";
                    default -> violation.field();
                };
        return field + " " + violation.message();
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
