package dev.taskchat.domain.tag;

import java.time.Clock;
import java.time.Instant;

/** A user's tag. Tasks refer to it; renaming it renames it on every task at once. */
public class Tag {
    private Long id;
    private long ownerId;
    private String name;
    private Instant createdAt;

    /** For the persistence mapping only. */
    protected Tag() {}

    public Tag(long ownerId, TagName name, Clock clock) {
        this.ownerId = ownerId;
        this.name = name.value();
        this.createdAt = clock.instant();
    }

    public void rename(TagName newName) {
        this.name = newName.value();
    }

    public Long id() {
        return id;
    }

    public long ownerId() {
        return ownerId;
    }

    public String name() {
        return name;
    }

    public Instant createdAt() {
        return createdAt;
    }

    @Override
    public String toString() {
        return "#" + name;
    }
}
