package dev.taskchat.web.chat;

import dev.taskchat.domain.assistant.AddTask;
import dev.taskchat.domain.assistant.Command;
import dev.taskchat.domain.assistant.CommandParser;
import dev.taskchat.domain.assistant.CompleteTask;
import dev.taskchat.domain.assistant.DeleteTask;
import dev.taskchat.domain.assistant.Help;
import dev.taskchat.domain.assistant.ListTasks;
import dev.taskchat.domain.assistant.ReopenTask;
import dev.taskchat.domain.assistant.Undo;
import dev.taskchat.domain.assistant.Unrecognized;
import dev.taskchat.domain.assistant.UpdateTask;
import dev.taskchat.domain.conversation.AssistantChange;
import dev.taskchat.domain.conversation.AssistantChangeRepository;
import dev.taskchat.domain.conversation.Conversation;
import dev.taskchat.domain.conversation.UndoStep;
import dev.taskchat.domain.error.NotFoundException;
import dev.taskchat.domain.error.ValidationException;
import dev.taskchat.domain.task.Task;
import dev.taskchat.domain.task.TaskDetails;
import dev.taskchat.domain.task.TaskPage;
import dev.taskchat.domain.task.TaskRepository;
import dev.taskchat.domain.task.TaskSnapshot;
import dev.taskchat.domain.task.TaskSort;
import dev.taskchat.web.account.Caller;
import dev.taskchat.web.task.CompletionView;
import dev.taskchat.web.task.TaskInput;
import dev.taskchat.web.task.TaskService;
import dev.taskchat.web.task.TaskView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs one chat message: the grammar turns it into a command, and the command runs through {@link
 * TaskService}, the same code the REST API uses. Called inside the chat's transaction; it never
 * lets a broken rule escape, because the exchange must be stored either way: rules are checked
 * before anything is written, and the reply says what was wrong.
 */
@ApplicationScoped
public class Assistant {
    static final int LIST_LIMIT = 20;

    @Inject
    TaskService tasks;

    @Inject
    TaskRepository taskRepository;

    @Inject
    AssistantChangeRepository changes;

    @Inject
    References references;

    @Inject
    Replies replies;

    @Inject
    Clock clock;

    Outcome answer(Caller caller, Conversation conversation, String text) {
        Command command = new CommandParser(clock).parse(text, caller.zone());
        try {
            return run(caller, conversation, command);
        } catch (ValidationException e) {
            return Outcome.say(replies.invalid(e));
        }
    }

    private Outcome run(Caller caller, Conversation conversation, Command command) {
        if (command instanceof AddTask add) {
            return add(caller, add);
        }
        if (command instanceof ListTasks list) {
            return list(caller, list);
        }
        if (command instanceof CompleteTask complete) {
            return references
                    .resolve(caller, conversation, complete.ref(), References.Scope.OPEN, "complete")
                    .map(task -> complete(caller, task), this::ask);
        }
        if (command instanceof ReopenTask reopen) {
            return references
                    .resolve(caller, conversation, reopen.ref(), References.Scope.COMPLETED, "reopen")
                    .map(task -> reopen(caller, task), this::ask);
        }
        if (command instanceof UpdateTask update) {
            return references
                    .resolve(caller, conversation, update.ref(), References.Scope.OPEN, "change")
                    .map(task -> update(caller, task, update), this::ask);
        }
        if (command instanceof DeleteTask delete) {
            return references
                    .resolve(caller, conversation, delete.ref(), References.Scope.ALL, "delete")
                    .map(task -> delete(caller, task), this::ask);
        }
        if (command instanceof Undo) {
            return undo(caller, conversation);
        }
        if (command instanceof Help) {
            return Outcome.say(replies.help());
        }
        return Outcome.say(replies.unrecognized(((Unrecognized) command).text()));
    }

    private Outcome add(Caller caller, AddTask add) {
        TaskDetails details = Drafts.details(add.draft(), caller.zone());
        Task.validate(details, caller.zone());
        TaskView task = tasks.create(
                caller, new TaskInput(details, List.copyOf(add.draft().tags())));
        return new Outcome(
                "Added " + replies.task(task, caller),
                List.of(task.id()),
                task.id(),
                null,
                new Outcome.Undoable("added " + replies.title(task), List.of(new UndoStep.Delete(task.id()))));
    }

