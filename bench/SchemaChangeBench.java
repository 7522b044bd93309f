import dev.taskchat.migrations.AppliedMigration;
import dev.taskchat.migrations.Migrations;
import dev.taskchat.migrations.embedded.EmbeddedDatabase;
import dev.taskchat.migrations.guard.GuardedMigration;
import dev.taskchat.migrations.lock.LockRetry;
import dev.taskchat.migrations.lock.RetryingMigrate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Schema change under load: the priority text → priority_rank change (V9 expand + its backfill, V10 validate,
 * V11 contract) applied to a table of TASKS tasks while a steady writer creates and updates tasks, the way the
 * application does. Reports the writer's latency and errors per phase, the longest lock wait seen, and how long
 * each migration step took.
 *
 *   java -Djava.io.tmpdir=target/bench/tmp -cp <migrations classes + runtime classpath> \
 *        bench/SchemaChangeBench.java [tasks] [writer-ops-per-second]
 *   bench/schema-change.sh 1000000 50          # builds the classpath, then runs this
 *
 * Everything runs on a private PostgreSQL 17 (EmbeddedDatabase) in a fresh directory under -Dbench.dir
 * (default target/bench), deleted at the end; nothing else is touched. By default the server is durable
 * (fsync and synchronous_commit on, as in production: EmbeddedDatabase's persistent mode); with
 * -Dbench.durable=false it is EmbeddedDatabase's throwaway server (fsync, synchronous_commit, full_page_writes
 * off), whose commits never wait for the disk.
 *
 * The writer is open-loop: operation i is due at start + i / rate whatever happened before, and its latency is
 * measured from that due time, so a statement stalled behind a lock shows up as latency (of it and of the ones
 * queued behind it) instead of quietly lowering the rate. It runs on a pool of -Dbench.writers connections (8),
 * like the application's connection pool, with no lock_timeout and no statement_timeout (like the application).
 * 40 % of the operations insert a task, 60 % read a random task and update it (title, priority, updated_at,
 * version + 1, guarded by the version read: the JPA optimistic lock), each in its own transaction.
 *
 * The migrations run exactly as an operator's {@code migrate --target 11} runs them (MigrationsCommand):
 * RetryingMigrate (lock-timeout retries) around GuardedMigration (contract guard, declared backfills), with
 * the shipped scripts and Backfills; the target keeps any later change out of the measurement. Two fake app
 * instances heartbeat into app_instances as the WAR does: the old release (needs schema 6) from the start, the
 * new one (needs 10) from the switch; the old one leaves before the contract. So the first migrate applies V9,
 * the backfill and V10 and is held back before V11 by the guard, as in a real rolling deploy, and the second
 * one, after the rollout, applies V11.
 *
 * Phases: warm-up (-Dbench.warmup seconds, 10; not reported) → before (-Dbench.before seconds, 30) → expand
 * (migrate: V9, backfill, V10; each step includes Flyway's own bookkeeping around it) → switch (-Dbench.switch
 * seconds, 10: both releases write, each in its own shape) → check (one scan: every row's rank matches its
 * text) → contract (migrate: V11) → after (-Dbench.after seconds, 15).
 *
 * Scenario -Dbench.readerDuringContract=SECONDS (default 0, off): just before the contract, a reader opens a
 * transaction that reads tasks and keeps it open that long, as a slow report or a forgotten session would.
 *
 * Lock waits: a sampler on its own connection reads pg_locks every -Dbench.sampleMs (5) ms; a wait is keyed by
 * (pid, waitstart), so its length is known to within one sample. log_lock_waits is on as well (waits longer
 * than deadlock_timeout, 1 s, are logged by the server; those lines are printed at the end).
 */
public class SchemaChangeBench {

    static final String[] CODES = {"none", "low", "medium", "high", "urgent"};
    /** The schema before the change, and the change's contract: migrate goes no further, whatever comes later. */
    static final String BEFORE_VERSION = "8";
    static final String CONTRACT_VERSION = "11";
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final long T0 = System.nanoTime();

    public static void main(String[] args) throws Exception {
        int tasks = args.length > 0 ? Integer.parseInt(args[0].replace("_", "").replace(",", "")) : 1_000_000;
        double rate = args.length > 1 ? Double.parseDouble(args[1]) : 50;
        int users = Integer.getInteger("bench.users", 1000);
        int writers = Integer.getInteger("bench.writers", 8);
        int warmupSeconds = Integer.getInteger("bench.warmup", 10);
        int beforeSeconds = Integer.getInteger("bench.before", 30);
        int switchSeconds = Integer.getInteger("bench.switch", 10);
        int afterSeconds = Integer.getInteger("bench.after", 15);
        int sampleMillis = Integer.getInteger("bench.sampleMs", 5);
        Path dir = Path.of(System.getProperty("bench.dir", "target/bench")).toAbsolutePath().normalize();
        if (dir.toString().contains(".taskchat")) {
            throw new IllegalArgumentException("refusing to run in the developer's .taskchat directory: " + dir);
        }
        Files.createDirectories(dir);
        // zonky's INFO chatter stays off (EmbeddedDatabase does that); our own lines go to stdout
        System.setProperty("java.util.logging.SimpleFormatter.format", "%4$s: %5$s%6$s%n");

        boolean durable = Boolean.parseBoolean(System.getProperty("bench.durable", "true"));

        say("Schema change under load: %,d tasks for %,d users, writer %.0f ops/s on %d connections, %s server",
                tasks, users, rate, writers, durable ? "durable" : "non-durable (fsync off)");
        Bench bench = new Bench(tasks, users, rate, writers, sampleMillis);
        // durable: EmbeddedDatabase's persistent mode (fsync and synchronous_commit on, as in production) in a
        // fresh directory of its own, deleted afterwards; otherwise its throwaway mode, whose server runs with
        // fsync, synchronous_commit and full_page_writes off (a commit never waits for the disk)
        Path runDirectory = dir.resolve("durable-" + UUID.randomUUID());
        try (EmbeddedDatabase db = durable
                ? EmbeddedDatabase.persistent(runDirectory.resolve("postgres")).start()
                : EmbeddedDatabase.throwaway(dir).start()) {
            bench.run(db, warmupSeconds, beforeSeconds, switchSeconds, afterSeconds);
        } finally {
            if (durable) {
                deleteRecursively(runDirectory);
            }
        }
        say("PostgreSQL stopped, its data directory deleted.");
    }

