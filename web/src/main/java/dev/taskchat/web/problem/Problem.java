package dev.taskchat.web.problem;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;

/** Builds an {@code application/problem+json} response: type, title, status, detail and extension members. */
public final class Problem {
    public static final String MEDIA_TYPE = "application/problem+json";

    private final ProblemType type;
    private final JsonObjectBuilder body;
    private final Response.ResponseBuilder response;

    private Problem(ProblemType type, String detail) {
        this.type = type;
        this.body = Json.createObjectBuilder()
                .add("type", type.uri())
                .add("title", type.title())
                .add("status", type.status())
                .add("detail", detail);
        this.response = Response.status(type.status());
    }

    public static Problem of(ProblemType type, String detail) {
        return new Problem(type, detail);
    }

    public Problem with(String member, String value) {
        body.add(member, value);
        return this;
    }

    public Problem with(String member, long value) {
        body.add(member, value);
        return this;
    }

    public Problem with(String member, JsonArrayBuilder value) {
        body.add(member, value);
        return this;
    }

    public Problem header(String name, String value) {
        response.header(name, value);
        return this;
    }

    public ProblemType type() {
        return type;
    }

    /** The body is written as text so that no JSON provider has to know the problem media type. */
    public Response toResponse() {
        return response.type(MEDIA_TYPE).entity(body.build().toString()).build();
    }
}
