package dev.taskchat.web.chat;

import dev.taskchat.domain.conversation.UndoStep;
import java.util.List;

/**
 * What running one message did: the reply text, the tasks it is about (its cards), what "it" and
 * "2" refer to afterwards, and the change to record for undo.
 *
 * @param lastTaskId the task "it" means from now on, or null to keep the current one
 * @param lastList the tasks "1", "2" … mean from now on, or null to keep the current list
 * @param undo the change the assistant made, or null when it changed nothing
 */
record Outcome(String text, List<Long> taskIds, Long lastTaskId, List<Long> lastList, Undoable undo) {
    Outcome {
        taskIds = List.copyOf(taskIds);
    }

    static Outcome say(String text) {
        return new Outcome(text, List.of(), null, null, null);
    }

    /** A change and how to take it back. */
    record Undoable(String summary, List<UndoStep> steps) {}
}
