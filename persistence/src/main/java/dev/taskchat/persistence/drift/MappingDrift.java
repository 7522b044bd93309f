package dev.taskchat.persistence.drift;

import dev.taskchat.persistence.drift.DatabaseSchema.Column;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.DirectToFieldMapping;
import org.eclipse.persistence.mappings.ManyToManyMapping;
import org.eclipse.persistence.sessions.Session;

/**
 * Compares the JPA mapping with a database's schema and reports each difference that would break the
 * application: a mapped table or column (link tables included) that does not exist, a column whose type does not
 * hold what the mapping stores, a required attribute on a nullable column or the other way round, and a NOT NULL
 * column without a default that the mapping leaves out (every insert would fail). Nothing is hard-coded about
 * the tables: the mapping says what to look for.
 */
public final class MappingDrift {

    private final List<ClassDescriptor> descriptors;

    /** The mapping as EclipseLink deployed it: {@code JpaHelper.getServerSession(entityManagerFactory)}. */
    public MappingDrift(Session session) {
        this.descriptors = session.getDescriptors().values().stream()
                .filter(descriptor -> !descriptor.isAggregateDescriptor())
                .sorted(Comparator.comparing(ClassDescriptor::getTableName))
                .toList();
    }

    /** Reads the schema of the connection's current schema (nothing else) and compares. */
    public DriftReport compare(Connection connection) throws SQLException {
        return new Comparison(DatabaseSchema.read(connection)).run();
    }

    private final class Comparison {
        private final DatabaseSchema schema;
        private final List<String> differences = new ArrayList<>();
        // the columns the mapping names, by table: what was checked, and what may be left out of an insert
        private final Map<String, Set<String>> mapped = new TreeMap<>();

        Comparison(DatabaseSchema schema) {
            this.schema = schema;
        }

        DriftReport run() {
            for (ClassDescriptor descriptor : descriptors) {
                compare(descriptor);
            }
            mapped.forEach(this::reportUnmappedRequiredColumns);
            int columns = mapped.values().stream().mapToInt(Set::size).sum();
            return new DriftReport(descriptors.size(), columns, differences);
        }

        private void compare(ClassDescriptor descriptor) {
            String table = name(descriptor.getTableName());
            if (schema.table(table) == null) {
                differences.add(descriptor.getJavaClass().getSimpleName() + ": table " + table + " does not exist");
                return;
            }
            for (DatabaseMapping mapping : descriptor.getMappings()) {
                if (mapping instanceof ManyToManyMapping manyToMany) {
                    compareLinkTable(table, manyToMany);
                    continue;
                }
                for (DatabaseField field : mapping.getFields()) {
                    String fieldTable = field.getTableName().isEmpty() ? table : name(field.getTableName());
                    Column column = column(fieldTable, name(field.getName()));
                    if (column != null && mapping instanceof DirectToFieldMapping direct) {
                        compareBasic(descriptor, direct, fieldTable + "." + name(field.getName()), column);
                    }
                }
            }
        }

        private void compareBasic(
                ClassDescriptor descriptor, DirectToFieldMapping mapping, String where, Column column) {
            StoredType stored = StoredType.of(mapping);
            if (!ColumnTypes.fits(stored.databaseType(), column.type())) {
                differences.add(where + " is " + column.type() + " but maps " + stored.describe());
            }
            boolean required = !mapping.isOptional()
                    || stored.attributeType().isPrimitive()
                    || descriptor.getPrimaryKeyFields().contains(mapping.getField());
            if (required && column.nullable()) {
                differences.add(where + " is required in the mapping but nullable in the schema");
            }
            if (!required && !column.nullable()) {
                differences.add(where + " is NOT NULL in the schema but optional in the mapping");
            }
        }

        private void compareLinkTable(String table, ManyToManyMapping mapping) {
            String link = name(mapping.getRelationTableName());
            if (schema.table(link) == null) {
                differences.add(table + ": link table " + link + " does not exist");
                return;
            }
            List<DatabaseField> keys = new ArrayList<>(mapping.getSourceRelationKeyFields());
            keys.addAll(mapping.getTargetRelationKeyFields());
            for (DatabaseField key : keys) {
                column(link, name(key.getName()));
            }
        }

        /** The column, or null after reporting that it does not exist; either way it counts as mapped. */
        private Column column(String table, String name) {
            mapped.computeIfAbsent(table, t -> new TreeSet<>()).add(name);
            Map<String, Column> columns = schema.table(table);
            Column column = columns == null ? null : columns.get(name);
            if (column == null) {
                differences.add(table + "." + name + " is mapped but does not exist");
            }
            return column;
        }

        private void reportUnmappedRequiredColumns(String table, Set<String> mappedColumns) {
            Map<String, Column> columns = schema.table(table);
            if (columns == null) {
                return;
            }
            new TreeMap<>(columns).forEach((name, column) -> {
                if (!column.nullable() && !column.hasDefault() && !mappedColumns.contains(name)) {
                    differences.add(
                            table + "." + name + " is NOT NULL without a default but not mapped: inserts would fail");
                }
            });
        }
    }

    /** PostgreSQL folds unquoted names to lower case, as the migrations write them. */
    private static String name(String identifier) {
        return identifier.toLowerCase(Locale.ROOT);
    }
}
