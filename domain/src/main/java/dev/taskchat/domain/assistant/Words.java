package dev.taskchat.domain.assistant;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The vocabulary the phrase readers share: weekdays, months, ordinals and small numbers. */
final class Words {
    private static final Map<String, DayOfWeek> WEEKDAYS = new HashMap<>();
    private static final Map<String, DayOfWeek> PLURAL_WEEKDAYS = new HashMap<>();
    private static final Map<String, DayOfWeek> ABBREVIATED_WEEKDAYS = new HashMap<>();
    /** Abbreviations that are also ordinary words ("sun cream", "sat exam"): dates only after "on", "next"… */
    private static final Set<String> AMBIGUOUS_ABBREVIATIONS = Set.of("sat", "sun", "wed", "weds");

    private static final Map<String, Month> MONTHS = new HashMap<>();
    private static final Map<String, Integer> NUMBERS = new HashMap<>();
    private static final Map<String, Integer> ORDINAL_WORDS = new HashMap<>();
    private static final Pattern ORDINAL = Pattern.compile("(\\d{1,2})(st|nd|rd|th)");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,3}");

    static {
        for (DayOfWeek day : DayOfWeek.values()) {
            String name = day.name().toLowerCase();
            WEEKDAYS.put(name, day);
            PLURAL_WEEKDAYS.put(name + "s", day);
            ABBREVIATED_WEEKDAYS.put(name.substring(0, 3), day);
        }
        ABBREVIATED_WEEKDAYS.put("tues", DayOfWeek.TUESDAY);
        ABBREVIATED_WEEKDAYS.put("weds", DayOfWeek.WEDNESDAY);
        ABBREVIATED_WEEKDAYS.put("thur", DayOfWeek.THURSDAY);
        ABBREVIATED_WEEKDAYS.put("thurs", DayOfWeek.THURSDAY);
        for (Month month : Month.values()) {
            String name = month.name().toLowerCase();
            MONTHS.put(name, month);
            MONTHS.put(name.substring(0, 3), month);
        }
        MONTHS.put("sept", Month.SEPTEMBER);
        String[] numbers = {
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"
        };
        for (int i = 0; i < numbers.length; i++) {
            NUMBERS.put(numbers[i], i + 1);
        }
        String[] ordinals = {
            "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"
        };
        for (int i = 0; i < ordinals.length; i++) {
            ORDINAL_WORDS.put(ordinals[i], i + 1);
        }
    }

    private Words() {}

    /**
     * "monday", "mon", "tues"…; {@code anyAbbreviation} also admits "sat", "sun" and "wed", which are
     * dates only where a date is expected (after "on", "next", "every").
     */
    static DayOfWeek weekday(String word, boolean anyAbbreviation) {
        if (word == null) {
            return null;
        }
        DayOfWeek day = WEEKDAYS.get(word);
        if (day == null && (anyAbbreviation || !AMBIGUOUS_ABBREVIATIONS.contains(word))) {
            day = ABBREVIATED_WEEKDAYS.get(word);
        }
        return day;
    }

    /** "mondays": a day that repeats ("gym on mondays"). */
    static DayOfWeek pluralWeekday(String word) {
        return word == null ? null : PLURAL_WEEKDAYS.get(word);
    }

    static Month month(String word) {
        return word == null ? null : MONTHS.get(word);
    }

    /** A count from 1 to 999 in digits or as a word up to twelve; "a"/"an" count as 1 when allowed. */
    static Integer count(String word, boolean articleAllowed) {
        if (word == null) {
            return null;
        }
        if (DIGITS.matcher(word).matches()) {
            int value = Integer.parseInt(word);
            return value >= 1 ? value : null;
        }
        if (articleAllowed && (word.equals("a") || word.equals("an"))) {
            return 1;
        }
        return NUMBERS.get(word);
    }

    /** A day of the month, "1" to "31" or as a numeric ordinal ("1st"). */
    static Integer dayOfMonth(String word) {
        if (word != null && word.matches("\\d{1,2}")) {
            int day = Integer.parseInt(word);
            return day >= 1 && day <= 31 ? day : null;
        }
        return ordinalDay(word);
    }

    /** "1st" to "31st" with the right suffix ("2th" is not an ordinal). */
    static Integer ordinalDay(String word) {
        if (word == null) {
            return null;
        }
        Matcher matcher = ORDINAL.matcher(word);
        if (!matcher.matches()) {
            return null;
        }
        int day = Integer.parseInt(matcher.group(1));
        return day >= 1 && day <= 31 && matcher.group(2).equals(suffix(day)) ? day : null;
    }

    private static String suffix(int number) {
        if (number % 100 >= 11 && number % 100 <= 13) {
            return "th";
        }
        return switch (number % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }

    /** "first" or "1st" to "fifth" or "5th", and "last" as -1: which such weekday of a month. */
    static Integer weekOrdinal(String word) {
        if ("last".equals(word)) {
            return -1;
        }
        Integer number = ORDINAL_WORDS.get(word);
        if (number == null) {
            number = ordinalDay(word);
        }
        return number != null && number <= 5 ? number : null;
    }

    /** "first" to "tenth", or a numeric ordinal up to 31. */
    static Integer ordinal(String word) {
        Integer number = word == null ? null : ORDINAL_WORDS.get(word);
        return number != null ? number : ordinalDay(word);
    }

    static Integer year(String word) {
        if (word != null && word.matches("\\d{4}")) {
            int year = Integer.parseInt(word);
            return year >= 1900 && year <= 2999 ? year : null;
        }
        return null;
    }
}
