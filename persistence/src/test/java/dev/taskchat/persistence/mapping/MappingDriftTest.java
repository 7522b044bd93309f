package dev.taskchat.persistence.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskchat.persistence.TestDatabase;
import dev.taskchat.persistence.drift.DriftReport;
import dev.taskchat.persistence.drift.MappingDrift;
import java.sql.Connection;
import java.sql.SQLException;
import org.eclipse.persistence.jpa.JpaHelper;
import org.junit.jupiter.api.Test;

/**
 * The JPA mapping and the schema the migrations build must agree (see {@link MappingDrift}); each difference is
 * listed. That the check does find differences is proven in {@code MappingDriftDifferencesTest}.
 */
class MappingDriftTest {

    @Test
    void theMappingMatchesTheMigratedSchema() throws SQLException {
        DriftReport report;
        try (Connection connection = TestDatabase.connect()) {
            report = new MappingDrift(JpaHelper.getServerSession(TestDatabase.factory())).compare(connection);
        }
        assertThat(report.differences())
                .as("differences between the JPA mapping and the schema")
                .isEmpty();
        assertThat(report.entities()).isPositive();
        assertThat(report.columns()).isPositive();
    }
}
