package dev.taskchat.persistence.mapping;

import jakarta.persistence.AttributeConverter;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Stores an {@link Instant} in a {@code timestamptz} column. A {@link Timestamp} is an instant too,
 * so nothing depends on the server's or the JVM's time zone.
 */
public class InstantConverter implements AttributeConverter<Instant, Timestamp> {
    @Override
    public Timestamp convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    @Override
    public Instant convertToEntityAttribute(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
