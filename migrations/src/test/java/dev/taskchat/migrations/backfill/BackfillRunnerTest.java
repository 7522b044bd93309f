package dev.taskchat.migrations.backfill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.taskchat.migrations.Migrations;
import dev.taskchat.migrations.TestServer;
import dev.taskchat.migrations.embedded.EmbeddedDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Batched, resumable backfills on the real schema (backfill_progress comes from the shipped migrations). */
class BackfillRunnerTest {

    /**
     * Counts its visits to each row (hits) and records the transaction that made them (xact): a row done twice
     * or a batch not committed on its own shows. No "where doubled is null" guard, on purpose.
     */
    static final Backfill DOUBLE_N = new Backfill(
            "items-doubled",
            "items",
            "id",
            "update items set doubled = n * 2, hits = hits + 1, xact = txid_current() where id > ? and id <= ?");

    private static final BackfillRunner.Settings BATCHES_OF_1000 = new BackfillRunner.Settings(1000, Duration.ZERO);
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final EmbeddedDatabase server = TestServer.shared();

    private final List<String> log = new CopyOnWriteArrayList<>();
    private Migrations migrations;

    @BeforeEach
    void databaseWith20000Items() throws SQLException {
        migrations = new Migrations(
                server.createDatabase("backfill_test_" + DATABASES.incrementAndGet()),
                server.user(),
                server.password());
        migrations.migrate();
        createItems(migrations);
    }

    /** 20,000 rows with odd ids only, so batches of 1000 keys are not batches of 1000 ids. */
    static void createItems(Migrations migrations) throws SQLException {
        execute(migrations, """
                create table items (id bigint primary key, n int not null, doubled int, hits int not null default 0,
                    xact bigint);
                insert into items (id, n) select i, i % 97 from generate_series(1, 39999, 2) i""");
    }

    @Test
    void updatesEveryRowInBatchesOfOneTransactionEach() throws SQLException {
        BackfillRunner.Result result = runner(batch -> {}).run(DOUBLE_N);

        assertThat(result).isEqualTo(new BackfillRunner.Result(20_000, 20_000, 20, false));
        assertThat(query("select count(*) from items where doubled = n * 2 and hits = 1"))
                .isEqualTo(20_000);
        assertThat(query("select count(distinct xact) from items")).isEqualTo(20);
        assertThat(query("select max(rows) from (select count(*) rows from items group by xact) batches"))
                .isEqualTo(1000);
        assertThat(log).filteredOn(line -> line.contains(" rows/s, ETA ")).hasSize(20);
        assertThat(log).contains("  items-doubled: 20,000 / 20,000 rows (100%)" + rateAndEta(log.get(20)));
        assertThat(log.get(1)).startsWith("  items-doubled: 1,000 / 20,000 rows (5%), ");
        assertThat(log.get(log.size() - 1))
                .isEqualTo("Backfill items-doubled finished: 20000 rows, 20000 updated, 20 batches in this run.");
        assertThat(query(
                        "select count(*) from backfill_progress where name = 'items-doubled' and finished_at is not null"
                                + " and last_key = 39999 and rows_done = 20000"))
                .isEqualTo(1);
    }

    @Test
    void anInterruptedBackfillResumesAfterItsLastCommittedBatch() throws SQLException {
        assertThatThrownBy(() -> runner(batch -> {
                            if (batch.number() == 3) {
                                throw new IllegalStateException("operator pressed ctrl-c");
                            }
                        })
                        .run(DOUBLE_N))
                .hasMessage("operator pressed ctrl-c");
        assertThat(query("select count(*) from items where hits = 1")).isEqualTo(3000);
        assertThat(query("select last_key from backfill_progress where name = 'items-doubled'"))
                .isEqualTo(5999);

        log.clear();
        BackfillRunner.Result resumed = runner(batch -> {}).run(DOUBLE_N);

        assertThat(resumed).isEqualTo(new BackfillRunner.Result(20_000, 20_000, 17, false));
        assertThat(log.get(0)).endsWith("resuming after id 5999 (3000 rows done before)");
        assertThat(log.get(1)).startsWith("  items-doubled: 4,000 / 20,000 rows (20%), ");
        // nothing done twice, nothing skipped
        assertThat(query("select count(*) from items where hits = 1 and doubled = n * 2"))
                .isEqualTo(20_000);
        assertThat(query("select count(distinct xact) from items")).isEqualTo(20);
    }

    @Test
    void aFinishedBackfillDoesNothingWhenRunAgain() throws SQLException {
        runner(batch -> {}).run(DOUBLE_N);
        long transactions = query("select count(distinct xact) from items");
        log.clear();

        BackfillRunner.Result again = runner(batch -> {}).run(DOUBLE_N);

        assertThat(again.alreadyFinished()).isTrue();
        assertThat(again.batches()).isZero();
        assertThat(log).containsExactly("Backfill items-doubled already finished (20000 rows); nothing to do.");
        assertThat(query("select count(*) from items where hits = 1")).isEqualTo(20_000);
        assertThat(query("select count(distinct xact) from items")).isEqualTo(transactions);
    }

    @Test
    void anEmptyTableFinishesAtOnce() throws SQLException {
        execute(migrations, "delete from items");

        assertThat(runner(batch -> {}).run(DOUBLE_N)).isEqualTo(new BackfillRunner.Result(0, 0, 0, false));
    }

    @Test
    void aBatchUpdateNeedsExactlyTwoParameters() {
        assertThatThrownBy(() -> new Backfill("x", "items", "id", "update items set n = 1 where id > ?"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("exactly two parameters");
        assertThatThrownBy(() -> new Backfill("x", "items; drop table users", "id", "update t where ? ?"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static String rateAndEta(String line) {
        return line.substring(line.indexOf(" rows (100%)") + " rows (100%)".length());
    }

    private BackfillRunner runner(BackfillRunner.BatchListener listener) {
        return new BackfillRunner(migrations::openConnection, BATCHES_OF_1000, log::add, listener);
    }

    private long query(String sql) throws SQLException {
        try (Connection connection = migrations.openConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static void execute(Migrations migrations, String sql) throws SQLException {
        try (Connection connection = migrations.openConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
