package dev.taskchat.domain.assistant;

import dev.taskchat.domain.assistant.RepeatRule.Frequency;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a repetition at a position: daily/weekly/monthly/yearly, "every day", "every weekday", "every
 * weekend", "every mon and thu", "on mondays", "every 2 weeks", "every other day", "every month on the
 * 1st", "every 3rd friday", "every last day of the month", "every dec 25", "every morning", with "every!"
 * or a trailing "after completion" for a repetition counted from completion. "until …" and "for 5 times"
 * are read by {@link QuickAdd}, wherever they stand.
 *
 * <p>"every 2nd friday" is the second Friday of each month, as "every 3rd friday" is the third; "every
 * other friday" is every two weeks.
 */
final class RecurrencePhrases {
    static final Set<String> ADJECTIVES =
            Set.of("daily", "everyday", "weekly", "biweekly", "fortnightly", "monthly", "yearly", "annually");

    /**
     * @param adjectives whether "daily", "weekly"… count: not when an "every" phrase is also there, so
     *     "weekly review every friday" keeps "weekly review" as its title
     */
    Match<RepeatRule> find(Tokens t, int i, boolean adjectives) {
        if (!adjectives && ADJECTIVES.contains(String.valueOf(t.word(i)))) {
            return null;
        }
        Match<RepeatRule> base = base(t, i);
        if (base == null) {
            return null;
        }
        Match<RepeatRule> extended = extend(t, base);
        return completion(t, extended.end()) > extended.end()
                ? new Match<>(extended.value().afterCompletion(), completion(t, extended.end()))
                : extended;
    }

    /** The end of "after completion" and its variants at i, or i. */
    static int completion(Tokens t, int i) {
        if (t.matches(i, "after", "completion") || t.matches(i, "from", "completion")) {
            return i + 2;
        }
        if (t.is(i, "after") && t.is(i + 1, "completing", "finishing", "done", "completed")) {
            return i + 2;
        }
        return i;
    }

    private Match<RepeatRule> base(Tokens t, int i) {
        String word = t.word(i);
        if (word == null) {
            return null;
        }
        switch (word) {
            case "daily", "everyday":
                return new Match<>(RepeatRule.of(Frequency.DAILY), i + 1);
            case "weekly":
                return new Match<>(RepeatRule.of(Frequency.WEEKLY), i + 1);
            case "biweekly", "fortnightly":
                return new Match<>(RepeatRule.of(Frequency.WEEKLY).every(2), i + 1);
            case "monthly":
                return new Match<>(RepeatRule.of(Frequency.MONTHLY), i + 1);
            case "yearly", "annually":
                return new Match<>(RepeatRule.of(Frequency.YEARLY), i + 1);
            case "every", "each":
                Match<RepeatRule> every = every(t, i + 1);
                // "every!" repeats from the day the task is done, as in Todoist
                return every != null && t.lower(i).startsWith("every!")
                        ? new Match<>(every.value().afterCompletion(), every.end())
                        : every;
            default:
                break;
        }
        // "on mondays", "mondays and thursdays"
        int j = t.skip(i, "on");
        if (Words.pluralWeekday(t.word(j)) != null) {
            Match<List<DayOfWeek>> days = weekdays(t, j);
            return new Match<>(RepeatRule.of(Frequency.WEEKLY).on(days.value()), days.end());
        }
        return null;
    }

    /** What follows "every". */
    private Match<RepeatRule> every(Tokens t, int i) {
        String word = t.word(i);
        if (word == null) {
            return null;
        }
        Frequency unit = unit(t.word(i + 1));
        switch (word) {
            case "day":
                return new Match<>(RepeatRule.of(Frequency.DAILY), i + 1);
            case "week":
                return new Match<>(RepeatRule.of(Frequency.WEEKLY), i + 1);
            case "month":
                return new Match<>(RepeatRule.of(Frequency.MONTHLY), i + 1);
            case "year":
                return new Match<>(RepeatRule.of(Frequency.YEARLY), i + 1);
            case "weekday", "weekdays", "workday", "workdays":
                return new Match<>(workdays(), i + 1);
            case "weekend", "weekends":
                return new Match<>(weekend(), i + 1);
            case "morning", "afternoon", "evening", "night":
                return new Match<>(RepeatRule.of(Frequency.DAILY).at(partOfDay(word)), i + 1);
            case "other":
                return other(t, i + 1);
            default:
                break;
        }
        if (t.is(i, "work", "business") && t.is(i + 1, "day", "days")) {
            return new Match<>(workdays(), i + 2);
        }
        Integer count = Words.count(word, false);
        if (count != null && unit != null) {
            return new Match<>(RepeatRule.of(unit).every(count), i + 2); // "every 2 weeks"
        }
        Integer nth = Words.weekOrdinal(word);
        DayOfWeek nthDay = Words.weekday(t.word(i + 1), true);
        if (nth != null && nthDay != null) {
            return new Match<>(RepeatRule.of(Frequency.MONTHLY).onNth(nth, nthDay), ofTheMonth(t, i + 2));
        }
        if (t.matches(i, "last", "day")) {
            return new Match<>(RepeatRule.of(Frequency.MONTHLY).onDay(-1), ofTheMonth(t, i + 2));
        }
        if (Words.weekday(word, true) != null || Words.pluralWeekday(word) != null) {
            Match<List<DayOfWeek>> days = weekdays(t, i);
            return new Match<>(RepeatRule.of(Frequency.WEEKLY).on(days.value()), days.end());
        }
        Match<RepeatRule> yearly = yearlyDate(t, i);
        if (yearly != null) {
            return yearly;
        }
        Integer day = Words.ordinalDay(word);
        if (day != null) {
            return new Match<>(RepeatRule.of(Frequency.MONTHLY).onDay(day), ofTheMonth(t, i + 1)); // "every 15th"
        }
        return null;
    }

