package dev.taskchat.migrations.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Statement boundaries: a semicolon ends a statement only where PostgreSQL's own lexer would say so. */
class SqlSplitterTest {

    @Test
    void splitsAtSemicolonsAndNumbersTheLines() throws Exception {
        List<SqlStatement> statements = SqlSplitter.split(
                "set lock_timeout = '5s';\n\ncreate table t (id int);\n" + "alter table t\n  add column x text;");

        assertThat(statements)
                .extracting(SqlStatement::text)
                .containsExactly(
                        "set lock_timeout = '5s'", "create table t (id int)", "alter table t\n  add column x text");
        assertThat(statements).extracting(SqlStatement::line).containsExactly(1, 3, 4);
    }

    @Test
    void aSemicolonInACommentDoesNotEndAStatement() throws Exception {
        List<SqlStatement> statements = SqlSplitter.split("""
                -- a line comment; with a semicolon
                select 1 /* a block; /* nested; */ still a comment; */ + 1;
                select 2; -- trailing; comment
                """);

        assertThat(statements)
                .extracting(SqlStatement::text)
                .containsExactly("select 1 /* a block; /* nested; */ still a comment; */ + 1", "select 2");
        assertThat(statements.get(0).tokens()).noneMatch(token -> token.type() == TokenType.COMMENT);
        assertThat(statements.get(0).leadingComments()).singleElement().satisfies(comment -> assertThat(comment.text())
                .isEqualTo("-- a line comment; with a semicolon"));
    }

    @Test
    void aSemicolonInAStringOrAQuotedIdentifierDoesNotEndAStatement() throws Exception {
        List<SqlStatement> statements = SqlSplitter.split("""
                insert into "odd;name" values ('it''s; fine', E'back\\'slash; too', 'x');
                select '--not a comment';
                """);

        assertThat(statements).hasSize(2);
        assertThat(statements.get(0).tokens())
                .filteredOn(token -> token.type() == TokenType.STRING)
                .extracting(Token::text)
                .containsExactly("'it''s; fine'", "E'back\\'slash; too'", "'x'");
        assertThat(statements.get(0).tokens().get(2).name()).isEqualTo("odd;name");
        assertThat(statements.get(1).tokens()).extracting(Token::type).contains(TokenType.STRING);
    }

    @Test
    void aDollarQuotedBodyIsOneStringWhateverItHolds() throws Exception {
        List<SqlStatement> statements = SqlSplitter.split("""
                create function f() returns trigger language plpgsql as $body$
                begin
                    new.x := 'a;b'; -- not the end
                    perform $$ nested; $$;
                    return new;
                end;
                $body$;
                select $1, a$b$c from t;
                select 3;
                """);

        assertThat(statements).hasSize(3);
        assertThat(statements.get(0).tokens())
                .filteredOn(token -> token.type() == TokenType.STRING)
                .singleElement()
                .satisfies(body -> assertThat(body.text()).startsWith("$body$").endsWith("$body$"));
        // $1 is a parameter and a$b$c an identifier: neither opens a dollar quote
        assertThat(statements.get(1).text()).isEqualTo("select $1, a$b$c from t");
        assertThat(statements.get(2).line()).isEqualTo(9);
    }

    @Test
    void aSqlStandardFunctionBodyKeepsItsSemicolons() throws Exception {
        List<SqlStatement> statements = SqlSplitter.split("""
                create function g(x int) returns int language sql begin atomic
                    select case when x > 0 then 1 else 0 end;
                    select 2;
                end;
                select 4;
                """);

        assertThat(statements).hasSize(2);
        assertThat(statements.get(0).text()).endsWith("select 2;\nend");
    }

    @Test
    void emptyStatementsAndATrailingStatementWithoutSemicolon() throws Exception {
        assertThat(SqlSplitter.split(";;select 1;;\nselect 2"))
                .extracting(SqlStatement::text)
                .containsExactly("select 1", "select 2");
        assertThat(SqlSplitter.split("-- only a comment\n")).isEmpty();
    }

    @Test
    void anUnterminatedConstructIsAnErrorNamingItsLine() {
        assertThatThrownBy(() -> SqlSplitter.split("select 1;\nselect 'oops;\nselect 2;"))
                .isInstanceOf(SqlSyntaxException.class)
                .hasMessageContaining("string")
                .satisfies(e -> assertThat(((SqlSyntaxException) e).line()).isEqualTo(2));
        assertThatThrownBy(() -> SqlSplitter.split("select 1 /* /* */"))
                .isInstanceOf(SqlSyntaxException.class)
                .hasMessageContaining("comment");
        assertThatThrownBy(() -> SqlSplitter.split("do $x$ begin end $y$;"))
                .isInstanceOf(SqlSyntaxException.class)
                .hasMessageContaining("$x$");
        assertThatThrownBy(() -> SqlSplitter.split("select \"x"))
                .isInstanceOf(SqlSyntaxException.class)
                .hasMessageContaining("identifier");
    }
}
