package dev.taskchat.migrations.sql;

import java.util.ArrayList;
import java.util.List;

/** Reads a list of tokens front to back, the way a hand-written parser needs: peek, accept, skip a group. */
final class TokenCursor {

    private final List<Token> tokens;
    private int position;

    TokenCursor(List<Token> tokens) {
        this.tokens = tokens;
    }

    boolean atEnd() {
        return position >= tokens.size();
    }

    Token peek() {
        return atEnd() ? null : tokens.get(position);
    }

    Token next() {
        return atEnd() ? null : tokens.get(position++);
    }

    /** True when the next tokens are these words (in any case); nothing is consumed. */
    boolean at(String... words) {
        for (int i = 0; i < words.length; i++) {
            int at = position + i;
            if (at >= tokens.size() || !tokens.get(at).is(words[i])) {
                return false;
            }
        }
        return true;
    }

    /** Consumes the words when they come next, and says whether they did. */
    boolean accept(String... words) {
        if (at(words)) {
            position += words.length;
            return true;
        }
        return false;
    }

    boolean atSymbol(String symbol) {
        return !atEnd() && peek().isSymbol(symbol);
    }

    /**
     * A possibly qualified name (schema.table): the last part, as PostgreSQL stores it, or null when no name
     * comes next. This tool works on one schema, so the qualifier does not matter.
     */
    String name() {
        if (atEnd() || !peek().isName()) {
            return null;
        }
        String name = next().name();
        while (atSymbol(".")
                && position + 1 < tokens.size()
                && tokens.get(position + 1).isName()) {
            position++;
            name = next().name();
        }
        return name;
    }

    /** Consumes a parenthesised group, returning the tokens inside it, or null when no group comes next. */
    List<Token> group() {
        if (!atSymbol("(")) {
            return null;
        }
        int depth = 0;
        List<Token> inside = new ArrayList<>();
        while (!atEnd()) {
            Token token = next();
            if (token.isSymbol("(")) {
                depth++;
                if (depth == 1) {
                    continue;
                }
            } else if (token.isSymbol(")")) {
                depth--;
                if (depth == 0) {
                    return inside;
                }
            }
            inside.add(token);
        }
        return inside;
    }

    /** The tokens not consumed yet. */
    List<Token> rest() {
        return tokens.subList(Math.min(position, tokens.size()), tokens.size());
    }

    /** Splits tokens at the commas outside parentheses: the items of a column list or of an ALTER TABLE. */
    static List<List<Token>> splitTopLevel(List<Token> tokens) {
        List<List<Token>> parts = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        int depth = 0;
        for (Token token : tokens) {
            if (token.isSymbol("(") || token.isSymbol("[")) {
                depth++;
            } else if (token.isSymbol(")") || token.isSymbol("]")) {
                depth--;
            } else if (token.isSymbol(",") && depth == 0) {
                parts.add(current);
                current = new ArrayList<>();
                continue;
            }
            current.add(token);
        }
        if (!current.isEmpty()) {
            parts.add(current);
        }
        return parts;
    }

    /** True when the tokens end with these words, e.g. NOT VALID. */
    static boolean endsWith(List<Token> tokens, String... words) {
        if (tokens.size() < words.length) {
            return false;
        }
        for (int i = 0; i < words.length; i++) {
            if (!tokens.get(tokens.size() - words.length + i).is(words[i])) {
                return false;
            }
        }
        return true;
    }

    static boolean containsWord(List<Token> tokens, String word) {
        return tokens.stream().anyMatch(token -> token.is(word));
    }
}
