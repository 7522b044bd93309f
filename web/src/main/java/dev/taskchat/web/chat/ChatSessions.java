package dev.taskchat.web.chat;

import dev.taskchat.web.task.TaskChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.websocket.Session;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The open chat sockets of every user, and the pushes to them: every committed change to a user's
 * tasks and every message stored for them reaches all their tabs. Sends are asynchronous, so a slow
 * socket never holds up the request that caused the push.
 */
@ApplicationScoped
public class ChatSessions {
    private static final Logger LOG = Logger.getLogger(ChatSessions.class.getName());

    private final Map<Long, Set<Session>> byUser = new ConcurrentHashMap<>();

    void add(long userId, Session session) {
        byUser.computeIfAbsent(userId, id -> ConcurrentHashMap.newKeySet()).add(session);
    }

    void remove(long userId, Session session) {
        byUser.computeIfPresent(userId, (id, sessions) -> {
            sessions.remove(session);
            return sessions.isEmpty() ? null : sessions;
        });
    }

    void onTaskChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) TaskChanged changed) {
        push(
                changed.userId(),
                null,
                new OutgoingFrame.TaskUpdate(
                        changed.change().name().toLowerCase(Locale.ROOT), changed.taskId(), changed.task()));
    }

    void onMessagesStored(@Observes(during = TransactionPhase.AFTER_SUCCESS) MessageStored stored) {
        for (MessageView message : stored.messages()) {
            push(stored.userId(), stored.originSession(), new OutgoingFrame.Pushed(stored.conversationId(), message));
        }
    }

    private void push(long userId, String exceptSession, OutgoingFrame frame) {
        for (Session session : byUser.getOrDefault(userId, Set.of())) {
            if (session.isOpen() && !session.getId().equals(exceptSession)) {
                send(session, frame);
            }
        }
    }

    static void send(Session session, OutgoingFrame frame) {
        try {
            session.getAsyncRemote().sendObject(frame, result -> {
                if (!result.isOK()) {
                    LOG.log(Level.FINE, "a push to a closing socket failed", result.getException());
                }
            });
        } catch (RuntimeException e) {
            // the socket closed between isOpen() and the send: nothing to deliver to
            LOG.log(Level.FINE, "a push to a closed socket failed", e);
        }
    }
}
