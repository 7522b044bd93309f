package dev.taskchat.persistence.drift;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Exact fits only: what PostgreSQL column holds a Java type as the JDBC driver sends it, without loss. */
class ColumnTypesTest {

    @ParameterizedTest(name = "{0} in {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            java.lang.Short          | smallint                    | true
            short                    | smallint                    | true
            java.lang.Short          | integer                     | false
            java.lang.Integer        | integer                     | true
            int                      | integer                     | true
            java.lang.Integer        | bigint                      | false
            java.lang.Long           | bigint                      | true
            long                     | bigint                      | true
            java.lang.Long           | integer                     | false
            boolean                  | boolean                     | true
            java.lang.String         | text                        | true
            java.lang.String         | character varying           | true
            java.lang.String         | smallint                    | false
            java.time.LocalDate      | date                        | true
            java.time.LocalDate      | timestamp with time zone    | false
            java.time.LocalTime      | time without time zone      | true
            java.time.Instant        | timestamp with time zone    | true
            java.sql.Timestamp       | timestamp with time zone    | true
            java.sql.Timestamp       | timestamp without time zone | false
            java.lang.Object         | text                        | false
            """)
    void judgesWhetherAColumnHoldsAJavaType(String javaType, String columnType, boolean fits) throws Exception {
        assertThat(ColumnTypes.fits(type(javaType), columnType)).isEqualTo(fits);
    }

    private static Class<?> type(String name) throws ClassNotFoundException {
        return switch (name) {
            case "short" -> short.class;
            case "int" -> int.class;
            case "long" -> long.class;
            case "boolean" -> boolean.class;
            default -> Class.forName(name);
        };
    }
}
