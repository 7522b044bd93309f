package dev.taskchat.web.problem;

import dev.taskchat.domain.error.ConflictException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 409 with a {@code reason} member naming the kind of conflict (e.g. {@code email-taken}). */
@Provider
public class ConflictExceptionMapper implements ExceptionMapper<ConflictException> {
    @Override
    public Response toResponse(ConflictException e) {
        return Problem.of(ProblemType.CONFLICT, e.getMessage())
                .with("reason", e.reason())
                .toResponse();
    }
}
