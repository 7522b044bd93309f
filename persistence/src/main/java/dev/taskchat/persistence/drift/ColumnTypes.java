package dev.taskchat.persistence.drift;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Which PostgreSQL column types hold which Java type as the JDBC driver sends and reads it. */
final class ColumnTypes {

    private static final Map<Class<?>, Class<?>> WRAPPERS = Map.of(
            boolean.class, Boolean.class,
            short.class, Short.class,
            int.class, Integer.class,
            long.class, Long.class,
            float.class, Float.class,
            double.class, Double.class);

    // Exact fits only: a long in an integer column overflows, a LocalDate in a timestamp column gains a time.
    private static final Map<Class<?>, Set<String>> HOLDERS = Map.ofEntries(
            Map.entry(Boolean.class, Set.of("boolean")),
            Map.entry(Short.class, Set.of("smallint")),
            Map.entry(Integer.class, Set.of("integer")),
            Map.entry(Long.class, Set.of("bigint")),
            Map.entry(Float.class, Set.of("real")),
            Map.entry(Double.class, Set.of("double precision")),
            Map.entry(BigDecimal.class, Set.of("numeric")),
            Map.entry(String.class, Set.of("text", "character varying", "character")),
            Map.entry(UUID.class, Set.of("uuid")),
            Map.entry(byte[].class, Set.of("bytea")),
            Map.entry(LocalDate.class, Set.of("date")),
            Map.entry(java.sql.Date.class, Set.of("date")),
            Map.entry(LocalTime.class, Set.of("time without time zone")),
            Map.entry(java.sql.Time.class, Set.of("time without time zone")),
            Map.entry(LocalDateTime.class, Set.of("timestamp without time zone")),
            Map.entry(Instant.class, Set.of("timestamp with time zone")),
            Map.entry(OffsetDateTime.class, Set.of("timestamp with time zone")),
            // a Timestamp is an instant: without a zone the column would keep the JVM's local reading of it
            Map.entry(Timestamp.class, Set.of("timestamp with time zone")));

    private ColumnTypes() {}

    static boolean fits(Class<?> javaType, String columnType) {
        Set<String> holders = HOLDERS.get(WRAPPERS.getOrDefault(javaType, javaType));
        return holders != null && holders.contains(columnType);
    }
}
