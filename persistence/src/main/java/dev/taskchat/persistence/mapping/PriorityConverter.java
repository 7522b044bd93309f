package dev.taskchat.persistence.mapping;

import dev.taskchat.domain.task.Priority;
import jakarta.persistence.AttributeConverter;

/** Stores a {@link Priority} by its rank, 0 (none) to 4 (urgent): the column tasks.priority_rank. */
public class PriorityConverter implements AttributeConverter<Priority, Short> {
    @Override
    public Short convertToDatabaseColumn(Priority priority) {
        return priority == null ? null : (short) priority.rank();
    }

    @Override
    public Priority convertToEntityAttribute(Short rank) {
        return rank == null ? null : Priority.ofRank(rank);
    }
}
