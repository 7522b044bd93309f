package dev.taskchat.web.problem;

import dev.taskchat.domain.error.UnauthenticatedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class UnauthenticatedExceptionMapper implements ExceptionMapper<UnauthenticatedException> {
    @Override
    public Response toResponse(UnauthenticatedException e) {
        return unauthenticated(e.getMessage());
    }

    public static Response unauthenticated(String detail) {
        return Problem.of(ProblemType.UNAUTHENTICATED, detail)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"taskchat\"")
                .toResponse();
    }
}
