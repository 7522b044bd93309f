package dev.taskchat.web.chat;

/**
 * A CDI event: messages were stored in a conversation (an exchange, or a reminder). Observed after
 * the transaction commits, to push them to the user's other open sockets.
 *
 * @param originSession the socket the exchange came from (it gets a reply frame instead), or null
 */
public record MessageStored(
        long userId, long conversationId, java.util.List<MessageView> messages, String originSession) {}
