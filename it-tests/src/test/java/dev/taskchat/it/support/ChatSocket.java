package dev.taskchat.it.support;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * One client of {@code /ws/chat} (docs/CHAT.md), over the JDK's WebSocket client and loopback. Incoming
 * frames are queued as they arrive; {@link #next(String, Duration)} takes the first one of a type, keeping the
 * others in order for later, so a test never depends on how the server interleaves pushes and replies.
 */
public final class ChatSocket implements AutoCloseable {

    /** Long enough for a loaded machine, short enough to fail in reasonable time. */
    public static final Duration TIMEOUT = Duration.ofSeconds(15);

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private final LinkedBlockingQueue<JsonObject> incoming = new LinkedBlockingQueue<>();
    /** Frames taken off the queue while looking for another type, oldest first. */
    private final List<JsonObject> held = new ArrayList<>();

    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final WebSocket socket;

    private ChatSocket(Map<String, String> headers) {
        WebSocket.Builder builder = HTTP.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10));
        headers.forEach(builder::header);
        this.socket = join(builder.buildAsync(uri(), new Listener()));
    }

    /** The address of the chat endpoint of the deployed WAR: {@code ws://127.0.0.1:<port>/taskchat/ws/chat}. */
    public static URI uri() {
        URI base = DeployedApplication.baseUri();
        return URI.create("ws://" + base.getHost() + ":" + base.getPort() + base.getPath() + "ws/chat");
    }

    /** The server's own origin, as a browser showing the app would send it. */
    public static String ownOrigin() {
        URI base = DeployedApplication.baseUri();
        return "http://" + base.getHost() + ":" + base.getPort();
    }

    /** A connection, not authenticated yet. */
    public static ChatSocket open() {
        return new ChatSocket(Map.of());
    }

    /** A connection whose handshake carries these headers (e.g. {@code Origin}); fails if the server refuses it. */
    public static ChatSocket open(Map<String, String> headers) {
        return new ChatSocket(headers);
    }

    /** A connection authenticated as {@code user}: {@code auth} sent and {@code ready} received. */
    public static ChatSocket connect(TestUser user) {
        ChatSocket socket = open();
        socket.auth(user.token());
        return socket;
    }

    /** Sends {@code auth} and waits for {@code ready}; returns it. */
    public JsonObject auth(String token) {
        send(Jsons.obj("type", "auth", "token", token));
        return next("ready");
    }

    /** Sends {@code say} and waits for the {@code reply} with this client message id; returns it. */
    public JsonObject say(long conversationId, String clientMessageId, String text) {
        send(Jsons.obj(
                "type", "say", "conversationId", conversationId, "clientMessageId", clientMessageId, "text", text));
        return next(
                frame ->
                        "reply".equals(type(frame)) && clientMessageId.equals(frame.getString("clientMessageId", null)),
                TIMEOUT,
                "a reply to " + clientMessageId);
    }

    public void send(JsonObject frame) {
        sendText(frame.toString());
    }

    /** Sends a text frame as given (for frames that are deliberately not what the protocol expects). */
    public void sendText(String text) {
        join(socket.sendText(text, true));
    }

    /** The next frame of {@code type}, waiting up to {@link #TIMEOUT}. */
    public JsonObject next(String type) {
        return next(type, TIMEOUT);
    }

    public JsonObject next(String type, Duration timeout) {
        return next(frame -> type.equals(type(frame)), timeout, "a \"" + type + "\" frame");
    }

    /** The next frame matching {@code wanted}; frames that do not match stay for later calls, in order. */
    public synchronized JsonObject next(Predicate<JsonObject> wanted, Duration timeout, String description) {
        for (Iterator<JsonObject> it = held.iterator(); it.hasNext(); ) {
            JsonObject frame = it.next();
            if (wanted.test(frame)) {
                it.remove();
                return frame;
            }
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (true) {
                long left = deadline - System.nanoTime();
                JsonObject frame = left <= 0 ? incoming.poll() : incoming.poll(left, TimeUnit.NANOSECONDS);
                if (frame == null) {
                    throw new AssertionError("no " + description + " within " + timeout + "; received meanwhile: "
                            + held + (closed.isDone() ? "; the socket closed with " + closed.getNow(null) : ""));
                }
                if (wanted.test(frame)) {
                    return frame;
                }
                held.add(frame);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for " + description, e);
        }
    }

    /**
     * Every frame received up to now that has not been taken by {@link #next}, oldest first; they are taken.
     * Use it after a barrier (e.g. a {@code ping} answered by {@code pong}) to see what else arrived.
     */
    public synchronized List<JsonObject> drain() {
        incoming.drainTo(held);
        List<JsonObject> all = new ArrayList<>(held);
        held.clear();
        return all;
    }

    /** Sends {@code ping} and waits for {@code pong}: everything the server sent before is received by then. */
    public void roundTrip() {
        send(Jsons.obj("type", "ping"));
        next("pong");
    }

    /** The close code the server closed this socket with, waiting up to {@link #TIMEOUT}. */
    public int closeCode() {
        try {
            return closed.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError(
                    "the server did not close the socket within " + TIMEOUT + "; received: " + drain());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new AssertionError("the socket failed instead of closing: " + e.getCause(), e.getCause());
        }
    }

    public boolean isClosed() {
        return closed.isDone();
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            try {
                socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").get(5, TimeUnit.SECONDS);
            } catch (Exception e) {
                // closing anyway
            }
        }
        socket.abort();
    }

    public static String type(JsonObject frame) {
        return frame.getString("type", null);
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new CompletionException(cause);
        } catch (TimeoutException e) {
            throw new AssertionError("no answer within " + TIMEOUT, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public void onOpen(WebSocket webSocket) {
            webSocket.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                try {
                    JsonStructure json = Jsons.parse(text);
                    if (json instanceof JsonObject object) {
                        incoming.add(object);
                    } else {
                        incoming.add(Jsons.obj("type", "(not an object)", "text", text));
                    }
                } catch (JsonException e) {
                    incoming.add(Jsons.obj("type", "(not JSON)", "text", text));
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.completeExceptionally(error);
        }
    }
}