    private Outcome list(Caller caller, ListTasks list) {
        TaskPage page = taskRepository.list(caller.userId(), list.filter(), TaskSort.DUE, null, LIST_LIMIT * 5);
        List<Task> shown = page.items().stream()
                .filter(task -> !list.overdueOnly() || task.isOverdue(clock))
                .limit(LIST_LIMIT)
                .toList();
        List<Long> ids = shown.stream().map(Task::id).toList();
        List<String> lines =
                shown.stream().map(task -> replies.task(task, caller)).toList();
        return new Outcome(replies.list(list.description(), lines), ids, null, ids, null);
    }

    private Outcome complete(Caller caller, Task task) {
        if (task.isCompleted()) {
            return new Outcome(replies.title(task) + " is already done.", List.of(task.id()), task.id(), null, null);
        }
        TaskSnapshot before = task.snapshot();
        CompletionView done = tasks.complete(caller, task.id());
        List<UndoStep> steps = new ArrayList<>(List.of(new UndoStep.Restore(task.id(), before)));
        List<Long> cards = new ArrayList<>(List.of(task.id()));
        String text = "Done: " + replies.title(done.task()) + ".";
        if (done.next() != null) {
            steps.add(new UndoStep.Delete(done.next().id()));
            cards.add(done.next().id());
            text += " Next: " + replies.task(done.next(), caller);
        }
        return new Outcome(
                text, cards, task.id(), null, new Outcome.Undoable("completed " + replies.title(done.task()), steps));
    }

    private Outcome reopen(Caller caller, Task task) {
        if (!task.isCompleted()) {
            return new Outcome(
                    replies.title(task) + " is not done, nothing to reopen.",
                    List.of(task.id()),
                    task.id(),
                    null,
                    null);
        }
        TaskSnapshot before = task.snapshot();
        TaskView reopened = tasks.reopen(caller, task.id());
        return new Outcome(
                "Reopened " + replies.task(reopened, caller),
                List.of(task.id()),
                task.id(),
                null,
                new Outcome.Undoable(
                        "reopened " + replies.title(reopened), List.of(new UndoStep.Restore(task.id(), before))));
    }

    private Outcome update(Caller caller, Task task, UpdateTask update) {
        TaskSnapshot before = task.snapshot();
        TaskInput input = Drafts.change(task, update.change(), caller.zone());
        Task.validate(input.details(), caller.zone());
        TaskView changed = tasks.update(caller, task.id(), null, current -> input);
        return new Outcome(
                "Changed " + replies.task(changed, caller),
                List.of(task.id()),
                task.id(),
                null,
                new Outcome.Undoable(
                        "changed " + replies.title(changed), List.of(new UndoStep.Restore(task.id(), before))));
    }

    private Outcome delete(Caller caller, Task task) {
        TaskSnapshot before = task.snapshot();
        String title = replies.title(task);
        tasks.delete(caller, task.id(), null);
        return new Outcome(
                "Deleted " + title + ". Say “undo” to bring it back.",
                List.of(),
                null,
                null,
                new Outcome.Undoable("deleted " + title, List.of(new UndoStep.Recreate(before))));
    }

    private Outcome undo(Caller caller, Conversation conversation) {
        Optional<AssistantChange> latest = changes.latestNotUndone(conversation.id());
        if (latest.isEmpty()) {
            return Outcome.say("There is nothing left to undo in this conversation.");
        }
        AssistantChange change = latest.get();
        List<Long> cards = new ArrayList<>();
        for (UndoStep step : change.steps()) {
            undoStep(caller, step).ifPresent(cards::add);
        }
        changes.markUndone(change.id(), clock.instant());
        return new Outcome(
                "Undone: " + change.summary() + ".", cards, cards.isEmpty() ? null : cards.get(0), null, null);
    }

    /** Takes back one step; a task that is gone meanwhile (deleted elsewhere) is skipped. Returns the task to show. */
    private Optional<Long> undoStep(Caller caller, UndoStep step) {
        try {
            if (step instanceof UndoStep.Delete delete) {
                tasks.delete(caller, delete.taskId(), null);
                return Optional.empty();
            }
            if (step instanceof UndoStep.Restore restore) {
                return Optional.of(tasks.restore(caller, restore.taskId(), restore.before())
                        .id());
            }
            return Optional.of(tasks.recreate(caller, ((UndoStep.Recreate) step).snapshot())
                    .id());
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    private Outcome ask(References.Question question) {
        return new Outcome(
                question.text(),
                question.candidates(),
                null,
                question.candidates().isEmpty() ? null : question.candidates(),
                null);
    }
}
