package dev.taskchat.web.chat;

import dev.taskchat.web.account.UserView;
import dev.taskchat.web.task.TaskView;
import java.util.List;

/** The frames the server sends; each record's {@code type} is its name in docs/CHAT.md. */
sealed interface OutgoingFrame {
    String type();

    record Ready(String type, UserView user) implements OutgoingFrame {
        Ready(UserView user) {
            this("ready", user);
        }
    }

    record Reply(String type, long conversationId, String clientMessageId, MessageView message, MessageView reply)
            implements OutgoingFrame {
        Reply(long conversationId, String clientMessageId, ExchangeView exchange) {
            this("reply", conversationId, clientMessageId, exchange.message(), exchange.reply());
        }
    }

    record Pushed(String type, long conversationId, MessageView message) implements OutgoingFrame {
        Pushed(long conversationId, MessageView message) {
            this("message", conversationId, message);
        }
    }

    record TaskUpdate(String type, String change, long taskId, TaskView task) implements OutgoingFrame {
        TaskUpdate(String change, long taskId, TaskView task) {
            this("task", change, taskId, task);
        }
    }

    record History(String type, long conversationId, List<MessageView> messages) implements OutgoingFrame {
        History(long conversationId, List<MessageView> messages) {
            this("history", conversationId, messages);
        }
    }

    record Pong(String type) implements OutgoingFrame {
        Pong() {
            this("pong");
        }
    }

    record Error(String type, String code, String message, String clientMessageId) implements OutgoingFrame {
        Error(String code, String message, String clientMessageId) {
            this("error", code, message, clientMessageId);
        }
    }
}
