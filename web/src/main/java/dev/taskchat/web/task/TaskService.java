package dev.taskchat.web.task;

import dev.taskchat.domain.error.InvalidValueException;
import dev.taskchat.domain.error.NotFoundException;
import dev.taskchat.domain.error.ValidationException;
import dev.taskchat.domain.tag.Tag;
import dev.taskchat.domain.tag.TagName;
import dev.taskchat.domain.tag.TagRepository;
import dev.taskchat.domain.task.Task;
import dev.taskchat.domain.task.TaskDetails;
import dev.taskchat.domain.task.TaskFilter;
import dev.taskchat.domain.task.TaskPage;
import dev.taskchat.domain.task.TaskRepository;
import dev.taskchat.domain.task.TaskSnapshot;
import dev.taskchat.domain.task.TaskSort;
import dev.taskchat.web.account.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Every use case on tasks, each one transaction. The REST resource and the chat assistant both come
 * here, so a task is created, changed and completed by exactly one piece of code. Answers are
 * projections, built while the transaction is still open.
 */
@ApplicationScoped
@Transactional
public class TaskService {
    @Inject
    TaskRepository tasks;

    @Inject
    TagRepository tags;

    @Inject
    Clock clock;

    @Inject
    Event<TaskChanged> changes;

    public TaskView create(Caller caller, TaskInput input) {
        Set<Tag> taskTags = obtainTags(caller, input.tags() == null ? Set.of() : input.tags());
        Task task = Task.create(caller.userId(), input.details(), taskTags, caller.zone(), clock);
        tasks.add(task);
        return changed(caller, TaskChanged.Change.CREATED, task);
    }

    public TaskView get(Caller caller, long id) {
        return TaskView.of(find(caller, id), caller.zone());
    }

    public TaskPageView list(Caller caller, TaskFilter filter, TaskSort sort, String cursor, int limit) {
        TaskPage page;
        try {
            page = tasks.list(caller.userId(), filter, sort, cursor, limit);
        } catch (InvalidValueException e) {
            throw new ValidationException("cursor", e.getMessage());
        }
        return new TaskPageView(
                page.items().stream()
                        .map(task -> TaskView.of(task, caller.zone()))
                        .toList(),
                page.nextCursor());
    }

    /**
     * Changes a task.
     *
     * @param expectedVersion the version the client last saw (If-Match), or null to skip the check
     * @param change turns the current details into the wanted ones
     */
    public TaskView update(Caller caller, long id, Long expectedVersion, Function<TaskDetails, TaskInput> change) {
        Task task = find(caller, id);
        if (expectedVersion != null) {
            task.requireVersion(expectedVersion);
        }
        TaskInput input = change.apply(task.details());
        Set<Tag> taskTags = input.tags() == null ? task.tags() : obtainTags(caller, input.tags());
        task.edit(input.details(), taskTags, caller.zone(), clock);
        tasks.update(task);
        return changed(caller, TaskChanged.Change.UPDATED, task);
    }

    public void delete(Caller caller, long id, Long expectedVersion) {
        Task task = find(caller, id);
        if (expectedVersion != null) {
            task.requireVersion(expectedVersion);
        }
        tasks.remove(task);
        changes.fire(new TaskChanged(caller.userId(), TaskChanged.Change.DELETED, id, null));
    }

    public CompletionView complete(Caller caller, long id) {
        Task task = find(caller, id);
        TaskView next = task.complete(caller.zone(), clock)
                .map(occurrence -> {
                    tasks.add(occurrence);
                    return changed(caller, TaskChanged.Change.CREATED, occurrence);
                })
                .orElse(null);
        tasks.update(task);
        return new CompletionView(changed(caller, TaskChanged.Change.UPDATED, task), next);
    }

    public TaskView reopen(Caller caller, long id) {
        Task task = find(caller, id);
        task.reopen(clock);
        tasks.update(task);
        return changed(caller, TaskChanged.Change.UPDATED, task);
    }

    /** The task as it is now, to put back later (undo). */
    public TaskSnapshot snapshot(Caller caller, long id) {
        return find(caller, id).snapshot();
    }

    /** Puts a task back as a snapshot has it (undo of an edit, a completion or a reopen). */
    public TaskView restore(Caller caller, long id, TaskSnapshot snapshot) {
        Task task = find(caller, id);
        task.restore(snapshot, obtainTags(caller, tagNames(snapshot)), caller.zone(), clock);
        tasks.update(task);
        return changed(caller, TaskChanged.Change.UPDATED, task);
    }

    /** Creates a task again from a snapshot (undo of a delete); it gets a new id. */
    public TaskView recreate(Caller caller, TaskSnapshot snapshot) {
        Task task = Task.create(
                caller.userId(), snapshot.details(), obtainTags(caller, tagNames(snapshot)), caller.zone(), clock);
        task.restore(snapshot, task.tags(), caller.zone(), clock);
        tasks.add(task);
        return changed(caller, TaskChanged.Change.CREATED, task);
    }

    /** The caller's tasks with these ids, in that order (missing ones skipped). */
    public List<TaskView> views(Caller caller, List<Long> ids) {
        return tasks.findAll(caller.userId(), ids).stream()
                .map(task -> TaskView.of(task, caller.zone()))
                .toList();
    }

    private static List<TagName> tagNames(TaskSnapshot snapshot) {
        return snapshot.tags().stream().map(TagName::of).toList();
    }

    private TaskView changed(Caller caller, TaskChanged.Change change, Task task) {
        TaskView view = TaskView.of(task, caller.zone());
        changes.fire(new TaskChanged(caller.userId(), change, task.id(), view));
        return view;
    }

    private Task find(Caller caller, long id) {
        return tasks.find(caller.userId(), id).orElseThrow(() -> new NotFoundException("task", id));
    }

    private Set<Tag> obtainTags(Caller caller, Collection<TagName> names) {
        Set<Tag> result = new LinkedHashSet<>();
        for (TagName name : names) {
            result.add(tags.obtain(caller.userId(), name, clock.instant()));
        }
        return result;
    }
}
