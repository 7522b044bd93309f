package dev.taskchat.migrations.lint;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The type changes PostgreSQL makes without rewriting the table: the new type stores the same bytes and
 * accepts every old value. Only the well-known widenings are listed; anything else counts as a rewrite,
 * and a reviewed exception can say otherwise. The tests check each one against a real server (the
 * table's relfilenode stays the same).
 */
final class BinaryCompatibility {

    private static final Pattern TYPE = Pattern.compile("([a-z ]+?)(?:\\((\\d+)(?:,(\\d+))?\\))?");

    private BinaryCompatibility() {}

    /** Types as normalised by {@code TypeNames}: "varchar(20)", "text", "numeric(10,2)". */
    static boolean withoutRewrite(String from, String to) {
        if (from.equals(to)) {
            return true;
        }
        Matcher old = TYPE.matcher(from);
        Matcher now = TYPE.matcher(to);
        if (!old.matches() || !now.matches()) {
            return false; // arrays, qualified or quoted names: not proven
        }
        String oldBase = old.group(1);
        String newBase = now.group(1);
        Integer oldLength = number(old.group(2));
        Integer newLength = number(now.group(2));
        return switch (oldBase) {
            // text and varchar share their storage; a longer limit (or none) accepts every old value
            case "varchar", "text" ->
                newBase.equals("text")
                        || newBase.equals("varchar")
                                && (newLength == null || oldLength != null && newLength >= oldLength);
            // more digits before the point, same scale: the stored values stay as they are
            case "numeric" ->
                newBase.equals("numeric")
                        && (newLength == null
                                || oldLength != null
                                        && newLength >= oldLength
                                        && sameScale(old.group(3), now.group(3)));
            case "varbit" ->
                newBase.equals("varbit") && (newLength == null || oldLength != null && newLength >= oldLength);
            default -> false;
        };
    }

    private static boolean sameScale(String oldScale, String newScale) {
        return (oldScale == null ? "0" : oldScale).equals(newScale == null ? "0" : newScale);
    }

    private static Integer number(String digits) {
        return digits == null ? null : Integer.valueOf(digits);
    }
}
