package dev.taskchat.web.problem;

import dev.taskchat.domain.error.StaleVersionException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 412: the If-Match version is not the current one; the current one is given so the client can re-read. */
@Provider
public class StaleVersionExceptionMapper implements ExceptionMapper<StaleVersionException> {
    @Override
    public Response toResponse(StaleVersionException e) {
        return Problem.of(ProblemType.STALE_VERSION, e.getMessage())
                .with("currentVersion", e.currentVersion())
                .toResponse();
    }
}
