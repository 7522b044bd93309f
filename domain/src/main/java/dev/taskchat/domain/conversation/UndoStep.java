package dev.taskchat.domain.conversation;

import dev.taskchat.domain.task.TaskSnapshot;

/** One thing to do to take back an assistant's change. */
public sealed interface UndoStep {
    /** The change created this task: delete it. */
    record Delete(long taskId) implements UndoStep {}

    /** The change altered this task: put it back as it was. */
    record Restore(long taskId, TaskSnapshot before) implements UndoStep {}

    /** The change deleted a task: create it again as it was. */
    record Recreate(TaskSnapshot snapshot) implements UndoStep {}
}
