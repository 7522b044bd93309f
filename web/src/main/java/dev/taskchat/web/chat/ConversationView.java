package dev.taskchat.web.chat;

import dev.taskchat.domain.conversation.Conversation;
import dev.taskchat.web.time.ApiTime;
import java.time.ZoneId;

/** A conversation as clients see it. */
public record ConversationView(long id, String title, String createdAt, long lastSeq) {
    static ConversationView of(Conversation conversation, ZoneId zone) {
        return new ConversationView(
                conversation.id(),
                conversation.title(),
                ApiTime.format(conversation.createdAt(), zone),
                conversation.lastSeq());
    }
}
