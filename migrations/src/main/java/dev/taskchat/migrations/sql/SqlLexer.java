package dev.taskchat.migrations.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts PostgreSQL text into tokens, the way the server's own lexer sees quoting: {@code --} and nested
 * {@code /* *}{@code /} comments, '...' strings with '' inside, E'...' strings with backslash escapes,
 * "quoted identifiers" and $tag$ dollar quoting. Only that much is needed to find statement boundaries and
 * keywords reliably; the tokens are not validated as SQL.
 */
final class SqlLexer {

    // a dollar-quote tag follows the rules of an identifier, except that it cannot contain a dollar sign
    private static final Pattern DOLLAR_TAG =
            Pattern.compile("\\$([A-Za-z_\\u0080-\\uffff][A-Za-z0-9_\\u0080-\\uffff]*)?\\$");

    private final String sql;
    private final List<Token> tokens = new ArrayList<>();
    private int position;
    private int line = 1;

    private SqlLexer(String sql) {
        this.sql = sql;
    }

    static List<Token> tokenize(String sql) throws SqlSyntaxException {
        SqlLexer lexer = new SqlLexer(sql);
        lexer.run();
        return lexer.tokens;
    }

    private void run() throws SqlSyntaxException {
        while (position < sql.length()) {
            char c = sql.charAt(position);
            if (c == '\n') {
                line++;
                position++;
            } else if (Character.isWhitespace(c)) {
                position++;
            } else if (c == '-' && next(1) == '-') {
                lineComment();
            } else if (c == '/' && next(1) == '*') {
                blockComment();
            } else if (c == '\'') {
                string(position, false);
            } else if (c == '"') {
                quotedIdentifier();
            } else if (c == '$' && !afterIdentifierCharacter() && dollarTagAt(position) != null) {
                dollarString();
            } else if (isIdentifierStart(c)) {
                word();
            } else if (Character.isDigit(c) || (c == '.' && Character.isDigit(next(1)))) {
                number();
            } else {
                add(TokenType.SYMBOL, position, position + 1, line);
                position++;
            }
        }
    }

    private void lineComment() {
        int start = position;
        while (position < sql.length() && sql.charAt(position) != '\n') {
            position++;
        }
        add(TokenType.COMMENT, start, position, line);
    }

    private void blockComment() throws SqlSyntaxException {
        int start = position;
        int startLine = line;
        int depth = 0;
        while (position < sql.length()) {
            if (sql.startsWith("/*", position)) {
                depth++;
                position += 2;
            } else if (sql.startsWith("*/", position)) {
                depth--;
                position += 2;
                if (depth == 0) {
                    add(TokenType.COMMENT, start, position, startLine);
                    return;
                }
            } else {
                advance();
            }
        }
        throw new SqlSyntaxException(startLine, "unterminated /* comment");
    }

    /** A '...' string starting at the quote; {@code tokenStart} is before any E prefix. */
    private void string(int tokenStart, boolean backslashEscapes) throws SqlSyntaxException {
        int startLine = line;
        position++; // the opening quote
        while (position < sql.length()) {
            char c = sql.charAt(position);
            if (backslashEscapes && c == '\\' && position + 1 < sql.length()) {
                position++;
                advance();
            } else if (c == '\'') {
                if (next(1) == '\'') {
                    position += 2;
                } else {
                    position++;
                    add(TokenType.STRING, tokenStart, position, startLine);
                    return;
                }
            } else {
                advance();
            }
        }
        throw new SqlSyntaxException(startLine, "unterminated string constant");
    }

    private void quotedIdentifier() throws SqlSyntaxException {
        int start = position;
        int startLine = line;
        position++;
        while (position < sql.length()) {
            if (sql.charAt(position) == '"') {
                if (next(1) == '"') {
                    position += 2;
                } else {
                    position++;
                    add(TokenType.QUOTED_IDENTIFIER, start, position, startLine);
                    return;
                }
            } else {
                advance();
            }
        }
        throw new SqlSyntaxException(startLine, "unterminated quoted identifier");
    }

    private void dollarString() throws SqlSyntaxException {
        int start = position;
        int startLine = line;
        String tag = dollarTagAt(position);
        int close = sql.indexOf(tag, position + tag.length());
        if (close < 0) {
            throw new SqlSyntaxException(startLine, "unterminated dollar-quoted string " + tag);
        }
        int end = close + tag.length();
        while (position < end) {
            advance();
        }
        add(TokenType.STRING, start, end, startLine);
    }

    private void word() throws SqlSyntaxException {
        int start = position;
        while (position < sql.length() && isIdentifierPart(sql.charAt(position))) {
            position++;
        }
        // E'...' is one string constant in which backslash escapes (E'it\'s' does not end at \')
        if (position - start == 1 && (sql.charAt(start) == 'E' || sql.charAt(start) == 'e') && next(0) == '\'') {
            string(start, true);
            return;
        }
        add(TokenType.WORD, start, position, line);
    }

    private void number() {
        int start = position;
        while (position < sql.length()) {
            char c = sql.charAt(position);
            boolean exponentSign =
                    (c == '+' || c == '-') && (sql.charAt(position - 1) == 'e' || sql.charAt(position - 1) == 'E');
            if (Character.isLetterOrDigit(c) || c == '.' || c == '_' || exponentSign) {
                position++;
            } else {
                break;
            }
        }
        add(TokenType.NUMBER, start, position, line);
    }

    private String dollarTagAt(int at) {
        Matcher matcher = DOLLAR_TAG.matcher(sql).region(at, sql.length());
        return matcher.lookingAt() ? matcher.group() : null;
    }

    /** foo$bar is one identifier: a $ right after an identifier character does not open a dollar quote. */
    private boolean afterIdentifierCharacter() {
        return position > 0 && isIdentifierPart(sql.charAt(position - 1));
    }

    private void advance() {
        if (sql.charAt(position) == '\n') {
            line++;
        }
        position++;
    }

    private char next(int offset) {
        int at = position + offset;
        return at < sql.length() ? sql.charAt(at) : '\0';
    }

    private void add(TokenType type, int start, int end, int tokenLine) {
        tokens.add(new Token(type, sql.substring(start, end), start, end, tokenLine));
    }

    private static boolean isIdentifierStart(char c) {
        return Character.isLetter(c) || c == '_' || c >= '\u0080';
    }

    private static boolean isIdentifierPart(char c) {
        return isIdentifierStart(c) || Character.isDigit(c) || c == '$';
    }
}
