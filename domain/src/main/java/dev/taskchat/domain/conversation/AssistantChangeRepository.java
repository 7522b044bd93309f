package dev.taskchat.domain.conversation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The log of the assistant's changes per conversation, newest last. */
public interface AssistantChangeRepository {
    void record(long conversationId, long messageSeq, String summary, List<UndoStep> steps, Instant now);

    /** The newest change of the conversation that is not undone yet. */
    Optional<AssistantChange> latestNotUndone(long conversationId);

    void markUndone(long changeId, Instant now);
}
