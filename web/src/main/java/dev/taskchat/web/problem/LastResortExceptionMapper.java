package dev.taskchat.web.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything nobody expected: the stack trace goes to the log under a fresh incident id, and the client
 * gets only that id — never a class name or a message that could leak internals.
 */
@Provider
public class LastResortExceptionMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(LastResortExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable failure) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "incident " + incident, failure);
        return Problem.of(ProblemType.INTERNAL, "something went wrong on our side; quote incident " + incident)
                .with("incidentId", incident)
                .toResponse();
    }
}
