package dev.taskchat.domain.conversation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A conversation and what it remembers: the task it last touched ("it") and the tasks of the last
 * list it showed, in order ("2" is the second).
 */
public record Conversation(
        long id,
        long ownerId,
        String title,
        long lastSeq,
        Instant createdAt,
        Instant updatedAt,
        Long lastTaskId,
        List<Long> lastList) {

    public static final int MAX_TITLE_LENGTH = 200;

    public Conversation {
        lastList = lastList == null ? List.of() : List.copyOf(lastList);
    }

    public Optional<Long> lastTask() {
        return Optional.ofNullable(lastTaskId);
    }

    /** The task shown at {@code number} (1-based) in the last list, if there is one. */
    public Optional<Long> listed(int number) {
        return number >= 1 && number <= lastList.size() ? Optional.of(lastList.get(number - 1)) : Optional.empty();
    }
}
