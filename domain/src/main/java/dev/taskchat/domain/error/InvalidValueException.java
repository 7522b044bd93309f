package dev.taskchat.domain.error;

/**
 * A single value is not acceptable (a tag name with a space, an RRULE that does not parse). It names
 * no field: the caller knows which field it was reading and turns it into a {@link Violation}.
 */
public class InvalidValueException extends DomainException {
    public InvalidValueException(String message) {
        super(message);
    }
}