    private Match<RepeatRule> other(Tokens t, int i) {
        Frequency unit = unit(t.word(i));
        if (unit != null) {
            return new Match<>(RepeatRule.of(unit).every(2), i + 1);
        }
        DayOfWeek day = Words.weekday(t.word(i), true);
        return day == null
                ? null
                : new Match<>(RepeatRule.of(Frequency.WEEKLY).every(2).on(List.of(day)), i + 1);
    }

    /** "weekly on mon and thu", "every month on the 1st", "monthly on the last day", "yearly on dec 25". */
    private Match<RepeatRule> extend(Tokens t, Match<RepeatRule> base) {
        RepeatRule rule = base.value();
        int i = base.end();
        if (!t.is(i, "on") || rule.hasDayPart()) {
            return base;
        }
        int j = t.skip(i + 1, "the");
        if (rule.frequency() == Frequency.WEEKLY && day(t.word(i + 1)) != null) {
            Match<List<DayOfWeek>> days = weekdays(t, i + 1);
            return new Match<>(rule.on(days.value()), days.end());
        }
        if (rule.frequency() == Frequency.MONTHLY) {
            Integer nth = Words.weekOrdinal(t.word(j));
            DayOfWeek day = Words.weekday(t.word(j + 1), true);
            if (nth != null && day != null) {
                return new Match<>(rule.onNth(nth, day), ofTheMonth(t, j + 2));
            }
            if (t.matches(j, "last", "day")) {
                return new Match<>(rule.onDay(-1), ofTheMonth(t, j + 2));
            }
            Integer monthDay = Words.dayOfMonth(t.word(j));
            if (monthDay != null) {
                return new Match<>(rule.onDay(monthDay), ofTheMonth(t, j + 1));
            }
        }
        if (rule.frequency() == Frequency.YEARLY) {
            Match<RepeatRule> date = yearlyDate(t, i + 1);
            if (date != null) {
                return new Match<>(
                        rule.onDate(date.value().month(), date.value().monthDay()), date.end());
            }
        }
        return base;
    }

    /** "dec 25", "25 december", "25th of december". */
    private static Match<RepeatRule> yearlyDate(Tokens t, int i) {
        Month month = Words.month(t.word(i));
        Integer day = Words.dayOfMonth(t.word(i + 1));
        int end = i + 2;
        if (month == null || day == null) {
            day = Words.dayOfMonth(t.word(i));
            int j = t.skip(i + 1, "of");
            month = Words.month(t.word(j));
            end = j + 1;
        }
        if (month == null || day == null || day > month.maxLength()) {
            return null;
        }
        return new Match<>(RepeatRule.of(Frequency.YEARLY).onDate(month, day), end);
    }

    /** "mon and thu", "monday, wednesday and friday", "mondays & fridays". */
    private static Match<List<DayOfWeek>> weekdays(Tokens t, int i) {
        List<DayOfWeek> days = new ArrayList<>();
        days.add(day(t.word(i)));
        int j = i + 1;
        while (true) {
            if (t.is(j, "and", "&") && day(t.word(j + 1)) != null) {
                days.add(day(t.word(j + 1)));
                j += 2;
            } else if (day(t.word(j)) != null && t.token(j - 1).raw().endsWith(",")) {
                days.add(day(t.word(j)));
                j++;
            } else {
                return new Match<>(days, j);
            }
        }
    }

    private static DayOfWeek day(String word) {
        DayOfWeek day = Words.weekday(word, true);
        return day != null ? day : Words.pluralWeekday(word);
    }

    private static int ofTheMonth(Tokens t, int i) {
        if (t.matches(i, "of", "the", "month")
                || t.matches(i, "of", "every", "month")
                || t.matches(i, "of", "each", "month")) {
            return i + 3;
        }
        return t.matches(i, "of", "month") ? i + 2 : i;
    }

    private static Frequency unit(String word) {
        if (word == null) {
            return null;
        }
        return switch (word) {
            case "day", "days" -> Frequency.DAILY;
            case "week", "weeks" -> Frequency.WEEKLY;
            case "month", "months" -> Frequency.MONTHLY;
            case "year", "years" -> Frequency.YEARLY;
            default -> null;
        };
    }

    private static RepeatRule workdays() {
        return RepeatRule.of(Frequency.WEEKLY)
                .on(List.of(
                        DayOfWeek.MONDAY,
                        DayOfWeek.TUESDAY,
                        DayOfWeek.WEDNESDAY,
                        DayOfWeek.THURSDAY,
                        DayOfWeek.FRIDAY));
    }

    private static RepeatRule weekend() {
        return RepeatRule.of(Frequency.WEEKLY).on(List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
    }

    private static LocalTime partOfDay(String word) {
        return switch (word) {
            case "morning" -> TimePhrases.MORNING;
            case "afternoon" -> TimePhrases.AFTERNOON;
            case "evening" -> TimePhrases.EVENING;
            default -> TimePhrases.NIGHT;
        };
    }
}
