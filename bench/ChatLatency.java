import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chat round-trip latency over WebSocket: SOCKETS sockets (spread over USERS accounts, so every reply
 * also fans out task pushes to the user's other sockets) each send MESSAGES messages one after another
 * and time each from "say" to its "reply" frame. A warm-up round runs first and is not counted.
 *
 *   java bench/ChatLatency.java [base-url] [sockets] [users] [messages-per-socket] [ms-between-messages]
 *   java bench/ChatLatency.java http://localhost:8080 50 10 40 550
 *
 * Local servers only (loopback). Every message alternates between adding a task and listing today's.
 * Each socket sends at most one message every [ms-between-messages] (default 550 ms, about as fast as
 * the server's flood limit of 20 frames in 10 s per socket allows), so 50 sockets offer up to ~90
 * messages a second at the default and 50 a second at 1000 ms.
 */
public class ChatLatency {
    private static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    private static long paceNanos = TimeUnit.MILLISECONDS.toNanos(550);

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        int sockets = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int users = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        int messages = args.length > 3 ? Integer.parseInt(args[3]) : 40;
        if (args.length > 4) {
            paceNanos = TimeUnit.MILLISECONDS.toNanos(Math.max(550, Long.parseLong(args[4])));
        }
        URI uri = URI.create(base);
        if (!List.of("localhost", "127.0.0.1").contains(uri.getHost())) {
            throw new IllegalArgumentException("only a local server may be measured: " + base);
        }
        HttpClient http = HttpClient.newHttpClient();
        List<String[]> accounts = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            accounts.add(account(http, base));
        }
        System.out.printf("%d sockets over %d users, %d messages each (+10 warm-up), one per %d ms at most%n",
                sockets, users, messages, TimeUnit.NANOSECONDS.toMillis(paceNanos));
        run(http, base, accounts, sockets, 10); // warm-up
        List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        long started = System.nanoTime();
        run(http, base, accounts, sockets, messages, nanos, errors);
        double seconds = (System.nanoTime() - started) / 1e9;
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        System.out.printf("replies %d, errors %d, %.0f msg/s%n", sorted.size(), errors.get(), sorted.size() / seconds);
        System.out.printf("round trip p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                pct(sorted, 50), pct(sorted, 90), pct(sorted, 99), sorted.get(sorted.size() - 1) / 1e6);
        if (errors.get() > 0) {
            System.exit(1);
        }
    }

    private static void run(HttpClient http, String base, List<String[]> accounts, int sockets, int messages) throws Exception {
        run(http, base, accounts, sockets, messages, Collections.synchronizedList(new ArrayList<>()), new AtomicInteger());
    }

    private static void run(HttpClient http, String base, List<String[]> accounts, int sockets, int messages,
            List<Long> nanos, AtomicInteger errors) throws Exception {
        CountDownLatch done = new CountDownLatch(sockets);
        for (int s = 0; s < sockets; s++) {
            String[] account = accounts.get(s % accounts.size());
            new Thread(() -> {
                try {
                    talk(http, base, account, messages, nanos);
                } catch (Exception e) {
                    errors.incrementAndGet();
                    System.err.println("socket failed: " + e);
                } finally {
                    done.countDown();
                }
            }).start();
        }
        if (!done.await(10, TimeUnit.MINUTES)) {
            throw new IllegalStateException("sockets did not finish in 10 minutes");
        }
    }

    private static void talk(HttpClient http, String base, String[] account, int messages, List<Long> nanos) throws Exception {
        Map<String, CompletableFuture<String>> waiting = new ConcurrentHashMap<>();
        CompletableFuture<String> ready = new CompletableFuture<>();
        WebSocket.Listener listener = new WebSocket.Listener() {
            private StringBuilder frame = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
                frame.append(data);
                if (last) {
                    String text = frame.toString();
                    frame = new StringBuilder();
                    if (text.startsWith("{\"type\":\"ready\"") || text.contains("\"type\":\"ready\"")) {
                        ready.complete(text);
                    } else if (text.contains("\"type\":\"reply\"") || text.contains("\"type\":\"error\"")) {
                        Matcher id = Pattern.compile("\"clientMessageId\":\"(b-[^\"]+)\"").matcher(text);
                        if (id.find()) {
                            CompletableFuture<String> reply = waiting.remove(id.group(1));
                            if (reply != null) {
                                reply.complete(text);
                            }
                        }
                    }
                }
                socket.request(1);
                return null;
            }
        };
        WebSocket socket = http.newWebSocketBuilder()
                .buildAsync(URI.create(base.replaceFirst("^http", "ws") + "/ws/chat"), listener)
                .get(10, TimeUnit.SECONDS);
        socket.sendText("{\"type\":\"auth\",\"token\":\"" + account[0] + "\"}", true).get();
        ready.get(10, TimeUnit.SECONDS);
        long next = System.nanoTime();
        for (int i = 0; i < messages; i++) {
            long wait = next - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            next = System.nanoTime() + paceNanos;
            String clientId = "b-" + UUID.randomUUID();
            String text = i % 2 == 0 ? "add benchmark task " + i + " tomorrow #bench" : "what's due today?";
            CompletableFuture<String> reply = new CompletableFuture<>();
            waiting.put(clientId, reply);
            long start = System.nanoTime();
            socket.sendText("{\"type\":\"say\",\"conversationId\":" + account[1] + ",\"clientMessageId\":\"" + clientId
                    + "\",\"text\":\"" + text + "\"}", true).get();
            String answer = reply.get(30, TimeUnit.SECONDS);
            if (answer.contains("\"type\":\"error\"")) {
                throw new IllegalStateException("error frame: " + answer);
            }
            nanos.add(System.nanoTime() - start);
        }
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get();
    }

    /** A fresh account, its token and a conversation: {token, conversationId}. */
    private static String[] account(HttpClient http, String base) throws Exception {
        String email = "chat-bench-" + UUID.randomUUID() + "@example.com";
        post(http, base + "/api/auth/register", null, "{\"email\":\"" + email
                + "\",\"password\":\"benchmark-password\",\"name\":\"Bench\",\"timeZone\":\"Europe/Berlin\"}");
        Matcher token = TOKEN.matcher(post(http, base + "/api/auth/login", null,
                "{\"email\":\"" + email + "\",\"password\":\"benchmark-password\"}"));
        token.find();
        Matcher conversation = ID.matcher(post(http, base + "/api/conversations", token.group(1), "{}"));
        conversation.find();
        return new String[] {token.group(1), conversation.group(1)};
    }

    private static String post(HttpClient http, String url, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static double pct(List<Long> sorted, int percentile) {
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
