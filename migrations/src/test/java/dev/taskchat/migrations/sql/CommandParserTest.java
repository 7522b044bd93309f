package dev.taskchat.migrations.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskchat.migrations.sql.AlterAction.AddColumn;
import dev.taskchat.migrations.sql.AlterAction.AddConstraint;
import dev.taskchat.migrations.sql.AlterAction.AlterColumnType;
import dev.taskchat.migrations.sql.AlterAction.DropColumn;
import dev.taskchat.migrations.sql.AlterAction.OtherAction;
import dev.taskchat.migrations.sql.AlterAction.RenameColumn;
import dev.taskchat.migrations.sql.AlterAction.SetNotNull;
import dev.taskchat.migrations.sql.AlterAction.ValidateConstraint;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The parts of DDL the rules read, in the spellings PostgreSQL accepts. */
class CommandParserTest {

    @Test
    void createTableReadsColumnsTypesAndConstraints() throws Exception {
        Command.CreateTable create = (Command.CreateTable) parse("""
                create table if not exists public."Notes" (
                    id bigint generated always as identity primary key,
                    body character varying (200) not null default 'x',
                    owner bigint references users (id) on delete cascade,
                    total numeric(10, 2) check (total >= 0),
                    constraint notes_body_nn check ((body is not null)) not valid
                )""");

        assertThat(create.table()).isEqualTo("Notes");
        assertThat(create.ifNotExists()).isTrue();
        assertThat(create.columns()).extracting(ColumnDefinition::name).containsExactly("id", "body", "owner", "total");
        assertThat(create.columns())
                .extracting(ColumnDefinition::type)
                .containsExactly("bigint", "varchar(200)", "bigint", "numeric(10,2)");
        assertThat(create.columns().get(0).generated()).isEqualTo("identity");
        assertThat(create.columns().get(0).notNull()).isTrue();
        assertThat(create.columns().get(1).notNull()).isTrue();
        assertThat(create.columns().get(1).defaultExpression())
                .extracting(Token::text)
                .containsExactly("'x'");
        assertThat(create.columns().get(2).constraints()).singleElement().satisfies(fk -> {
            assertThat(fk.kind()).isEqualTo(ConstraintKind.FOREIGN_KEY);
            assertThat(fk.referencedTable()).isEqualTo("users");
        });
        assertThat(create.constraints()).singleElement().satisfies(check -> {
            assertThat(check.name()).isEqualTo("notes_body_nn");
            assertThat(check.notNullColumn()).isEqualTo("body");
            assertThat(check.notValid()).isTrue();
        });
    }

    @Test
    void alterTableReadsEachActionOfAStatement() throws Exception {
        Command.AlterTable alter = (Command.AlterTable) parse("""
                ALTER TABLE IF EXISTS ONLY tasks
                    ADD COLUMN IF NOT EXISTS note text DEFAULT clock_timestamp(),
                    ADD CONSTRAINT c CHECK (note IS NOT NULL) NOT VALID,
                    VALIDATE CONSTRAINT c,
                    ALTER note SET NOT NULL,
                    ALTER COLUMN title SET DATA TYPE varchar(300) USING title::varchar,
                    ALTER COLUMN title SET DEFAULT 'x',
                    DROP old_column,
                    RENAME COLUMN a TO b""");

        assertThat(alter.table()).isEqualTo("tasks");
        List<AlterAction> actions = alter.actions();
        assertThat(actions).hasSize(8);
        assertThat(((AddColumn) actions.get(0)).ifNotExists()).isTrue();
        assertThat(((AddColumn) actions.get(0)).column().defaultExpression())
                .extracting(Token::text)
                .containsExactly("clock_timestamp", "(", ")");
        assertThat(((AddConstraint) actions.get(1)).constraint().notNullColumn())
                .isEqualTo("note");
        assertThat(actions.get(2)).isEqualTo(new ValidateConstraint("c"));
        assertThat(actions.get(3)).isEqualTo(new SetNotNull("note"));
        assertThat(actions.get(4)).isEqualTo(new AlterColumnType("title", "varchar(300)", true));
        assertThat(actions.get(5)).isEqualTo(new OtherAction("ALTER COLUMN SET DEFAULT"));
        assertThat(actions.get(6)).isEqualTo(new DropColumn("old_column", false));
        assertThat(actions.get(7)).isEqualTo(new RenameColumn("a", "b"));
    }

    @Test
    void indexesTablesAndSettings() throws Exception {
        assertThat(parse("create unique index concurrently if not exists i on only s.t using btree (x)"))
                .isEqualTo(new Command.CreateIndex("i", "t", true, true, true));
        assertThat(parse("create index on t (x)")).isEqualTo(new Command.CreateIndex(null, "t", false, false, false));
        assertThat(parse("drop index concurrently if exists a, b cascade"))
                .isEqualTo(new Command.DropIndex(List.of("a", "b"), true, true));
        assertThat(parse("drop table x")).isEqualTo(new Command.DropTable(List.of("x"), false));
        assertThat(parse("SET LOCAL lock_timeout TO '2s'"))
                .isEqualTo(new Command.SetParameter("lock_timeout", "2s", true));
        assertThat(parse("set lock_timeout = default"))
                .isEqualTo(new Command.SetParameter("lock_timeout", null, false));
        assertThat(parse("update only tasks set x = 1")).isEqualTo(new Command.DataChange("UPDATE", "tasks"));
        assertThat(parse("create or replace function f() returns int as $$ select 1 $$ language sql"))
                .isEqualTo(new Command.Other("CREATE FUNCTION"));
    }

    @Test
    void typeNamesAreSpelledOneWay() throws Exception {
        assertThat(((AlterColumnType)
                                ((Command.AlterTable) parse("alter table t alter c type timestamp with time zone"))
                                        .actions()
                                        .get(0))
                        .type())
                .isEqualTo("timestamptz");
        assertThat(((AlterColumnType) ((Command.AlterTable) parse("alter table t alter c type INT"))
                                .actions()
                                .get(0))
                        .type())
                .isEqualTo("integer");
    }

    private static Command parse(String sql) throws SqlSyntaxException {
        return CommandParser.parse(SqlSplitter.split(sql).get(0));
    }
}
