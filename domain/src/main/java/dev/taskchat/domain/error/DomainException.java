package dev.taskchat.domain.error;

/** Base of every failure the domain reports on purpose; its message is safe to show to a user. */
public abstract class DomainException extends RuntimeException {
    protected DomainException(String message) {
        super(message);
    }
}
