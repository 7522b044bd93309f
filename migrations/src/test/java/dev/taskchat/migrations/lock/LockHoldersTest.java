package dev.taskchat.migrations.lock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskchat.migrations.TestServer;
import dev.taskchat.migrations.embedded.EmbeddedDatabase;
import dev.taskchat.migrations.plan.LockMode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which sessions hold locks on a table, on a real PostgreSQL. */
class LockHoldersTest {

    private static final EmbeddedDatabase server = TestServer.shared();

    @Test
    void findsTheHoldersOfATableByItsStoredNameItsSchemaOrOneOfItsIndexes() throws SQLException {
        String url = server.createDatabase("lock_holders_test");
        try (Connection setup = connect(url);
                Connection holder = connect(url);
                Connection asking = connect(url)) {
            execute(setup, "create table \"Mixed Notes\" (id int primary key); create table other (id int)");
            holder.setAutoCommit(false);
            execute(holder, "lock table \"Mixed Notes\" in share row exclusive mode");

            for (String name : List.of("Mixed Notes", "public.Mixed Notes", "Mixed Notes_pkey")) {
                assertThat(LockHolders.read(asking, List.of(name)))
                        .as(name)
                        .singleElement()
                        .satisfies(found -> {
                            assertThat(found.relation()).isEqualTo(name);
                            assertThat(found.mode()).isEqualTo(LockMode.SHARE_ROW_EXCLUSIVE);
                            assertThat(found.visible()).isTrue();
                            assertThat(found.describe("t"))
                                    .contains("idle in transaction", "holds SHARE ROW EXCLUSIVE on t");
                        });
            }
            // unquoted, the name folds to lower case: another table, not held
            assertThat(LockHolders.read(asking, List.of("mixed notes", "other", "no_such_table")))
                    .isEmpty();
            holder.rollback();
            assertThat(LockHolders.read(asking, List.of("Mixed Notes"))).isEmpty();
        }
    }

    private static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, server.user(), server.password());
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
