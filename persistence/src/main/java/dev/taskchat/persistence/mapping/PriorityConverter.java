package dev.taskchat.persistence.mapping;

import dev.taskchat.domain.task.Priority;
import jakarta.persistence.AttributeConverter;

/** Stores a {@link Priority} by its code ({@code urgent}), which the schema's check constraint lists. */
public class PriorityConverter implements AttributeConverter<Priority, String> {
    @Override
    public String convertToDatabaseColumn(Priority priority) {
        return priority == null ? null : priority.code();
    }

    @Override
    public Priority convertToEntityAttribute(String code) {
        return code == null ? null : Priority.ofCode(code);
    }
}
