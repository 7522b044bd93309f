package dev.taskchat.web.chat;

import dev.taskchat.domain.conversation.Message;
import dev.taskchat.web.task.TaskView;
import dev.taskchat.web.time.ApiTime;
import java.time.ZoneId;
import java.util.List;

/** A message as clients see it, with the cards of the tasks it is about as they are now. */
public record MessageView(
        long seq,
        String role,
        String kind,
        String text,
        String clientMessageId,
        String createdAt,
        List<TaskView> tasks) {

    static MessageView of(Message message, List<TaskView> tasks, ZoneId zone) {
        return new MessageView(
                message.seq(),
                message.role().code(),
                message.kind().code(),
                message.text(),
                message.clientMessageId(),
                ApiTime.format(message.createdAt(), zone),
                tasks);
    }
}
