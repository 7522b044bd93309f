package dev.taskchat.web.problem;

import java.util.Locale;

/** Every kind of error the API answers with; the {@link #uri()} is the stable {@code type} clients match on. */
public enum ProblemType {
    MALFORMED_REQUEST(400, "Malformed request"),
    UNAUTHENTICATED(401, "Authentication required"),
    NOT_FOUND(404, "Not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    NOT_ACCEPTABLE(406, "Not acceptable"),
    CONFLICT(409, "Conflict"),
    STALE_VERSION(412, "Stale version"),
    PAYLOAD_TOO_LARGE(413, "Payload too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    VALIDATION(422, "Invalid request"),
    IDEMPOTENCY_KEY_REUSED(422, "Idempotency key reused"),
    SCHEMA_BEHIND(503, "Database schema is behind"),
    INTERNAL(500, "Internal error");

    public static final String BASE_URI = "https://taskchat.dev/problems/";

    private final int status;
    private final String title;

    ProblemType(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String uri() {
        return BASE_URI + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
