package dev.taskchat.domain.error;

/** The request is well formed but clashes with existing state, e.g. an e-mail address already registered. */
public class ConflictException extends DomainException {
    private final String reason;

    /**
     * @param reason a short stable identifier of the kind of conflict (e.g. {@code email-taken})
     * @param message what happened, for people
     */
    public ConflictException(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
