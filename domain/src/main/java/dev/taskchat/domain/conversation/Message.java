package dev.taskchat.domain.conversation;

import java.time.Instant;
import java.util.List;

/**
 * One stored message, numbered within its conversation.
 *
 * @param clientMessageId the id the client sent with a user message (for resends), else null
 * @param taskIds the tasks the message is about, in the order it shows them
 */
public record Message(
        long conversationId,
        long seq,
        Role role,
        MessageKind kind,
        String text,
        String clientMessageId,
        Instant createdAt,
        List<Long> taskIds) {

    public static final int MAX_TEXT_LENGTH = 2_000;
    public static final int MAX_CLIENT_ID_LENGTH = 100;

    public Message {
        taskIds = taskIds == null ? List.of() : List.copyOf(taskIds);
    }
}
