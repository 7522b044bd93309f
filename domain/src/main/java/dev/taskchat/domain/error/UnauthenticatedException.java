package dev.taskchat.domain.error;

/** Credentials are missing, wrong, expired or revoked. The message never says which, on purpose. */
public class UnauthenticatedException extends DomainException {
    public UnauthenticatedException(String message) {
        super(message);
    }
}
