package dev.taskchat.migrations.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a script into statements at the semicolons that end them: not at one inside a string, a quoted
 * identifier, a comment or a dollar-quoted body (see {@link SqlLexer}), nor inside the {@code BEGIN ATOMIC
 * ... END} body of a SQL-standard function. This is the same split Flyway makes before it sends statements
 * to PostgreSQL one by one, so what the linter checks is what runs.
 */
public final class SqlSplitter {

    private SqlSplitter() {}

    public static List<SqlStatement> split(String sql) throws SqlSyntaxException {
        List<SqlStatement> statements = new ArrayList<>();
        List<Token> code = new ArrayList<>();
        List<Token> comments = new ArrayList<>();
        AtomicBody atomic = new AtomicBody();
        for (Token token : SqlLexer.tokenize(sql)) {
            if (token.type() == TokenType.COMMENT) {
                if (code.isEmpty()) {
                    comments.add(token);
                }
            } else if (token.isSymbol(";") && !atomic.inside()) {
                if (!code.isEmpty()) {
                    statements.add(statement(sql, code, comments));
                }
                code = new ArrayList<>();
                comments = new ArrayList<>();
                atomic = new AtomicBody();
            } else {
                code.add(token);
                atomic.see(code);
            }
        }
        if (!code.isEmpty()) {
            statements.add(statement(sql, code, comments));
        }
        return statements;
    }

    private static SqlStatement statement(String sql, List<Token> code, List<Token> comments) {
        Token first = code.get(0);
        Token last = code.get(code.size() - 1);
        return new SqlStatement(code, comments, sql.substring(first.start(), last.end()), first.line());
    }

    /**
     * Follows CREATE FUNCTION/PROCEDURE ... BEGIN ATOMIC ... END, whose body holds semicolons of its own.
     * Inside it only CASE opens another END.
     */
    private static final class AtomicBody {
        private int depth;

        boolean inside() {
            return depth > 0;
        }

        void see(List<Token> code) {
            Token token = code.get(code.size() - 1);
            if (depth == 0) {
                if (token.is("ATOMIC")
                        && code.size() >= 2
                        && code.get(code.size() - 2).is("BEGIN")
                        && routine(code)) {
                    depth = 1;
                }
            } else if (token.is("CASE")) {
                depth++;
            } else if (token.is("END")) {
                depth--;
            }
        }

        private static boolean routine(List<Token> code) {
            for (Token token : code) {
                if (token.is("FUNCTION") || token.is("PROCEDURE")) {
                    return code.get(0).is("CREATE");
                }
            }
            return false;
        }
    }
}
