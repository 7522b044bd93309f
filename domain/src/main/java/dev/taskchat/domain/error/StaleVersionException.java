package dev.taskchat.domain.error;

/** The client changed an older version of something than the one stored (optimistic concurrency). */
public class StaleVersionException extends DomainException {
    private final long currentVersion;

    public StaleVersionException(String what, long expectedVersion, long currentVersion) {
        super(what + " is at version " + currentVersion + ", not " + expectedVersion
                + ": it was changed since you read it");
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
