package dev.taskchat.web.chat;

import dev.taskchat.domain.error.NotFoundException;
import dev.taskchat.domain.error.UnauthenticatedException;
import dev.taskchat.domain.error.ValidationException;
import dev.taskchat.web.account.AccountService;
import dev.taskchat.web.account.Caller;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code /ws/chat}: the protocol of docs/CHAT.md. The first frame must authenticate with a token;
 * every other frame is handed to {@link ChatService}. A bad frame is answered with an error frame —
 * the connection stays open — except a missing authentication, which closes it.
 */
@ServerEndpoint(
        value = "/ws/chat",
        decoders = FrameDecoder.class,
        encoders = FrameEncoder.class,
        configurator = OriginCheck.class)
public class ChatEndpoint {
    static final CloseReason.CloseCode UNAUTHENTICATED = CloseReason.CloseCodes.getCloseCode(4401);
    private static final Logger LOG = Logger.getLogger(ChatEndpoint.class.getName());
    private static final String CALLER = "taskchat.caller";
    private static final String TOKEN = "taskchat.token";
    private static final String GUARD = "taskchat.flood-guard";

    @Inject
    ChatSessions sessions;

    @Inject
    ChatService chat;

    @Inject
    AccountService accounts;

    @Inject
    Clock clock;

    @OnOpen
    public void open(Session session) {
        session.setMaxTextMessageBufferSize(64 * 1024);
        session.setMaxIdleTimeout(Duration.ofMinutes(5).toMillis());
        session.getUserProperties().put(GUARD, new FloodGuard(clock));
    }

    @OnMessage
    public void message(Session session, IncomingFrame frame) {
        if (!((FloodGuard) session.getUserProperties().get(GUARD)).allow()) {
            reply(
                    session,
                    new OutgoingFrame.Error("slow-down", "too many frames; wait a few seconds", clientId(frame)));
            return;
        }
        if (frame instanceof IncomingFrame.Invalid invalid) {
            reply(session, new OutgoingFrame.Error(invalid.code(), invalid.message(), invalid.clientMessageId()));
            return;
        }
        if (frame instanceof IncomingFrame.Auth auth) {
            authenticate(session, auth.token());
            return;
        }
        if (frame instanceof IncomingFrame.Ping) {
            reply(session, new OutgoingFrame.Pong());
            return;
        }
        Caller caller = caller(session);
        if (caller == null) {
            return;
        }
        try {
            if (frame instanceof IncomingFrame.Say say) {
                ExchangeView exchange =
                        chat.say(caller, say.conversationId(), say.text(), say.clientMessageId(), session.getId());
                reply(session, new OutgoingFrame.Reply(say.conversationId(), say.clientMessageId(), exchange));
            } else if (frame instanceof IncomingFrame.Replay replay) {
                reply(
                        session,
                        new OutgoingFrame.History(
                                replay.conversationId(),
                                chat.history(caller, replay.conversationId(), replay.afterSeq(), 500)));
            }
        } catch (NotFoundException e) {
            reply(session, new OutgoingFrame.Error("not-found", e.getMessage(), clientId(frame)));
        } catch (ValidationException e) {
            reply(session, new OutgoingFrame.Error("malformed", e.getMessage(), clientId(frame)));
        } catch (RuntimeException e) {
            String incident = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "incident " + incident, e);
            reply(
                    session,
                    new OutgoingFrame.Error(
                            "internal",
                            "something went wrong on our side; quote incident " + incident,
                            clientId(frame)));
        }
    }

    private void authenticate(Session session, String token) {
        try {
            Caller caller = accounts.authenticate(token);
            Caller previous = (Caller) session.getUserProperties().put(CALLER, caller);
            if (previous != null && previous.userId() != caller.userId()) {
                sessions.remove(previous.userId(), session);
            }
            session.getUserProperties().put(TOKEN, token);
            sessions.add(caller.userId(), session);
            reply(session, new OutgoingFrame.Ready(accounts.me(caller)));
        } catch (UnauthenticatedException e) {
            refuse(session, e.getMessage());
        }
    }

    /**
     * The caller of this socket, checked again on every frame so that signing out (or the token
     * expiring) ends what an open socket may do; null after refusing.
     */
    private Caller caller(Session session) {
        String token = (String) session.getUserProperties().get(TOKEN);
        if (token == null) {
            refuse(session, "send {\"type\":\"auth\",\"token\":\"…\"} first");
            return null;
        }
        try {
            return accounts.authenticate(token);
        } catch (UnauthenticatedException e) {
            refuse(session, e.getMessage());
            return null;
        }
    }

    private void refuse(Session session, String message) {
        reply(session, new OutgoingFrame.Error("unauthenticated", message, null));
        try {
            session.close(new CloseReason(UNAUTHENTICATED, "unauthenticated"));
        } catch (IOException e) {
            LOG.log(Level.FINE, "closing an unauthenticated socket failed", e);
        }
    }

    @OnClose
    public void close(Session session) {
        Caller caller = (Caller) session.getUserProperties().get(CALLER);
        if (caller != null) {
            sessions.remove(caller.userId(), session);
        }
    }

    @OnError
    public void error(Session session, Throwable failure) {
        // a socket dropped by the network or the client; nothing to tell anyone
        LOG.log(Level.FINE, "chat socket error", failure);
    }

    /** Replies take the same asynchronous path as pushes, so the two never interleave on a socket. */
    private static void reply(Session session, OutgoingFrame frame) {
        ChatSessions.send(session, frame);
    }

    private static String clientId(IncomingFrame frame) {
        if (frame instanceof IncomingFrame.Say say) {
            return say.clientMessageId();
        }
        return frame instanceof IncomingFrame.Invalid invalid ? invalid.clientMessageId() : null;
    }
}
