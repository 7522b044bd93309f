package dev.taskchat.migrations.sql;

import java.util.Locale;

/**
 * One lexical unit of a script.
 *
 * @param start offset of the first character in the script
 * @param end offset just after the last character
 * @param line the 1-based line the token starts on
 */
public record Token(TokenType type, String text, int start, int end, int line) {

    /** True for the keyword {@code word}, in any case; never for a quoted identifier. */
    public boolean is(String word) {
        return type == TokenType.WORD && text.equalsIgnoreCase(word);
    }

    public boolean isSymbol(String symbol) {
        return type == TokenType.SYMBOL && text.equals(symbol);
    }

    /** True for a word or a quoted identifier, i.e. something that can name a table or a column. */
    public boolean isName() {
        return type == TokenType.WORD || type == TokenType.QUOTED_IDENTIFIER;
    }

    /**
     * The name as PostgreSQL stores it: an unquoted word folds to lower case, a quoted identifier keeps its
     * case and loses its quotes.
     */
    public String name() {
        if (type == TokenType.QUOTED_IDENTIFIER) {
            return text.substring(1, text.length() - 1).replace("\"\"", "\"");
        }
        return text.toLowerCase(Locale.ROOT);
    }
}
