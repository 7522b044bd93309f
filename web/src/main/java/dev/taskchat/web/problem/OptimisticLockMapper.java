package dev.taskchat.web.problem;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Two writers changed the same thing at once and this one lost: nothing was written, it may retry. */
@Provider
public class OptimisticLockMapper implements ExceptionMapper<OptimisticLockException> {
    @Override
    public Response toResponse(OptimisticLockException e) {
        return Problem.of(ProblemType.CONFLICT, "it was changed by another request at the same time; read it and retry")
                .with("reason", "concurrent-update")
                .toResponse();
    }
}
