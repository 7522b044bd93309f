package dev.taskchat.domain.conversation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where conversations and their messages are kept, scoped to their owner. */
public interface ConversationRepository {
    int MAX_PAGE = 500;

    Conversation create(long ownerId, String title, Instant now);

    Optional<Conversation> find(long ownerId, long conversationId);

    /**
     * The conversation, locked until the transaction ends: messages of one conversation are appended
     * one exchange at a time, so a resent message finds the first one's reply instead of racing it.
     */
    Optional<Conversation> lock(long ownerId, long conversationId);

    /** The owner's conversations, most recently active first. */
    List<Conversation> list(long ownerId);

    Optional<Conversation> mostRecent(long ownerId);

    /** Appends a message with the next sequence number. */
    Message append(long conversationId, NewMessage message, Instant now);

    /** The user message sent with this client id and the reply stored right after it. */
    Optional<Exchange> findExchange(long conversationId, String clientMessageId);

    /** Messages with a sequence number above {@code afterSeq}, oldest first. */
    List<Message> after(long conversationId, long afterSeq, int limit);

    /** What "it" and "2" will refer to from now on; a null list keeps the current one. */
    void remember(long conversationId, Long lastTaskId, List<Long> lastList);
}
