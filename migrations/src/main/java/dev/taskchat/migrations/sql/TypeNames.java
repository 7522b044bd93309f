package dev.taskchat.migrations.sql;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Spells a declared type one way, so that "character varying(20)" and "VARCHAR (20)" compare equal. Only
 * the spelling changes; nothing is resolved against a catalog.
 */
public final class TypeNames {

    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("character varying", "varchar"),
            Map.entry("char varying", "varchar"),
            Map.entry("character", "bpchar"),
            Map.entry("char", "bpchar"),
            Map.entry("int", "integer"),
            Map.entry("int4", "integer"),
            Map.entry("int8", "bigint"),
            Map.entry("int2", "smallint"),
            Map.entry("decimal", "numeric"),
            Map.entry("bool", "boolean"),
            Map.entry("float8", "double precision"),
            Map.entry("float4", "real"),
            Map.entry("bit varying", "varbit"),
            Map.entry("timestamp with time zone", "timestamptz"),
            Map.entry("timestamp without time zone", "timestamp"),
            Map.entry("time with time zone", "timetz"),
            Map.entry("time without time zone", "time"));

    private TypeNames() {}

    public static String normalize(List<Token> tokens) {
        StringBuilder spelled = new StringBuilder();
        for (Token token : tokens) {
            String text = token.type() == TokenType.WORD ? token.text().toLowerCase(Locale.ROOT) : token.text();
            boolean glued = token.type() == TokenType.SYMBOL || spelled.isEmpty() || endsWithSymbol(spelled);
            if (!glued) {
                spelled.append(' ');
            }
            spelled.append(text);
        }
        String type = spelled.toString();
        int modifiers = firstSymbol(type);
        String base = (modifiers < 0 ? type : type.substring(0, modifiers)).strip();
        String rest = modifiers < 0 ? "" : type.substring(modifiers);
        return SYNONYMS.getOrDefault(base, base) + rest;
    }

    private static boolean endsWithSymbol(StringBuilder text) {
        char last = text.charAt(text.length() - 1);
        return last == '(' || last == ',' || last == '[' || last == '.';
    }

    private static int firstSymbol(String type) {
        for (int i = 0; i < type.length(); i++) {
            char c = type.charAt(i);
            if (c == '(' || c == '[') {
                return i;
            }
        }
        return -1;
    }
}
