package dev.taskchat.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Taskchat HTTP API as a client sees it: plain requests ({@link #get}, {@link #post}, ...) and the account
 * steps most tests start with. Nothing here knows the application's classes.
 *
 * <p>When the application runs on several servers at once (the compatibility gate runs the previous release
 * beside this one), successive requests take turns between them, so what one server writes the next one reads.
 */
public final class Api {

    public static final String DEFAULT_TIME_ZONE = "Europe/Berlin";
    public static final String PASSWORD = "correct horse battery staple";

    // HTTP/1.1: the JDK client would otherwise try an h2c upgrade on every plain-text request
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private final List<URI> bases;
    private final AtomicInteger turn = new AtomicInteger();

    private Api(List<URI> bases) {
        this.bases = List.copyOf(bases);
    }

    /** The API of the WAR(s) under test: paths are relative to the context root. */
    public static Api deployed() {
        return new Api(DeployedApplication.baseUris());
    }

    /** The server(s) the WAR runs on: paths are relative to the root ({@code /health}, {@code /openapi}). */
    public static Api server() {
        return new Api(DeployedApplication.baseUris().stream()
                .map(base -> base.resolve("/"))
                .toList());
    }

    public Call get(String path) {
        return call("GET", path);
    }

    public Call post(String path) {
        return call("POST", path);
    }

    public Call patch(String path) {
        return call("PATCH", path);
    }

    public Call put(String path) {
        return call("PUT", path);
    }

    public Call delete(String path) {
        return call("DELETE", path);
    }

    public Call call(String method, String path) {
        return new Call(HTTP, bases.get(Math.floorMod(turn.getAndIncrement(), bases.size())), method, path);
    }

    /** A unique address per call, so tests never share an account. */
    public static String uniqueEmail() {
        return "it-" + UUID.randomUUID() + "@example.org";
    }

    public Reply register(String email, String password, String name, String timeZone) {
        return post("/api/auth/register")
                .json(Jsons.obj("email", email, "password", password, "name", name, "timeZone", timeZone))
                .send();
    }

    public Reply login(String email, String password) {
        return post("/api/auth/login")
                .json(Jsons.obj("email", email, "password", password))
                .send();
    }

    /** A new account in {@value #DEFAULT_TIME_ZONE}, logged in. */
    public TestUser newUser() {
        return newUser(DEFAULT_TIME_ZONE);
    }

    /** A new account in {@code timeZone}, logged in. */
    public TestUser newUser(String timeZone) {
        String email = uniqueEmail();
        Reply registered = register(email, PASSWORD, "Test User", timeZone).expect(201);
        String token = loginToken(email, PASSWORD);
        return new TestUser(this, Jsons.number(registered.json(), "id"), email, timeZone, token);
    }

    /** Logs in and returns the bearer token. */
    public String loginToken(String email, String password) {
        JsonObject answer = login(email, password).expect(200).json();
        String token = Jsons.string(answer, "token");
        assertThat(token).as("token in %s", answer).isNotBlank();
        return token;
    }
}
