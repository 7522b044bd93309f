package dev.taskchat.persistence.drift;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskchat.persistence.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.eclipse.persistence.jpa.JpaHelper;
import org.junit.jupiter.api.Test;

/**
 * The drift check finds each kind of difference: the application's mapping against a migrated database of the
 * test's own whose schema was then altered behind the migrations' back. Only columns whose mapping nobody is
 * changing are touched.
 */
class MappingDriftDifferencesTest {

    @Test
    void reportsEachKindOfDifference() throws SQLException {
        DriftReport report = driftAfter(
                "drift_kinds",
                "alter table tags rename column name to label",
                "alter table tasks alter column due_date type timestamptz",
                "alter table tasks alter column created_at type timestamp without time zone",
                "alter table users alter column name drop not null",
                "alter table tasks alter column description set not null",
                "alter table users add column nickname text not null",
                "alter table task_tags rename column tag_id to label_id",
                "alter table access_tokens rename to tokens");

        assertThat(report.differences())
                .contains(
                        "tags.name is mapped but does not exist",
                        "tags.label is NOT NULL without a default but not mapped: inserts would fail",
                        "tasks.due_date is timestamp with time zone but maps LocalDate",
                        // an attribute with a converter is judged by what the converter stores
                        "tasks.created_at is timestamp without time zone but maps Instant as Timestamp"
                                + " (InstantConverter)",
                        "users.name is required in the mapping but nullable in the schema",
                        "tasks.description is NOT NULL in the schema but optional in the mapping",
                        "users.nickname is NOT NULL without a default but not mapped: inserts would fail",
                        "task_tags.tag_id is mapped but does not exist",
                        "task_tags.label_id is NOT NULL without a default but not mapped: inserts would fail",
                        "AccessToken: table access_tokens does not exist");
    }

    @Test
    void aValidatedNotNullCheckCountsAsNotNull() throws SQLException {
        DriftReport report = driftAfter(
                "drift_checks",
                // how an expand makes a column required without SET NOT NULL's long lock
                "alter table users alter column email drop not null",
                "alter table users add constraint users_email_present check (email is not null)",
                // not validated: rows from before the check may still be null
                "alter table users alter column password_hash drop not null",
                "alter table users add constraint users_password_hash_present check (password_hash is not null)"
                        + " not valid",
                "alter table tasks add constraint tasks_recurrence_present check (recurrence is not null)");

        assertThat(report.differences())
                .contains(
                        "users.password_hash is required in the mapping but nullable in the schema",
                        "tasks.recurrence is NOT NULL in the schema but optional in the mapping")
                .noneMatch(difference -> difference.startsWith("users.email "));
    }

    @Test
    void reportsAMissingLinkTable() throws SQLException {
        DriftReport report = driftAfter("drift_link_table", "drop table task_tags");

        assertThat(report.differences()).contains("tasks: link table task_tags does not exist");
    }

    private static DriftReport driftAfter(String database, String... statements) throws SQLException {
        TestDatabase.Throwaway throwaway = TestDatabase.throwaway(database);
        try (Connection connection = throwaway.connect()) {
            try (Statement statement = connection.createStatement()) {
                for (String sql : statements) {
                    statement.execute(sql);
                }
            }
            return new MappingDrift(JpaHelper.getServerSession(TestDatabase.factory())).compare(connection);
        }
    }
}
