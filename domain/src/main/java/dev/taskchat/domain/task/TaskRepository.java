package dev.taskchat.domain.task;

import java.time.Instant;
import java.util.Optional;

/** Where tasks are kept. Every lookup is scoped to an owner: another user's task is never found. */
public interface TaskRepository {
    int MAX_PAGE_SIZE = 200;

    void add(Task task);

    Optional<Task> find(long ownerId, long taskId);

    /** The owner's tasks among these ids, in the order of the ids; ids of other users or gone tasks are skipped. */
    java.util.List<Task> findAll(long ownerId, java.util.List<Long> taskIds);

    /**
     * Open tasks whose reminder is due at {@code now} and not delivered yet, locked for this transaction
     * and skipped by every other one (so two instances never deliver the same reminder).
     */
    java.util.List<Task> claimDueReminders(Instant now, int limit);

    /** Writes a changed task now, so that its new version is known before the transaction ends. */
    void update(Task task);

    void remove(Task task);

    /**
     * A page of the owner's tasks.
     *
     * @param cursor null for the first page, else a {@link TaskPage#nextCursor()} of the same query
     * @param limit 1 to {@link #MAX_PAGE_SIZE}
     * @throws dev.taskchat.domain.error.InvalidValueException if the cursor is not one this query issued
     */
    TaskPage list(long ownerId, TaskFilter filter, TaskSort sort, String cursor, int limit);
}
