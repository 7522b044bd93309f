package dev.taskchat.domain.assistant;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A message split into words. A passage in double quotes becomes one literal token that no rule looks
 * into: that is how a user keeps "meet at 9" in a title. Rules compare normalized words (lower case,
 * outer punctuation dropped, so "Friday," reads as "friday") and only whole words, so "Renovation" never
 * reads as "nov"; titles are rebuilt from the words as typed.
 */
final class Tokens {
    private static final String OPENING_QUOTES = "\"“„";
    private static final String CLOSING_QUOTES = "\"”“";
    private static final String LEADING_PUNCTUATION = "([{'\"";
    private static final String TRAILING_PUNCTUATION = ".,;:?!)]}'\"";

    /**
     * @param raw as typed; for a literal, the text inside the quotes
     * @param word normalized, or null for a literal
     */
    record Token(String raw, String word) {
        boolean literal() {
            return word == null;
        }
    }

    private final List<Token> tokens;

    private Tokens(List<Token> tokens) {
        this.tokens = List.copyOf(tokens);
    }

    static Tokens of(String message) {
        List<Token> tokens = new ArrayList<>();
        int length = message.length();
        int at = 0;
        while (at < length) {
            char c = message.charAt(at);
            if (Character.isWhitespace(c)) {
                at++;
                continue;
            }
            int close = OPENING_QUOTES.indexOf(c) >= 0 ? indexOfAny(message, CLOSING_QUOTES, at + 1) : -1;
            if (close > 0) {
                String inner = message.substring(at + 1, close).strip().replaceAll("\\s+", " ");
                if (!inner.isEmpty()) {
                    tokens.add(new Token(inner, null));
                }
                at = close + 1;
                continue;
            }
            int end = at;
            while (end < length && !Character.isWhitespace(message.charAt(end))) {
                end++;
            }
            String raw = message.substring(at, end);
            tokens.add(new Token(raw, normalize(raw)));
            at = end;
        }
        return new Tokens(tokens);
    }

    private static int indexOfAny(String text, String chars, int from) {
        for (int i = from; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    static String normalize(String raw) {
        String word = raw.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'');
        int start = 0;
        int end = word.length();
        while (end > 0 && TRAILING_PUNCTUATION.indexOf(word.charAt(end - 1)) >= 0) {
            end--;
        }
        while (start < end && LEADING_PUNCTUATION.indexOf(word.charAt(start)) >= 0) {
            start++;
        }
        // a token of punctuation only ("?", "-") keeps it, so "?" can still ask for help
        return start < end ? word.substring(start, end) : word;
    }

    int size() {
        return tokens.size();
    }

    boolean isEmpty() {
        return tokens.isEmpty();
    }

    Token token(int i) {
        return tokens.get(i);
    }

    /** The normalized word at i; null past either end or on a literal. */
    String word(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).word() : null;
    }

    /** The token at i as typed, lower-cased; null past either end or on a literal ("every!" keeps its '!'). */
    String lower(int i) {
        return word(i) == null ? null : tokens.get(i).raw().toLowerCase(Locale.ROOT);
    }

    /** Whether the word at i is one of {@code words}. */
    boolean is(int i, String... words) {
        String word = word(i);
        return word != null && Arrays.asList(words).contains(word);
    }

    /** Whether the word at i is in {@code words}. */
    boolean isIn(int i, Set<String> words) {
        String word = word(i);
        return word != null && words.contains(word);
    }

    /** Whether the words from i on are exactly {@code sequence}. */
    boolean matches(int i, String... sequence) {
        for (int k = 0; k < sequence.length; k++) {
            if (!sequence[k].equals(word(i + k))) {
                return false;
            }
        }
        return true;
    }

    /** i + 1 when the word at i is {@code optional}, else i. */
    int skip(int i, String optional) {
        return optional.equals(word(i)) ? i + 1 : i;
    }

    Tokens slice(int from, int to) {
        return new Tokens(tokens.subList(Math.max(0, from), Math.min(to, tokens.size())));
    }

    Tokens from(int from) {
        return slice(from, tokens.size());
    }

    /** The tokens from..to as typed, one space apart. */
    String text(int from, int to) {
        return tokens.subList(from, to).stream().map(Token::raw).collect(Collectors.joining(" "));
    }

    /** All words joined by one space, or null when a literal is among them. */
    String phrase() {
        if (tokens.stream().anyMatch(Token::literal)) {
            return null;
        }
        return tokens.stream().map(Token::word).collect(Collectors.joining(" "));
    }

    @Override
    public String toString() {
        return text(0, tokens.size());
    }
}
