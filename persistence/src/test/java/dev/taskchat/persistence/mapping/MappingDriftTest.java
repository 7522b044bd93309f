package dev.taskchat.persistence.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskchat.persistence.TestDatabase;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.jpa.JpaEntityManager;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.DirectToFieldMapping;
import org.eclipse.persistence.mappings.ManyToManyMapping;
import org.junit.jupiter.api.Test;

/**
 * The JPA mapping and the schema the migrations build must agree: every mapped column exists with a
 * type that fits the Java type, a required attribute is a NOT NULL column, and every NOT NULL column
 * without a default is mapped (or inserts would fail). Each difference is reported.
 */
class MappingDriftTest {
    /** Which PostgreSQL types may hold which Java types. */
    private static final Map<Class<?>, Set<String>> COMPATIBLE = Map.ofEntries(
            Map.entry(Long.class, Set.of("bigint")),
            Map.entry(long.class, Set.of("bigint")),
            Map.entry(String.class, Set.of("text", "character varying")),
            Map.entry(boolean.class, Set.of("boolean")),
            Map.entry(java.time.Instant.class, Set.of("timestamp with time zone")),
            Map.entry(java.time.LocalDate.class, Set.of("date")),
            Map.entry(java.time.LocalTime.class, Set.of("time without time zone")),
            Map.entry(dev.taskchat.domain.task.Priority.class, Set.of("text")));

    private record Column(String type, boolean nullable, boolean hasDefault) {}

    @Test
    void theMappingMatchesTheMigratedSchema() throws SQLException {
        List<String> differences = new ArrayList<>();
        EntityManager em = TestDatabase.factory().createEntityManager();
        try (Connection connection = TestDatabase.connect()) {
            Map<String, Map<String, Column>> schema = schema(connection);
            for (ClassDescriptor descriptor : em.unwrap(JpaEntityManager.class)
                    .getServerSession()
                    .getDescriptors()
                    .values()) {
                compare(descriptor, schema, differences);
            }
        } finally {
            em.close();
        }
        assertThat(differences)
                .as("differences between the JPA mapping and the schema")
                .isEmpty();
    }

    private static void compare(
            ClassDescriptor descriptor, Map<String, Map<String, Column>> schema, List<String> differences) {
        String table = descriptor.getTableName();
        Map<String, Column> columns = schema.get(table);
        if (columns == null) {
            differences.add(descriptor.getJavaClass().getSimpleName() + ": table " + table + " does not exist");
            return;
        }
        Set<String> mapped = new java.util.HashSet<>();
        for (DatabaseMapping mapping : descriptor.getMappings()) {
            if (mapping instanceof DirectToFieldMapping direct) {
                String name = direct.getField().getName().toLowerCase(java.util.Locale.ROOT);
                mapped.add(name);
                Column column = columns.get(name);
                String where = table + "." + name;
                if (column == null) {
                    differences.add(where + " is mapped but does not exist");
                    continue;
                }
                Class<?> javaType = attributeType(descriptor, direct);
                Set<String> fits = COMPATIBLE.get(javaType);
                if (fits == null || !fits.contains(column.type())) {
                    differences.add(where + " is " + column.type() + " but maps " + javaType.getSimpleName());
                }
                boolean required = !direct.isOptional()
                        || javaType.isPrimitive()
                        || descriptor.getPrimaryKeyFields().contains(direct.getField());
                if (required && column.nullable()) {
                    differences.add(where + " is required in the mapping but nullable in the schema");
                }
                if (!required && !column.nullable()) {
                    differences.add(where + " is NOT NULL in the schema but optional in the mapping");
                }
            } else if (mapping instanceof ManyToManyMapping manyToMany) {
                Map<String, Column> link = schema.get(manyToMany.getRelationTableName());
                if (link == null) {
                    differences.add(table + ": link table " + manyToMany.getRelationTableName() + " does not exist");
                    continue;
                }
                for (DatabaseField field : manyToMany.getSourceRelationKeyFields()) {
                    checkExists(
                            link,
                            manyToMany.getRelationTableName(),
                            field.getName().toLowerCase(java.util.Locale.ROOT),
                            differences);
                }
                for (DatabaseField field : manyToMany.getTargetRelationKeyFields()) {
                    checkExists(
                            link,
                            manyToMany.getRelationTableName(),
                            field.getName().toLowerCase(java.util.Locale.ROOT),
                            differences);
                }
            }
        }
        columns.forEach((name, column) -> {
            if (!column.nullable() && !column.hasDefault() && !mapped.contains(name)) {
                differences.add(
                        table + "." + name + " is NOT NULL without a default but not mapped: inserts would fail");
            }
        });
    }

    private static Class<?> attributeType(ClassDescriptor descriptor, DirectToFieldMapping mapping) {
        try {
            return descriptor
                    .getJavaClass()
                    .getDeclaredField(mapping.getAttributeName())
                    .getType();
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void checkExists(Map<String, Column> columns, String table, String name, List<String> differences) {
        if (!columns.containsKey(name)) {
            differences.add(table + "." + name + " is mapped but does not exist");
        }
    }

    private static Map<String, Map<String, Column>> schema(Connection connection) throws SQLException {
        Map<String, Map<String, Column>> tables = new HashMap<>();
        try (ResultSet rows = connection.createStatement().executeQuery("""
                select table_name, column_name, data_type, is_nullable = 'YES',
                       column_default is not null or is_identity = 'YES'
                  from information_schema.columns
                 where table_schema = 'public'""")) {
            while (rows.next()) {
                tables.computeIfAbsent(rows.getString(1), table -> new HashMap<>())
                        .put(rows.getString(2), new Column(rows.getString(3), rows.getBoolean(4), rows.getBoolean(5)));
            }
        }
        return tables;
    }
}
