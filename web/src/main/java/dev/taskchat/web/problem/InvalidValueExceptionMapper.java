package dev.taskchat.web.problem;

import dev.taskchat.domain.error.InvalidValueException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A value rejected where no field name was attached; normally callers attach one (see Violations). */
@Provider
public class InvalidValueExceptionMapper implements ExceptionMapper<InvalidValueException> {
    @Override
    public Response toResponse(InvalidValueException e) {
        return Problem.of(ProblemType.VALIDATION, e.getMessage()).toResponse();
    }
}
