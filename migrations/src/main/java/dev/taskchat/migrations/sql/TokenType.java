package dev.taskchat.migrations.sql;

/** What a {@link Token} is; strings and dollar-quoted bodies are one token each, so nothing inside them is SQL. */
public enum TokenType {
    /** A keyword or an unquoted identifier. */
    WORD,
    /** A double-quoted identifier, kept with its quotes. */
    QUOTED_IDENTIFIER,
    /** A string constant: '...', E'...', or a dollar-quoted $tag$...$tag$ body. */
    STRING,
    NUMBER,
    /** Any other character: parentheses, commas, operators, the semicolon. */
    SYMBOL,
    /** A -- line comment or a (possibly nested) block comment. */
    COMMENT
}
