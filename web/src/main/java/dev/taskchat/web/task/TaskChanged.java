package dev.taskchat.web.task;

/**
 * A CDI event: one of a user's tasks was created, changed or deleted, by whatever door (REST, chat,
 * reminders). Observed after the transaction commits, to push the change to the user's open chats.
 *
 * @param task the task as it is now, or null when it was deleted
 */
public record TaskChanged(long userId, Change change, long taskId, TaskView task) {
    public enum Change {
        CREATED,
        UPDATED,
        DELETED
    }
}
