package dev.taskchat.web.task;

import dev.taskchat.web.problem.ProblemException;
import dev.taskchat.web.problem.ProblemType;

/** Reads the version a client expects from {@code If-Match}. */
final class Preconditions {
    /** A version no task ever has: an If-Match naming something that is not one of our ETags never matches. */
    private static final long NEVER_MATCHES = -1;

    private Preconditions() {}

    /**
     * @return the expected version, or null when there is no If-Match or it is {@code *}
     */
    static Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.contains(",")) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "If-Match must name one version, like \"3\"");
        }
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() < 2 || !tag.startsWith("\"") || !tag.endsWith("\"")) {
            throw new ProblemException(
                    ProblemType.MALFORMED_REQUEST, "If-Match must be an entity tag in quotes, like \"3\"");
        }
        try {
            return Long.parseLong(tag.substring(1, tag.length() - 1));
        } catch (NumberFormatException e) {
            return NEVER_MATCHES;
        }
    }
}
