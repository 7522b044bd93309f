package dev.taskchat.domain.conversation;

import java.time.Instant;
import java.util.List;

/**
 * A change the assistant made in a conversation, with the steps that take it back.
 *
 * @param summary what was done, in words ("added *Pay rent*"), for the undo reply
 */
public record AssistantChange(
        long id, long conversationId, long messageSeq, String summary, List<UndoStep> steps, Instant createdAt) {
    public AssistantChange {
        steps = List.copyOf(steps);
    }
}
