package dev.taskchat.web.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Arrays;

/**
 * The errors Jakarta REST raises itself (no such URL, wrong method, wrong media type, unparsable
 * parameter) as problem+json with the same status. Messages are ours: the framework's may name classes.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        ProblemType type = Arrays.stream(ProblemType.values())
                .filter(candidate -> candidate.status() == status && candidate != ProblemType.IDEMPOTENCY_KEY_REUSED)
                .findFirst()
                .orElse(status >= 500 ? ProblemType.INTERNAL : ProblemType.MALFORMED_REQUEST);
        Problem problem = Problem.of(type, detail(status));
        String allow = e.getResponse().getHeaderString("Allow");
        if (allow != null) {
            problem.header("Allow", allow);
        }
        return problem.toResponse();
    }

    private static String detail(int status) {
        return switch (status) {
            case 404 -> "there is nothing at this URL";
            case 405 -> "this URL does not accept this HTTP method";
            case 406 -> "the API answers application/json only";
            case 415 -> "send the body as application/json";
            default -> "the request could not be processed (HTTP " + status + ")";
        };
    }
}
