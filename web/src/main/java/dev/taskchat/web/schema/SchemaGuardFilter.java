package dev.taskchat.web.schema;

import dev.taskchat.web.problem.Problem;
import dev.taskchat.web.problem.ProblemType;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

/**
 * While the schema is behind, every API call answers 503 with the reason, instead of failing later
 * with an obscure SQL error (or, worse, half-working).
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class SchemaGuardFilter implements ContainerRequestFilter {
    private static final String RETRY_AFTER_SECONDS = "10";

    @Inject
    SchemaCheck schema;

    @Override
    public void filter(ContainerRequestContext request) {
        SchemaStatus status = schema.status();
        if (!status.isReady()) {
            request.abortWith(Problem.of(ProblemType.SCHEMA_BEHIND, status.explanation())
                    .header("Retry-After", RETRY_AFTER_SECONDS)
                    .toResponse());
        }
    }
}
