package dev.taskchat.web.idempotency;

import dev.taskchat.domain.idempotency.Claim;
import dev.taskchat.domain.idempotency.IdempotencyKeys;
import dev.taskchat.domain.idempotency.StoredResponse;
import dev.taskchat.web.account.Caller;
import dev.taskchat.web.problem.Problem;
import dev.taskchat.web.problem.ProblemException;
import dev.taskchat.web.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * Runs a request's work at most once per Idempotency-Key. The key is claimed and the work done in one
 * transaction: if the work fails, the key is released with it, and a retry simply runs again.
 */
@ApplicationScoped
@Transactional
public class IdempotencyService {
    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final int MAX_KEY_LENGTH = 255;

    @Inject
    IdempotencyKeys keys;

    @Inject
    Clock clock;

    /**
     * @param requestFingerprint identifies the request content; the same key with another fingerprint is refused
     * @param work does the work (in this transaction) and says what to answer
     */
    public Response once(Caller caller, String key, String requestFingerprint, Supplier<StoredResponse> work) {
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw new ProblemException(
                    ProblemType.MALFORMED_REQUEST, HEADER + " must be 1 to " + MAX_KEY_LENGTH + " characters");
        }
        Claim claim = keys.claim(caller.userId(), key, requestFingerprint, clock.instant());
        if (claim instanceof Claim.Replay replay) {
            return toResponse(replay.response()).header(REPLAYED_HEADER, "true").build();
        }
        if (claim instanceof Claim.Mismatch) {
            return Problem.of(
                            ProblemType.IDEMPOTENCY_KEY_REUSED,
                            "this " + HEADER + " was already used for a different request; use a new key")
                    .toResponse();
        }
        StoredResponse response = work.get();
        keys.complete(caller.userId(), key, response);
        return toResponse(response).build();
    }

    private static Response.ResponseBuilder toResponse(StoredResponse stored) {
        Response.ResponseBuilder builder = Response.status(stored.status())
                .type(MediaType.APPLICATION_JSON)
                .entity(stored.body());
        if (stored.location() != null) {
            builder.location(URI.create(stored.location()));
        }
        return builder;
    }
}
