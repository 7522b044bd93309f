package dev.taskchat.web.chat;

import dev.taskchat.domain.assistant.TaskRef;
import dev.taskchat.domain.conversation.Conversation;
import dev.taskchat.domain.task.Task;
import dev.taskchat.domain.task.TaskFilter;
import dev.taskchat.domain.task.TaskRepository;
import dev.taskchat.domain.task.TaskSort;
import dev.taskchat.domain.task.TaskStatus;
import dev.taskchat.web.account.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds the task a message means: "id:42" (what task cards send), "it" (the task the conversation
 * last touched), "2" (the second of the last list), or words of its title. Several matches are never guessed between: the answer is a
 * numbered question, and its list becomes what "1", "2" … mean.
 */
@ApplicationScoped
public class References {
    static final int MAX_CANDIDATES = 10;

    /** Which tasks a reference may mean. */
    enum Scope {
        OPEN(TaskStatus.OPEN),
        COMPLETED(TaskStatus.COMPLETED),
        ALL(TaskStatus.ALL);

        private final TaskStatus status;

        Scope(TaskStatus status) {
            this.status = status;
        }
    }

    /** Either the one task meant, or a question back. */
    record Resolved(Task task, Question question) {
        <T> T map(Function<Task, T> onTask, Function<Question, T> onQuestion) {
            return task != null ? onTask.apply(task) : onQuestion.apply(question);
        }
    }

    /** What to ask, and the tasks listed in the question (numbered from 1), possibly none. */
    record Question(String text, List<Long> candidates) {}

    @Inject
    TaskRepository tasks;

    @Inject
    Replies replies;

    Resolved resolve(Caller caller, Conversation conversation, TaskRef ref, Scope scope, String verb) {
        if (ref instanceof TaskRef.ListPosition position) {
            return conversation
                    .listed(position.number())
                    .flatMap(id -> tasks.find(caller.userId(), id))
                    .map(task -> new Resolved(task, null))
                    .orElseGet(() -> question(
                            conversation.lastList().isEmpty()
                                    ? "There is no list to pick number " + position.number()
                                            + " from yet. Ask me for one, e.g. “what's due this week?”"
                                    : "The last list has no task number " + position.number() + " (any more)."));
        }
        if (ref instanceof TaskRef.Id id) {
            return tasks.find(caller.userId(), id.id())
                    .map(task -> new Resolved(task, null))
                    .orElseGet(() -> question("There is no task id:" + id.id() + " (any more)."));
        }
        if (ref instanceof TaskRef.LastTouched) {
            return conversation
                    .lastTask()
                    .flatMap(id -> tasks.find(caller.userId(), id))
                    .map(task -> new Resolved(task, null))
                    .orElseGet(() -> question("I'm not sure which task you mean. Name it (“" + verb
                            + " dentist”) or use its number from a list."));
        }
        return byTitle(caller, ((TaskRef.Titled) ref).words(), scope, verb);
    }

    private Resolved byTitle(Caller caller, String words, Scope scope, String verb) {
        TaskFilter filter = new TaskFilter(scope.status, null, null, null, null, words);
        List<Task> found = tasks.list(caller.userId(), filter, TaskSort.DUE, null, MAX_CANDIDATES)
                .items();
        if (found.isEmpty()) {
            String which =
                    scope == Scope.OPEN ? "an open task" : scope == Scope.COMPLETED ? "a completed task" : "a task";
            return question("I can't find " + which + " matching “" + words + "”.");
        }
        if (found.size() == 1) {
            return new Resolved(found.get(0), null);
        }
        Optional<Task> exact = exactly(found, words);
        if (exact.isPresent()) {
            return new Resolved(exact.get(), null);
        }
        List<Long> ids = found.stream().map(Task::id).toList();
        StringBuilder text = new StringBuilder("Several tasks match “" + words + "”. Which one should I " + verb + "?");
        for (int i = 0; i < found.size(); i++) {
            text.append('\n').append(i + 1).append(". ").append(replies.task(found.get(i), caller));
        }
        text.append("\nSay “").append(verb).append(" 2”, for example.");
        return new Resolved(null, new Question(text.toString(), ids));
    }

    /** One task whose whole title is the words is what was meant, even when others contain them. */
    private static Optional<Task> exactly(List<Task> found, String words) {
        String wanted = words.strip().toLowerCase(Locale.ROOT);
        List<Task> exact = found.stream()
                .filter(task -> task.title().toLowerCase(Locale.ROOT).equals(wanted))
                .toList();
        return exact.size() == 1 ? Optional.of(exact.get(0)) : Optional.empty();
    }

    private static Resolved question(String text) {
        return new Resolved(null, new Question(text, List.of()));
    }
}
