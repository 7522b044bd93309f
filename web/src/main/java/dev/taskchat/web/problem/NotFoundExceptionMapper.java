package dev.taskchat.web.problem;

import dev.taskchat.domain.error.NotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class NotFoundExceptionMapper implements ExceptionMapper<NotFoundException> {
    @Override
    public Response toResponse(NotFoundException e) {
        return Problem.of(ProblemType.NOT_FOUND, e.getMessage()).toResponse();
    }
}