    static void deleteRecursively(Path directory) throws java.io.IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (var paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    static void say(String format, Object... args) {
        System.out.printf(Locale.ROOT, "[%7.1f s] %s%n", (System.nanoTime() - T0) / 1e9,
                String.format(Locale.ROOT, format, args));
    }

    // ---------------------------------------------------------------------------------------------------------

    static final class Bench {
        final int tasks;
        final int users;
        final double rate;
        final int writers;
        final int sampleMillis;
        final Timeline timeline = new Timeline();
        final Map<String, Long> steps = new LinkedHashMap<>(); // step name -> nanos
        final List<String> notes = new ArrayList<>();
        EmbeddedDatabase db;

        Bench(int tasks, int users, double rate, int writers, int sampleMillis) {
            this.tasks = tasks;
            this.users = users;
            this.rate = rate;
            this.writers = writers;
            this.sampleMillis = sampleMillis;
        }

        void run(EmbeddedDatabase db, int warmupSeconds, int beforeSeconds, int switchSeconds, int afterSeconds)
                throws Exception {
            this.db = db;
            String appUrl = db.jdbcUrl();
            List<String> foreign = foreignProcesses(db.dataDirectory());
            if (!foreign.isEmpty()) {
                say("WARNING: other PostgreSQL servers or JVMs are running and share the cores:");
                foreign.forEach(line -> say("  %s", line));
                notes.add("other PostgreSQL servers or JVMs were running at the start: " + foreign.size());
            }
            try (Connection admin = superuser()) {
                execute(admin, "alter system set log_lock_waits = on");
                execute(admin, "alter system set log_autovacuum_min_duration = 0");
                execute(admin, "select pg_reload_conf()");
                say("PostgreSQL %s on port %d (%s)", single(admin, "show server_version"), db.port(),
                        settings(admin));
            }
            Migrations migrations = new Migrations(appUrl + "?ApplicationName=migrate", db.user(), db.password());
            MigrateLog log = new MigrateLog(timeline);

            say("migrate up to version %s, the schema of the release before the change", BEFORE_VERSION);
            new RetryingMigrate(migrations, LockRetry.DEFAULT, log)
                    .run(() -> new GuardedMigration(migrations, log).migrate(BEFORE_VERSION, null));
            long firstUser = load();

            Heartbeats instances = new Heartbeats(connect("heartbeat"));
            UUID oldRelease = UUID.randomUUID();
            UUID newRelease = UUID.randomUUID();
            instances.register(oldRelease, "bench-old", 6);
            LockSampler sampler = new LockSampler(superuser(), timeline, sampleMillis);
            Writer writer = new Writer(this, firstUser);

            // connections opened, statements prepared, the JIT warm: none of that is counted
            timeline.enter("warm-up");
            sampler.start();
            writer.start();
            say("warm-up: %d s of writes, not counted", warmupSeconds);
            sleepReporting(writer, warmupSeconds);

            timeline.enter("before");
            say("phase before: %d s of steady writes in the old shape", beforeSeconds);
            sleepReporting(writer, beforeSeconds);

            timeline.enter("expand: V9");
            say("phase expand: migrate (old release alive: the guard should stop it before V11)");
            long started = System.nanoTime();
            GuardedMigration.Outcome expand = new RetryingMigrate(migrations, LockRetry.DEFAULT, log)
                    .run(() -> new GuardedMigration(migrations, log).migrate(CONTRACT_VERSION, null));
            steps.put("migrate #1 (V9 + backfill + V10)", System.nanoTime() - started);
            report(expand);
            String version = migrations.currentVersion().orElse("none");
            if (!version.equals("10") || !expand.refused()) {
                throw new IllegalStateException("expected the guard to hold V11 back at version 10; version " + version
                        + ", refused " + expand.refused());
            }
            say("  guard held V11 back as expected: %s", expand.verdict().summary());
            recordBackfill(log.batches);

            timeline.enter("switch");
            instances.register(newRelease, "bench-new", 10);
            writer.shape = Shape.MIXED;
            say("phase switch: %d s with both releases writing, each in its own shape", switchSeconds);
            sleepReporting(writer, switchSeconds);
            writer.shape = Shape.NEW;
            instances.deregister(oldRelease);

            timeline.enter("check");
            try (Connection connection = connect("check")) {
                check(connection);
            }

            int readerSeconds = Integer.getInteger("bench.readerDuringContract", 0);
            if (readerSeconds > 0) {
                startLongReader(readerSeconds);
            }

            timeline.enter("contract: V11");
            say("phase contract: migrate (only the new release alive)");
            started = System.nanoTime();
            GuardedMigration.Outcome contract = new RetryingMigrate(migrations, LockRetry.DEFAULT, log)
                    .run(() -> new GuardedMigration(migrations, log).migrate(CONTRACT_VERSION, null));
            steps.put("migrate #2 (V11)", System.nanoTime() - started);
            report(contract);
            if (contract.refused() || !migrations.currentVersion().orElse("").equals(CONTRACT_VERSION)) {
                throw new IllegalStateException("the contract did not apply");
            }

            timeline.enter("after");
            say("phase after: %d s of steady writes in the new shape", afterSeconds);
            sleepReporting(writer, afterSeconds);
            timeline.enter("end");
            foreign = foreignProcesses(db.dataDirectory());
            if (!foreign.isEmpty()) {
                notes.add("other PostgreSQL servers or JVMs were running at the end: " + foreign.size());
            }
            notes.add("load average (1 min) at the end: " + loadAverage() + "; other PostgreSQL servers or JVMs seen"
                    + " at " + writer.busyTicks + " of " + writer.ticks + " checks (every 5 s)");

            writer.stop();
            sampler.stop();
            instances.close();
            try (Connection connection = connect("check")) {
                afterwards(connection);
            }
            print(writer, sampler);
        }

        /**
         * A report-like reader: one transaction that reads tasks and stays open for {@code seconds}, holding its
         * ACCESS SHARE lock, which the contract's ACCESS EXCLUSIVE must wait for (the scripts' lock_timeout is
         * 5 s; RetryingMigrate tries again). Returns once the lock is held.
         */
        void startLongReader(int seconds) throws Exception {
            java.util.concurrent.CountDownLatch holding = new java.util.concurrent.CountDownLatch(1);
            Thread reader = new Thread(() -> {
                try (Connection connection = connect("long-reader")) {
                    connection.setAutoCommit(false);
                    say("long reader: a transaction reads tasks and stays open %d s", seconds);
                    single(connection, "select count(*) from tasks where priority_rank = 4");
                    holding.countDown();
                    TimeUnit.SECONDS.sleep(seconds);
                    connection.commit();
                    say("long reader: committed");
                } catch (SQLException | InterruptedException e) {
                    say("long reader failed: %s", e);
                    holding.countDown();
                }
            }, "long-reader");
            reader.setDaemon(true);
            reader.start();
            holding.await();
            notes.add("scenario: a reader held a transaction on tasks open for " + seconds
                    + " s from just before the contract");
        }

        /** Users, then TASKS tasks in ten statements, then VACUUM ANALYZE and a checkpoint. */
        long load() throws SQLException {
            long started = System.nanoTime();
            long firstUser;
            try (Connection connection = connect("load")) {
                try (PreparedStatement insert = connection.prepareStatement("""
                        insert into users (email, password_hash, name, time_zone, created_at)
                        select 'bench-' || g || '@example.com', 'not-a-hash', 'Bench ' || g, 'Europe/Berlin', now()
                        from generate_series(1, ?) g""")) {
                    insert.setInt(1, users);
                    insert.executeUpdate();
                }
                firstUser = single(connection, "select min(id) from users");
                int chunk = Math.max(1, (tasks + 9) / 10);
                // realistic spread: 40 % none, 20 % low, 20 % medium, 10 % high, 10 % urgent; 40 % with a due
                // date (a fifth of them with a time), some recurring, a third completed, 10 % with a description
                try (PreparedStatement insert = connection.prepareStatement("""
                        insert into tasks (user_id, title, description, priority, due_date, due_time, due_at,
                                           remind_at, recurrence, completed_at, created_at, updated_at, version)
                        select ? + g % ?,
                               (array['Call','Email','Buy','Write','Review','Plan','Fix','Read'])[1 + g % 8] || ' '
                                   || (array['the report','milk','the invoice','slides','the bike','the garden',
                                             'the tax return','the budget'])[1 + (g / 8) % 8] || ' ' || g,
                               case when g % 10 = 0 then 'Notes for task ' || g || ': call back before noon' end,
                               (array['none','none','none','none','low','low','medium','medium','high','urgent'])
                                   [1 + (g * 7) % 10],
                               d.due_date, d.due_time, d.due_at,
                               case when d.due_at is not null and g % 7 = 0 then d.due_at - interval '1 hour' end,
                               case when d.due_date is not null and g % 20 = 0 then 'FREQ=WEEKLY' end,
                               case when g % 3 = 0 then now() - make_interval(days => g % 30) end,
                               now() - make_interval(days => 30 + g % 365), now() - make_interval(days => g % 30),
                               1 + g % 3
                        from generate_series(?::int, ?::int) g
                        cross join lateral (
                            select dd as due_date, dt as due_time,
                                   (dd + coalesce(dt, time '09:00')) at time zone 'Europe/Berlin' as due_at
                            from (select case when g % 5 < 2 then current_date + (g % 90 - 30) end as dd,
                                         case when g % 5 = 0 then time '08:00' + make_interval(mins => (g % 40) * 15)
                                         end as dt) x
                        ) d""")) {
                    for (long from = 1; from <= tasks; from += chunk) {
                        long to = Math.min(tasks, from + chunk - 1);
                        long t = System.nanoTime();
                        insert.setLong(1, firstUser);
                        insert.setInt(2, users);
                        insert.setInt(3, (int) from);
                        insert.setInt(4, (int) to);
                        insert.executeUpdate();
                        say("  loaded tasks %,d–%,d (%.1f s)", from, to, (System.nanoTime() - t) / 1e9);
                    }
                }
            }
            try (Connection admin = superuser()) {
                long t = System.nanoTime();
                execute(admin, "vacuum (analyze) users");
                execute(admin, "vacuum (analyze) tasks");
                execute(admin, "checkpoint");
                say("  vacuum analyze + checkpoint (%.1f s)", (System.nanoTime() - t) / 1e9);
                say("  tasks: %,d rows, table %s, with indexes %s", single(admin, "select count(*) from tasks"),
                        text(admin, "select pg_size_pretty(pg_relation_size('tasks'))"),
                        text(admin, "select pg_size_pretty(pg_total_relation_size('tasks'))"));
                notes.add(String.format(Locale.ROOT, "before the change: tasks %s, with indexes %s",
                        text(admin, "select pg_size_pretty(pg_relation_size('tasks'))"),
                        text(admin, "select pg_size_pretty(pg_total_relation_size('tasks'))")));
            }
            steps.put("load " + String.format(Locale.ROOT, "%,d", tasks) + " tasks + vacuum analyze",
                    System.nanoTime() - started);
            return firstUser;
        }

        void report(GuardedMigration.Outcome outcome) {
            for (AppliedMigration applied : outcome.applied()) {
                say("  applied V%s %s in %d ms (Flyway's execution time)", applied.version(), applied.description(),
                        applied.executionTime().toMillis());
                steps.put("V" + applied.version() + " " + applied.description(), applied.executionTime().toNanos());
            }
        }

        void recordBackfill(long batches) throws SQLException {
            try (Connection connection = connect("check");
                    ResultSet row = connection.createStatement().executeQuery("""
                            select rows_done, rows_updated, extract(epoch from finished_at - started_at)
                            from backfill_progress where name = 'tasks_priority_rank'""")) {
                row.next();
                double seconds = row.getDouble(3);
                long done = row.getLong(1);
                String line = String.format(Locale.ROOT,
                        "backfill tasks_priority_rank: %,d rows covered, %,d updated by it (the rest were written"
                                + " meanwhile and filled by the trigger), %d batches of up to 1,000 keys, %.1f s,"
                                + " %,.0f rows/s",
                        done, row.getLong(2), batches, seconds, done / Math.max(seconds, 1e-3));
                say("  %s", line);
                notes.add(line);
                steps.put("backfill tasks_priority_rank (backfill_progress: started → finished)",
                        (long) (seconds * 1e9));
            }
        }

        /** Every row's rank matches its text: what the backfill and the trigger promise. */
        void check(Connection connection) throws SQLException {
            long t = System.nanoTime();
            try (ResultSet row = connection.createStatement().executeQuery("""
                    select count(*),
                           count(*) filter (where priority_rank is null),
                           count(*) filter (where priority_rank is distinct from
                               array_position(array['none','low','medium','high','urgent'], priority) - 1)
                    from tasks""")) {
                row.next();
                String line = String.format(Locale.ROOT,
                        "check before the contract: %,d rows, %,d without a rank, %,d whose rank and text disagree"
                                + " (%.2f s)",
                        row.getLong(1), row.getLong(2), row.getLong(3), (System.nanoTime() - t) / 1e9);
                say("%s", line);
                notes.add(line);
                if (row.getLong(2) != 0 || row.getLong(3) != 0) {
                    throw new IllegalStateException(line);
                }
            }
        }

        void afterwards(Connection connection) throws SQLException {
            String line = String.format(Locale.ROOT,
                    "after the change: %,d tasks; tasks.priority exists: %s; priority_rank nullable: %s,"
                            + " default %s; trigger left: %s; table %s, with indexes %s",
                    single(connection, "select count(*) from tasks"),
                    text(connection, "select count(*) > 0 from information_schema.columns"
                            + " where table_name = 'tasks' and column_name = 'priority'"),
                    text(connection, "select is_nullable from information_schema.columns"
                            + " where table_name = 'tasks' and column_name = 'priority_rank'"),
                    text(connection, "select column_default from information_schema.columns"
                            + " where table_name = 'tasks' and column_name = 'priority_rank'"),
                    text(connection, "select count(*) > 0 from pg_trigger where tgname = 'tasks_priority_dual_write'"),
                    text(connection, "select pg_size_pretty(pg_relation_size('tasks'))"),
                    text(connection, "select pg_size_pretty(pg_total_relation_size('tasks'))"));
            say("%s", line);
            notes.add(line);
            String vacuum = String.format(Locale.ROOT,
                    "tasks: %s dead rows now, autovacuum ran %s times, autoanalyze %s",
                    text(connection, "select n_dead_tup from pg_stat_user_tables where relname = 'tasks'"),
                    text(connection, "select autovacuum_count from pg_stat_user_tables where relname = 'tasks'"),
                    text(connection, "select autoanalyze_count from pg_stat_user_tables where relname = 'tasks'"));
            say("%s", vacuum);
            notes.add(vacuum);
        }

        void sleepReporting(Writer writer, int seconds) throws InterruptedException {
            TimeUnit.SECONDS.sleep(seconds); // the writer's monitor reports every 5 s meanwhile
        }

        void print(Writer writer, LockSampler sampler) throws Exception {
            List<Op> ops = new ArrayList<>(writer.ops);
            List<LockWait> waits = new ArrayList<>(sampler.waits.values());
            List<String> phases = timeline.names();
            phases.remove("end");
            phases.remove("warm-up");

            System.out.println();
            System.out.println("## Writer latency and lock waits per phase");
            System.out.println();
            System.out.printf(Locale.ROOT, "%,d tasks, writer %.0f ops/s (40 %% inserts, 60 %% read + update) on %d"
                    + " connections, latency from each operation's scheduled start (after %.0f s of warm-up)%n%n",
                    tasks, rate, writers, timeline.duration("warm-up") / 1e9);
            System.out.println("| phase | duration | ops | p50 | p99 | max | errors | longest lock wait (sampled every "
                    + sampleMillis + " ms) |");
            System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
            for (String phase : phases) {
                row(phase, timeline.duration(phase), ops, waits, phase::equals);
            }
            java.util.function.Predicate<String> change = Bench::duringChange;
            long whole = phases.stream().filter(change).mapToLong(timeline::duration).sum();
            row("**whole change** (expand → contract)", whole, ops, waits, change);
            System.out.println();
            for (String phase : phases) {
                ops.stream()
                        .filter(op -> phase.equals(timeline.phaseAt(op.scheduled())) && op.error() != null)
                        .findFirst()
                        .ifPresent(op -> System.out.println("first error in " + phase + ": " + op.error()));
            }

            System.out.println();
            System.out.println("Slowest operations (wall clock, to set beside the server log below):");
            Instant wallAtT0 = Instant.now().minusNanos(System.nanoTime() - T0);
            ops.stream()
                    .filter(op -> !timeline.phaseAt(op.scheduled()).equals("warm-up"))
                    .sorted(Comparator.comparingLong(Op::latency).reversed())
                    .limit(5)
                    .forEach(op -> System.out.printf(Locale.ROOT, "- %s %s: %s, %s (%s shape)%s%n",
                            wallAtT0.plusNanos(op.scheduled() - T0).toString().replace('T', ' '),
                            timeline.phaseAt(op.scheduled()), ms(op.latency()), op.insert() ? "insert" : "update",
                            op.shape(), op.error() == null ? "" : ", " + op.error()));

            System.out.println();
            System.out.println("## Migration steps");
            System.out.println();
            System.out.println("| step | time |");
            System.out.println("| --- | ---: |");
            steps.forEach((name, nanos) -> System.out.printf(Locale.ROOT, "| %s | %s |%n", name, ms(nanos)));
            System.out.println();
            notes.forEach(note -> System.out.println("- " + note));

            System.out.println();
            System.out.println("## Longest lock waits (all phases)");
            System.out.println();
            waits.sort(Comparator.comparingDouble(LockWait::maxMillis).reversed());
            for (LockWait wait : waits.subList(0, Math.min(10, waits.size()))) {
                System.out.println("- " + wait.describe());
            }
            System.out.printf(Locale.ROOT, "%n%d waits seen in %,d samples (every %d ms; a wait shorter than one"
                    + " sample may be missed)%n", waits.size(), sampler.samples, sampleMillis);

            System.out.println();
            System.out.println("## Server log: lock waits (log_lock_waits: after 1 s), autovacuum of tasks, checkpoints");
            System.out.println();
            Pattern stamp =
                    Pattern.compile("^(\\d{4}-\\d\\d-\\d\\d) (\\d\\d:\\d\\d:\\d\\d\\.\\d+) UTC \\[\\d+\\] (\\w+):");
            String phase = "load";
            boolean printing = false;
            for (String line : Files.readAllLines(db.logFile())) {
                Matcher entry = stamp.matcher(line);
                if (entry.find()) {
                    phase = timeline.phaseAt(Instant.parse(entry.group(1) + "T" + entry.group(2) + "Z"));
                    boolean lockWait = line.contains("still waiting for") || line.contains(" acquired ")
                            || line.contains("deadlock") || line.contains("canceling autovacuum");
                    boolean vacuum = (line.contains("automatic vacuum of table")
                                    || line.contains("automatic analyze of table"))
                            && line.contains(".public.tasks\"");
                    boolean checkpoint = line.contains("LOG:  checkpoint starting") && !phase.equals("load")
                            || line.contains("LOG:  checkpoint complete") && !phase.equals("load");
                    // DETAIL, CONTEXT and STATEMENT belong to the entry just before them
                    boolean continuation = List.of("DETAIL", "CONTEXT", "STATEMENT").contains(entry.group(3));
                    printing = lockWait || vacuum || checkpoint || (continuation && printing);
                }
                if (printing) {
                    System.out.println("    [" + phase + "] " + line);
                }
            }
        }

        static boolean duringChange(String phase) {
            return phase.startsWith("expand") || phase.equals("switch") || phase.equals("check")
                    || phase.startsWith("contract");
        }

        void row(String label, long nanos, List<Op> ops, List<LockWait> waits,
                java.util.function.Predicate<String> inPhase) {
            List<Long> latencies = new ArrayList<>();
            long errors = 0;
            for (Op op : ops) {
                if (inPhase.test(timeline.phaseAt(op.scheduled()))) {
                    latencies.add(op.latency());
                    if (op.error() != null) {
                        errors++;
                    }
                }
            }
            Collections.sort(latencies);
            LockWait longest = waits.stream()
                    .filter(w -> inPhase.test(w.phase))
                    .max(Comparator.comparingDouble(LockWait::maxMillis))
                    .orElse(null);
            System.out.printf(Locale.ROOT, "| %s | %s | %,d | %s | %s | %s | %d | %s |%n", label, seconds(nanos),
                    latencies.size(), pct(latencies, 50), pct(latencies, 99),
                    latencies.isEmpty() ? "–" : ms(latencies.get(latencies.size() - 1)), errors,
                    longest == null ? "none seen" : longest.brief());
        }

        Connection connect(String applicationName) throws SQLException {
            Properties properties = new Properties();
            properties.setProperty("user", db.user());
            properties.setProperty("password", db.password());
            properties.setProperty("ApplicationName", applicationName);
            return DriverManager.getConnection(db.jdbcUrl(), properties);
        }

        Connection superuser() throws SQLException {
            Properties properties = new Properties();
            properties.setProperty("user", "postgres");
            properties.setProperty("password", "");
            properties.setProperty("ApplicationName", "bench-admin");
            return DriverManager.getConnection(db.jdbcUrl(), properties);
        }

        static String settings(Connection connection) throws SQLException {
            StringBuilder out = new StringBuilder();
            try (ResultSet rows = connection.createStatement().executeQuery("""
                    select name, setting || coalesce(unit, '') from pg_settings
                    where name in ('fsync', 'synchronous_commit', 'full_page_writes', 'shared_buffers',
                                   'max_wal_size', 'autovacuum', 'deadlock_timeout', 'log_lock_waits')
                    order by name""")) {
                while (rows.next()) {
                    out.append(out.isEmpty() ? "" : ", ")
                            .append(rows.getString(1))
                            .append('=')
                            .append(rows.getString(2));
                }
            }
            return out.toString();
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    enum Shape { OLD, MIXED, NEW }

    /** One writer operation: when it was due, how long after that it was done, and its error if any. */
    record Op(long scheduled, long latency, boolean insert, Shape shape, String error) {}

    /** The open-loop writer: a dispatcher hands each operation, at its due time, to a pool of connections. */
    static final class Writer {
        final Bench bench;
        final long firstUser;
        final long period;
        final ExecutorService pool;
        final List<Connection> connections = new CopyOnWriteArrayList<>();
        final ThreadLocal<Connection> connection = new ThreadLocal<>();
        final ConcurrentLinkedQueue<Op> ops = new ConcurrentLinkedQueue<>();
        final AtomicLong seen = new AtomicLong();
        volatile Shape shape = Shape.OLD;
        volatile boolean running = true;
        Thread dispatcher;
        Thread monitor;
        int lastTickCount;
        long lastTick;
        int ticks;
        int busyTicks;

        Writer(Bench bench, long firstUser) {
            this.bench = bench;
            this.firstUser = firstUser;
            this.period = (long) (1e9 / bench.rate);
            this.pool = Executors.newFixedThreadPool(bench.writers, r -> {
                Thread thread = new Thread(r, "writer");
                thread.setDaemon(true);
                return thread;
            });
        }

        void start() {
            lastTick = System.nanoTime();
            dispatcher = new Thread(this::dispatch, "writer-dispatch");
            dispatcher.setDaemon(true); // a failed run must not be kept alive by its writer
            dispatcher.start();
            monitor = new Thread(() -> {
                while (running) {
                    try {
                        TimeUnit.SECONDS.sleep(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                    tick();
                }
            }, "writer-monitor");
            monitor.setDaemon(true);
            monitor.start();
        }

        void dispatch() {
            long start = System.nanoTime();
            for (long i = 0; running; i++) {
                long due = start + i * period;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    java.util.concurrent.locks.LockSupport.parkNanos(wait);
                }
                if (!running) {
                    break;
                }
                Shape now = shape;
                Shape opShape = now == Shape.MIXED ? (i % 2 == 0 ? Shape.OLD : Shape.NEW) : now;
                boolean insert = ThreadLocalRandom.current().nextInt(100) < 40;
                pool.execute(() -> operate(due, opShape, insert));
            }
        }

        void operate(long due, Shape shape, boolean insert) {
            String error = null;
            Connection c = null;
            try {
                c = connection();
                if (insert) {
                    insert(c, shape);
                } else {
                    update(c, shape);
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                error = describe(e);
                if (c != null) {
                    try {
                        c.rollback();
                    } catch (SQLException broken) {
                        connection.remove(); // a new one next time
                    }
                }
            }
            ops.add(new Op(due, System.nanoTime() - due, insert, shape, error));
        }

        Connection connection() throws SQLException {
            Connection c = connection.get();
            if (c == null || c.isClosed()) {
                c = bench.connect("writer");
                c.setAutoCommit(false);
                connections.add(c);
                connection.set(c);
            }
            return c;
        }

        void insert(Connection c, Shape shape) throws SQLException {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            String column = shape == Shape.OLD ? "priority" : "priority_rank";
            try (PreparedStatement insert = c.prepareStatement("insert into tasks (user_id, title, description, "
                    + column + ", due_date, due_time, due_at, created_at, updated_at, version)"
                    + " values (?, ?, null, ?, ?, null, ?, ?, ?, 1) returning id")) {
                insert.setLong(1, firstUser + random.nextInt(bench.users));
                insert.setString(2, "Bench write " + random.nextInt(1_000_000));
                setPriority(insert, 3, shape, random.nextInt(CODES.length));
                if (random.nextBoolean()) {
                    LocalDate date = LocalDate.now(ZONE).plusDays(random.nextInt(30));
                    insert.setObject(4, date);
                    insert.setTimestamp(5, Timestamp.from(date.atTime(LocalTime.of(9, 0)).atZone(ZONE).toInstant()));
                } else {
                    insert.setObject(4, null, java.sql.Types.DATE);
                    insert.setTimestamp(5, null);
                }
                Timestamp now = Timestamp.from(Instant.now());
                insert.setTimestamp(6, now);
                insert.setTimestamp(7, now);
                try (ResultSet id = insert.executeQuery()) {
                    id.next();
                }
            }
        }

        void update(Connection c, Shape shape) throws SQLException {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            String column = shape == Shape.OLD ? "priority" : "priority_rank";
            long id = 1 + random.nextLong(bench.tasks);
            long version;
            try (PreparedStatement select =
                    c.prepareStatement("select id, title, " + column + ", version from tasks where id = ?")) {
                select.setLong(1, id);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        throw new IllegalStateException("task " + id + " not found");
                    }
                    version = row.getLong(4);
                }
            }
            try (PreparedStatement update = c.prepareStatement("update tasks set title = ?, " + column
                    + " = ?, updated_at = ?, version = ? where id = ? and version = ?")) {
                update.setString(1, "Bench edit " + random.nextInt(1_000_000));
                setPriority(update, 2, shape, random.nextInt(CODES.length));
                update.setTimestamp(3, Timestamp.from(Instant.now()));
                update.setLong(4, version + 1);
                update.setLong(5, id);
                update.setLong(6, version);
                if (update.executeUpdate() != 1) {
                    throw new IllegalStateException("optimistic lock conflict on task " + id);
                }
            }
        }

        static void setPriority(PreparedStatement statement, int index, Shape shape, int rank) throws SQLException {
            if (shape == Shape.OLD) {
                statement.setString(index, CODES[rank]);
            } else {
                statement.setShort(index, (short) rank);
            }
        }

        /** A line every 5 s while it runs, with the machine's load: is anything else using the cores? */
        void tick() {
            List<Op> all = new ArrayList<>(ops);
            List<Op> recent = all.subList(lastTickCount, all.size());
            lastTickCount = all.size();
            long now = System.nanoTime();
            double window = (now - lastTick) / 1e9;
            lastTick = now;
            int others = foreignProcesses(bench.db.dataDirectory()).size();
            ticks++;
            if (others > 0) {
                busyTicks++;
            }
            List<Long> latencies = new ArrayList<>();
            long errors = 0;
            for (Op op : recent) {
                latencies.add(op.latency());
                errors += op.error() == null ? 0 : 1;
            }
            Collections.sort(latencies);
            say("  writer: %d ops in %.0f s, p50 %s, p99 %s, max %s, errors %d (shape %s); load average %s%s",
                    latencies.size(), window, pct(latencies, 50), pct(latencies, 99), pct(latencies, 100), errors,
                    shape, loadAverage(),
                    others == 0 ? "" : "; " + others + " other PostgreSQL servers or JVMs running");
        }

        void stop() throws Exception {
            running = false;
            dispatcher.join();
            monitor.interrupt();
            monitor.join();
            pool.shutdown();
            if (!pool.awaitTermination(2, TimeUnit.MINUTES)) {
                throw new IllegalStateException("writer did not finish its last operations in 2 minutes");
            }
            for (Connection c : connections) {
                c.close();
            }
        }

        static String describe(Throwable e) {
            String state = e instanceof SQLException sql && sql.getSQLState() != null ? sql.getSQLState() + " " : "";
            String message = String.valueOf(e.getMessage());
            int newline = message.indexOf('\n');
            return state + (newline < 0 ? message : message.substring(0, newline));
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    /** The phases, each with the moment it began; an operation belongs to the phase it was due in. */
    static final class Timeline {
        final List<String> names = new CopyOnWriteArrayList<>();
        final List<Long> starts = new CopyOnWriteArrayList<>();
        final List<Instant> wallStarts = new CopyOnWriteArrayList<>();
        volatile String current = "load";

        synchronized void enter(String name) {
            starts.add(System.nanoTime());
            wallStarts.add(Instant.now());
            names.add(name);
            current = name;
        }

        /** The phase at a moment of the wall clock (for the server's log lines). */
        String phaseAt(Instant instant) {
            String phase = "load";
            for (int i = 0; i < wallStarts.size() && !wallStarts.get(i).isAfter(instant); i++) {
                phase = names.get(i);
            }
            return phase;
        }

        String phaseAt(long nanos) {
            String phase = "load";
            for (int i = 0; i < starts.size() && starts.get(i) <= nanos; i++) {
                phase = names.get(i);
            }
            return phase;
        }

        long duration(String name) {
            int i = names.indexOf(name);
            return i < 0 || i + 1 >= starts.size() ? 0 : starts.get(i + 1) - starts.get(i);
        }

        List<String> names() {
            return new ArrayList<>(names);
        }
    }

    /** The lines migrate prints: progress is thinned to every 10 %, and the backfill's start and end are phases. */
    static final class MigrateLog implements Consumer<String> {
        static final Pattern PERCENT = Pattern.compile("\\((\\d+)%\\)");
        static final Pattern BATCHES = Pattern.compile("(\\d+) batches in this run");
        final Timeline timeline;
        long lastDecile = -1;
        volatile long batches = -1;

        MigrateLog(Timeline timeline) {
            this.timeline = timeline;
        }

        @Override
        public void accept(String line) {
            if (line.startsWith("Backfill ") && line.contains(" rows, batches of ")) {
                timeline.enter("expand: backfill");
            } else if (line.startsWith("Backfill ") && line.contains(" finished: ")) {
                timeline.enter("expand: V10");
                Matcher batches = BATCHES.matcher(line);
                if (batches.find()) {
                    this.batches = Long.parseLong(batches.group(1));
                }
            }
            Matcher percent = PERCENT.matcher(line);
            if (line.contains("rows/s, ETA") && percent.find()) {
                long decile = Long.parseLong(percent.group(1)) / 10;
                if (decile == lastDecile) {
                    return;
                }
                lastDecile = decile;
            }
            say("  migrate: %s", line.strip());
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    /** One heavyweight lock wait, as the sampler saw it. */
    static final class LockWait {
        final String phase;
        final String waiter;
        final String lock;
        final String query;
        volatile String blockers;
        volatile double maxMillis;

        LockWait(String phase, String waiter, String lock, String query, String blockers, double millis) {
            this.phase = phase;
            this.waiter = waiter;
            this.lock = lock;
            this.query = query;
            this.blockers = blockers;
            this.maxMillis = millis;
        }

        double maxMillis() {
            return maxMillis;
        }

        String brief() {
            return String.format(Locale.ROOT, "%.0f ms: %s `%s` waited for %s, behind %s", maxMillis, waiter,
                    abbreviate(query, 60), lock, blockers.isEmpty() ? "?" : abbreviate(blockers, 90));
        }

        String describe() {
            return String.format(Locale.ROOT, "%.0f ms in %s: %s `%s` waited for %s, behind %s", maxMillis, phase,
                    waiter, abbreviate(query, 120), lock, blockers.isEmpty() ? "?" : abbreviate(blockers, 200));
        }
    }

    /** Polls pg_locks for ungranted locks; keeps each wait's longest observed duration. */
    static final class LockSampler {
        static final String QUERY = """
                select w.pid, w.waitstart::text,
                       coalesce(nullif(a.application_name, ''), a.backend_type),
                       w.mode || ' on ' || w.locktype
                           || coalesce(' ' || w.relation::regclass::text, '')
                           || coalesce(' (xid ' || w.transactionid::text || ')', ''),
                       regexp_replace(coalesce(a.query, ''), '\\s+', ' ', 'g'),
                       extract(epoch from clock_timestamp() - w.waitstart) * 1000,
                       coalesce((select string_agg(coalesce(nullif(b.application_name, ''), b.backend_type)
                                       || ' `' || left(regexp_replace(coalesce(b.query, ''), '\\s+', ' ', 'g'), 80)
                                       || '` (' || coalesce(b.state, '') || ')', '; ')
                                 from pg_stat_activity b where b.pid = any(pg_blocking_pids(w.pid))), '')
                from pg_locks w join pg_stat_activity a on a.pid = w.pid
                where not w.granted and w.waitstart is not null""";

        final Connection connection;
        final Timeline timeline;
        final int sampleMillis;
        final Map<String, LockWait> waits = new ConcurrentHashMap<>();
        volatile boolean running = true;
        long samples;
        Thread thread;

        LockSampler(Connection connection, Timeline timeline, int sampleMillis) {
            this.connection = connection;
            this.timeline = timeline;
            this.sampleMillis = sampleMillis;
        }

        void start() {
            thread = new Thread(this::poll, "lock-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        void poll() {
            try (PreparedStatement query = connection.prepareStatement(QUERY)) {
                while (running) {
                    long next = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(sampleMillis);
                    try (ResultSet rows = query.executeQuery()) {
                        samples++;
                        while (rows.next()) {
                            String key = rows.getInt(1) + "@" + rows.getString(2);
                            double millis = rows.getDouble(6);
                            String blockers = rows.getString(7);
                            LockWait wait = waits.get(key);
                            if (wait == null) {
                                wait = new LockWait(timeline.current, rows.getString(3), rows.getString(4),
                                        rows.getString(5), blockers, millis);
                                waits.put(key, wait);
                            }
                            if (millis > wait.maxMillis) {
                                wait.maxMillis = millis;
                                if (!blockers.isEmpty()) {
                                    wait.blockers = blockers;
                                }
                            }
                        }
                    } catch (SQLException e) {
                        say("lock sampler: %s", e.getMessage());
                    }
                    long left = next - System.nanoTime();
                    if (left > 0) {
                        TimeUnit.NANOSECONDS.sleep(left);
                    }
                }
            } catch (SQLException | InterruptedException e) {
                say("lock sampler stopped: %s", e);
            }
        }

        void stop() throws Exception {
            running = false;
            thread.join();
            connection.close();
        }
    }

    /** The app instances' rows in app_instances, refreshed every 10 s as the WAR's InstanceRegistry does. */
    static final class Heartbeats implements AutoCloseable {
        final Connection connection;
        final Map<UUID, Object[]> registered = new ConcurrentHashMap<>();
        final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "heartbeat");
            thread.setDaemon(true);
            return thread;
        });

        Heartbeats(Connection connection) {
            this.connection = connection;
            executor.scheduleWithFixedDelay(this::beatAll, 10, 10, TimeUnit.SECONDS);
        }

        void register(UUID id, String appVersion, int schemaNeeds) throws Exception {
            registered.put(id, new Object[] {appVersion, schemaNeeds, Instant.now()});
            executor.submit(() -> beat(id)).get();
            say("  app instance %s registered (needs schema %d)", appVersion, schemaNeeds);
        }

        void deregister(UUID id) throws Exception {
            Object[] instance = registered.remove(id);
            executor.submit(() -> {
                try (PreparedStatement delete = connection.prepareStatement("delete from app_instances where id = ?")) {
                    delete.setObject(1, id);
                    delete.executeUpdate();
                }
                return null;
            }).get();
            say("  app instance %s stopped (row deleted)", instance[0]);
        }

        synchronized void beatAll() {
            registered.keySet().forEach(this::beat);
        }

        void beat(UUID id) {
            Object[] instance = registered.get(id);
            if (instance == null) {
                return;
            }
            try (PreparedStatement upsert = connection.prepareStatement("""
                    insert into app_instances (id, app_version, schema_needs, host, started_at, heartbeat_at)
                    values (?, ?, ?, 'bench', ?, now())
                    on conflict (id) do update set heartbeat_at = excluded.heartbeat_at""")) {
                upsert.setObject(1, id);
                upsert.setString(2, (String) instance[0]);
                upsert.setInt(3, (Integer) instance[1]);
                upsert.setTimestamp(4, Timestamp.from((Instant) instance[2]));
                upsert.executeUpdate();
            } catch (SQLException e) {
                say("heartbeat failed: %s", e.getMessage());
            }
        }

        @Override
        public void close() throws Exception {
            executor.shutdownNow();
            executor.awaitTermination(10, TimeUnit.SECONDS);
            connection.close();
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    /** The 1-minute load average, to tell a quiet machine from one that something else keeps busy. */
    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException | RuntimeException e) {
            return "?";
        }
    }

    /** PostgreSQL servers and JVMs on this machine that are not this benchmark's: they would share the cores. */
    static List<String> foreignProcesses(Path ourDataDirectory) {
        long self = ProcessHandle.current().pid();
        List<String> foreign = new ArrayList<>();
        ProcessHandle.allProcesses().forEach(process -> {
            String command = process.info().commandLine().orElse("");
            boolean postmaster = command.contains("/bin/postgres ") && command.contains(" -D ");
            boolean jvm = command.contains("/bin/java ");
            boolean ours = process.pid() == self || command.contains(ourDataDirectory.toString())
                    || process.parent().map(p -> p.pid() == self).orElse(false);
            if ((postmaster || jvm) && !ours) {
                foreign.add(process.pid() + " " + abbreviate(command, 100));
            }
        });
        return foreign;
    }

    static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    static long single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    static String text(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            return row.next() ? row.getString(1) : "";
        }
    }

    static String pct(List<Long> sorted, int percentile) {
        if (sorted.isEmpty()) {
            return "–";
        }
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1);
        return ms(sorted.get(Math.max(0, index)));
    }

    static String ms(long nanos) {
        double millis = nanos / 1e6;
        return millis >= 100 ? String.format(Locale.ROOT, "%,.0f ms", millis)
                : String.format(Locale.ROOT, "%.1f ms", millis);
    }

    static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }

    static String abbreviate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
