package dev.taskchat.domain.tag;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where tags are kept, scoped to their owner. */
public interface TagRepository {
    Optional<Tag> find(long ownerId, TagName name);

    /**
     * The owner's tag with this name, created (at {@code now}) if it does not exist yet — also when
     * another request creates it at the same moment.
     */
    Tag obtain(long ownerId, TagName name, Instant now);

    /** Writes a renamed tag now. */
    void update(Tag tag);

    /** Removes the tag and its links to tasks; the tasks stay. */
    void remove(Tag tag);

    /** Every tag of the owner with its task counts, by name. */
    List<TagUsage> usage(long ownerId);
}
