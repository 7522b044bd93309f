package dev.taskchat.domain.conversation;

import java.util.List;

/** A message to append; the repository gives it the next sequence number and the time. */
public record NewMessage(Role role, MessageKind kind, String text, String clientMessageId, List<Long> taskIds) {
    public NewMessage {
        taskIds = taskIds == null ? List.of() : List.copyOf(taskIds);
    }

    public static NewMessage fromUser(String text, String clientMessageId) {
        return new NewMessage(Role.USER, MessageKind.CHAT, text, clientMessageId, List.of());
    }

    public static NewMessage reply(String text, List<Long> taskIds) {
        return new NewMessage(Role.ASSISTANT, MessageKind.CHAT, text, null, taskIds);
    }

    public static NewMessage reminder(String text, long taskId) {
        return new NewMessage(Role.ASSISTANT, MessageKind.REMINDER, text, null, List.of(taskId));
    }
}
