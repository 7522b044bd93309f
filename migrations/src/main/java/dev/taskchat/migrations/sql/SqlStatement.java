package dev.taskchat.migrations.sql;

import java.util.List;
import java.util.Locale;

/**
 * One statement of a script.
 *
 * @param tokens its tokens without comments and without the closing semicolon
 * @param leadingComments the comments between the previous statement and this one: where a reviewed
 *     exception ({@code -- lint: allow ...}) is written
 * @param text the statement as written, from its first token to its last (comments inside included)
 * @param line the 1-based line its first token is on
 */
public record SqlStatement(List<Token> tokens, List<Token> leadingComments, String text, int line) {

    public SqlStatement {
        tokens = List.copyOf(tokens);
        leadingComments = List.copyOf(leadingComments);
    }

    /** The first {@code count} words, upper case and separated by one space ("ALTER TABLE"). */
    public String leadingWords(int count) {
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < tokens.size() && i < count && tokens.get(i).type() == TokenType.WORD; i++) {
            if (i > 0) {
                words.append(' ');
            }
            words.append(tokens.get(i).text().toUpperCase(Locale.ROOT));
        }
        return words.toString();
    }

    /** The statement on one line with runs of white space collapsed, for listings. */
    public String oneLine() {
        return text.replaceAll("\\s+", " ").strip();
    }
}
