package dev.taskchat.domain.error;

/**
 * The thing asked for does not exist <em>for this user</em>. Another user's task is reported exactly
 * like a missing one, so ids cannot be probed.
 */
public class NotFoundException extends DomainException {
    public NotFoundException(String what, Object key) {
        super(what + " " + key + " does not exist");
    }
}
