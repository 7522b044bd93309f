package dev.taskchat.web.problem;

import dev.taskchat.domain.error.ValidationException;
import dev.taskchat.domain.error.Violation;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 422 with {@code errors: [{field, message}]}, one entry per broken rule. */
@Provider
public class ValidationExceptionMapper implements ExceptionMapper<ValidationException> {
    @Override
    public Response toResponse(ValidationException e) {
        JsonArrayBuilder errors = Json.createArrayBuilder();
        for (Violation violation : e.violations()) {
            errors.add(
                    Json.createObjectBuilder().add("field", violation.field()).add("message", violation.message()));
        }
        String detail = e.violations().size() == 1
                ? "1 field is invalid: " + e.getMessage()
                : e.violations().size() + " fields are invalid: " + e.getMessage();
        return Problem.of(ProblemType.VALIDATION, detail).with("errors", errors).toResponse();
    }
}
