package dev.taskchat.it.support;

import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** One HTTP request being put together: {@code api.post("/api/tasks").bearer(token).json(body).send()}. */
public final class Call {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http;
    private final URI base;
    private final String method;
    private final String path;
    private final List<String> query = new ArrayList<>();
    private final List<String[]> headers = new ArrayList<>();
    private HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();

    Call(HttpClient http, URI base, String method, String path) {
        this.http = http;
        this.base = base;
        this.method = method;
        this.path = path.startsWith("/") ? path.substring(1) : path;
    }

    public Call bearer(String token) {
        return header("Authorization", "Bearer " + token);
    }

    public Call header(String name, String value) {
        headers.add(new String[] {name, value});
        return this;
    }

    /** A query parameter, URL-encoded here. */
    public Call query(String name, Object value) {
        query.add(encode(name) + "=" + encode(String.valueOf(value)));
        return this;
    }

    /** An {@code application/json} body. */
    public Call json(JsonValue json) {
        return body("application/json", json.toString());
    }

    /** A body as given, with that content type: for bodies that are deliberately not valid JSON. */
    public Call body(String contentType, String text) {
        header("Content-Type", contentType);
        body = HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8);
        return this;
    }

    public Reply send() {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(uri()).timeout(TIMEOUT).method(method, body);
        for (String[] header : headers) {
            request.header(header[0], header[1]);
        }
        try {
            HttpResponse<String> response =
                    http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(method + " /" + path, response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during " + method + " " + uri(), e);
        }
    }

    private URI uri() {
        return base.resolve(query.isEmpty() ? path : path + "?" + String.join("&", query));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
