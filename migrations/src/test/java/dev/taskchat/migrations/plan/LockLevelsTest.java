package dev.taskchat.migrations.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskchat.migrations.sql.CommandParser;
import dev.taskchat.migrations.sql.SqlSplitter;
import dev.taskchat.migrations.sql.SqlStatement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lock levels of the PostgreSQL 17 documentation, statement by statement. */
class LockLevelsTest {

    @Test
    void alterTableTakesTheStrongestLockOfItsActions() throws Exception {
        assertThat(modes("alter table t alter column c set statistics 500"))
                .containsExactly(LockMode.SHARE_UPDATE_EXCLUSIVE);
        assertThat(modes("alter table t set (fillfactor = 70)")).containsExactly(LockMode.SHARE_UPDATE_EXCLUSIVE);
        assertThat(modes("alter table t enable trigger tr")).containsExactly(LockMode.SHARE_ROW_EXCLUSIVE);
        assertThat(modes("alter table t validate constraint c, alter column c set default 1"))
                .containsExactly(LockMode.ACCESS_EXCLUSIVE);
        assertThat(modes("alter table t alter column c set default 1")).containsExactly(LockMode.ACCESS_EXCLUSIVE);
        assertThat(modes("alter table t rename column a to b")).containsExactly(LockMode.ACCESS_EXCLUSIVE);
    }

    @Test
    void indexesDropsDataAndTheRest() throws Exception {
        assertThat(modes("drop index concurrently if exists i")).containsExactly(LockMode.SHARE_UPDATE_EXCLUSIVE);
        assertThat(modes("drop index i")).containsExactly(LockMode.ACCESS_EXCLUSIVE);
        assertThat(modes("drop table a, b")).containsExactly(LockMode.ACCESS_EXCLUSIVE, LockMode.ACCESS_EXCLUSIVE);
        assertThat(modes("delete from t where id < 100")).containsExactly(LockMode.ROW_EXCLUSIVE);
        assertThat(modes("insert into t values (1)")).containsExactly(LockMode.ROW_EXCLUSIVE);
        assertThat(modes("truncate tasks")).containsExactly(LockMode.ACCESS_EXCLUSIVE);
        assertThat(modes("create trigger tr before update on t for each row execute function f()"))
                .containsExactly(LockMode.SHARE_ROW_EXCLUSIVE);
        assertThat(modes("comment on column t.c is 'x'")).containsExactly(LockMode.SHARE_UPDATE_EXCLUSIVE);
        assertThat(modes("reindex index concurrently i")).containsExactly(LockMode.SHARE_UPDATE_EXCLUSIVE);
        assertThat(modes("set lock_timeout = '5s'")).isEmpty();
        assertThat(modes("create or replace function f() returns int language sql as $$ select 1 $$"))
                .isEmpty();
    }

    @Test
    void statementsKnownByKeywordsNameTheirTableWhereTheyShowIt() throws Exception {
        assertThat(lock("create trigger tr before update on public.tasks for each row execute function f()"))
                .isEqualTo(new Lock(LockMode.SHARE_ROW_EXCLUSIVE, "public.tasks", ""));
        assertThat(lock("create or replace trigger tr after insert or update of title on tasks execute function f()"))
                .isEqualTo(new Lock(LockMode.SHARE_ROW_EXCLUSIVE, "tasks", ""));
        assertThat(lock("drop trigger if exists tr on \"Tasks\""))
                .isEqualTo(new Lock(LockMode.ACCESS_EXCLUSIVE, "Tasks", ""));
        assertThat(lock("truncate table only tasks")).isEqualTo(new Lock(LockMode.ACCESS_EXCLUSIVE, "tasks", ""));
        assertThat(lock("cluster tasks using tasks_pkey")).isEqualTo(new Lock(LockMode.ACCESS_EXCLUSIVE, "tasks", ""));
        assertThat(lock("refresh materialized view concurrently stats"))
                .isEqualTo(new Lock(LockMode.ACCESS_EXCLUSIVE, "stats", ""));
        assertThat(lock("reindex table tasks")).isEqualTo(new Lock(LockMode.SHARE, "tasks", ""));
        // an index names its table only in the catalog: the relation is the index, PostgreSQL finds the table
        assertThat(lock("reindex index tasks_due_idx"))
                .isEqualTo(new Lock(LockMode.SHARE, "the table of tasks_due_idx", "", "tasks_due_idx"));
        assertThat(lock("drop index tasks_due_idx"))
                .isEqualTo(new Lock(LockMode.ACCESS_EXCLUSIVE, "the table of tasks_due_idx", "", "tasks_due_idx"));
        assertThat(lock("reindex schema public")).isEqualTo(new Lock(LockMode.SHARE, "the table it names", "", null));
        assertThat(lock("vacuum")).isEqualTo(new Lock(LockMode.SHARE_UPDATE_EXCLUSIVE, "the table it names", "", null));
    }

    private static Lock lock(String sql) throws Exception {
        SqlStatement statement = SqlSplitter.split(sql).get(0);
        List<Lock> locks = LockLevels.of(statement, CommandParser.parse(statement));
        assertThat(locks).as(sql).hasSize(1);
        return locks.get(0);
    }

    private static List<LockMode> modes(String sql) throws Exception {
        SqlStatement statement = SqlSplitter.split(sql).get(0);
        return LockLevels.of(statement, CommandParser.parse(statement)).stream()
                .map(Lock::mode)
                .toList();
    }
}
