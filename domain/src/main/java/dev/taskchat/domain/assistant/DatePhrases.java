package dev.taskchat.domain.assistant;

import static java.time.temporal.TemporalAdjusters.lastDayOfMonth;
import static java.time.temporal.TemporalAdjusters.lastDayOfYear;
import static java.time.temporal.TemporalAdjusters.next;
import static java.time.temporal.TemporalAdjusters.nextOrSame;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import java.time.ZonedDateTime;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one date phrase at a position: today, tonight, tomorrow, weekday names, "next friday", "this
 * weekend", "end of month", "in 3 days", "in 2 hours", ISO dates, "dec 1", "1 dec", "the 1st".
 *
 * <p>Decisions, all relative to {@link Now}: weeks run Monday to Sunday. A weekday name is the next such
 * day after today, never today ("monday" said on a Monday is a week ahead: "today" says today); "this
 * friday" includes today; "next friday" is the Friday of next week. "this week"/"this month"/"this year"
 * are their last day, "next week"/"next month"/"next year" their first day. "this weekend" is the coming
 * Saturday, or today on a Saturday or Sunday. A date without a year, or a bare ordinal day, is the next
 * such date from today on (today included; see {@link DateHit#later()} for a time that has passed).
 */
final class DatePhrases {
    static final LocalTime TONIGHT = LocalTime.of(20, 0);
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern COMPACT_SPAN = Pattern.compile("(\\d{1,4})(m|min|mins|h|hr|hrs|d|w)");

    private final Now now;

    DatePhrases(Now now) {
        this.now = now;
    }

    /**
     * A date phrase at i, optionally introduced by "on", "by", "for", "due", "due on" or "due by".
     *
     * @param boundary whether a position ends the phrase or starts another token: a bare ordinal is a date
     *     only there ("pay rent the 1st", but "fix the 2nd floor light")
     */
    Match<DateHit> find(Tokens t, int i, IntPredicate boundary) {
        int j = i;
        if (t.is(j, "due")) {
            j = t.is(j + 1, "on", "by") ? j + 2 : j + 1;
        } else if (t.is(j, "on", "by", "for")) {
            j++;
        }
        return read(t, j, j > i, boundary);
    }

    /** A date phrase at i without preposition; {@code introduced}: one came before, so "sat" is a day. */
    Match<DateHit> read(Tokens t, int i, boolean introduced, IntPredicate boundary) {
        String word = t.word(i);
        if (word == null) {
            return null;
        }
        LocalDate today = now.today();
        switch (word) {
            case "today":
                return new Match<>(DateHit.on(today), i + 1);
            case "tonight":
                return new Match<>(DateHit.evening(today, TONIGHT), i + 1);
            case "tomorrow", "tmrw", "tmr":
                return new Match<>(DateHit.on(today.plusDays(1)), i + 1);
            case "this", "next":
                return thisOrNext(t, i);
            case "in":
                return relative(t, i + 1);
            default:
                break;
        }
        int k = t.skip(i, "the");
        if (t.matches(k, "day", "after", "tomorrow")) {
            return new Match<>(DateHit.on(today.plusDays(2)), k + 3);
        }
        if (t.matches(k, "end", "of")) {
            return endOf(t, t.skip(k + 2, "the"));
        }
        if (introduced && t.is(k, "weekend")) {
            return new Match<>(DateHit.on(thisWeekend()), k + 1);
        }
        DayOfWeek day = Words.weekday(word, introduced);
        if (day != null) {
            return new Match<>(DateHit.on(today.with(next(day))), i + 1);
        }
        if (ISO_DATE.matcher(word).matches()) {
            return iso(word, i);
        }
        Match<DateHit> date = monthFirst(t, i);
        if (date == null) {
            date = dayFirst(t, k);
        }
        if (date == null) {
            date = ordinalOnly(t, k, boundary);
        }
        return date;
    }

    private Match<DateHit> thisOrNext(Tokens t, int i) {
        boolean next = t.is(i, "next");
        String what = t.word(i + 1);
        if (what == null) {
            return null;
        }
        LocalDate today = now.today();
        LocalDate nextMonday = today.with(next(DayOfWeek.MONDAY));
        DayOfWeek day = Words.weekday(what, true);
        if (day != null) {
            return new Match<>(
                    DateHit.on(next ? nextMonday.plusDays(day.getValue() - 1L) : today.with(nextOrSame(day))), i + 2);
        }
        DateHit hit =
                switch (what) {
                    case "week" -> DateHit.on(next ? nextMonday : today.with(nextOrSame(DayOfWeek.SUNDAY)));
                    case "weekend" -> DateHit.on(next ? nextMonday.plusDays(5) : thisWeekend());
                    case "month" ->
                        DateHit.on(next ? today.plusMonths(1).withDayOfMonth(1) : today.with(lastDayOfMonth()));
                    case "year" ->
                        DateHit.on(next ? LocalDate.of(today.getYear() + 1, 1, 1) : today.with(lastDayOfYear()));
                    case "morning" -> next ? null : DateHit.at(today, TimePhrases.MORNING);
                    case "afternoon" -> next ? null : DateHit.at(today, TimePhrases.AFTERNOON);
                    case "evening" -> next ? null : DateHit.evening(today, TimePhrases.EVENING);
                    default -> null;
                };
        return hit == null ? null : new Match<>(hit, i + 2);
    }

    private LocalDate thisWeekend() {
        LocalDate today = now.today();
        boolean weekend = today.getDayOfWeek() == DayOfWeek.SATURDAY || today.getDayOfWeek() == DayOfWeek.SUNDAY;
        return weekend ? today : today.with(next(DayOfWeek.SATURDAY));
    }

    private Match<DateHit> endOf(Tokens t, int i) {
        LocalDate today = now.today();
        LocalDate date =
                switch (String.valueOf(t.word(i))) {
                    case "week" -> today.with(nextOrSame(DayOfWeek.SUNDAY));
                    case "month" -> today.with(lastDayOfMonth());
                    case "year" -> today.with(lastDayOfYear());
                    default -> null;
                };
        return date == null ? null : new Match<>(DateHit.on(date), i + 1);
    }

    /** "in 3 days", "in 2 weeks", "in an hour", "in half an hour", "in 30min"; i is after "in". */
    private Match<DateHit> relative(Tokens t, int i) {
        if (t.matches(i, "half", "an", "hour")) {
            return later(now.at().plusMinutes(30), i + 3);
        }
        Matcher compact = COMPACT_SPAN.matcher(String.valueOf(t.word(i)));
        if (compact.matches()) {
            return span(Integer.parseInt(compact.group(1)), compact.group(2), i + 1);
        }
        Integer count = Words.count(t.word(i), true);
        String unit = t.word(i + 1);
        return count == null || unit == null ? null : span(count, unit, i + 2);
    }

    private Match<DateHit> span(int count, String unit, int end) {
        LocalDate today = now.today();
        ZonedDateTime at = now.at();
        return switch (unit) {
            case "day", "days", "d" -> new Match<>(DateHit.on(today.plusDays(count)), end);
            case "week", "weeks", "w" -> new Match<>(DateHit.on(today.plusWeeks(count)), end);
            case "month", "months" -> new Match<>(DateHit.on(today.plusMonths(count)), end);
            case "year", "years" -> new Match<>(DateHit.on(today.plusYears(count)), end);
            // hours and minutes run on the instant time-line, so "in 2 hours" across a DST change is
            // two real hours later, whatever the wall clock says
            case "hour", "hours", "hr", "hrs", "h" -> later(at.plusHours(count), end);
            case "minute", "minutes", "min", "mins", "m" -> later(at.plusMinutes(count), end);
            default -> null;
        };
    }

    private static Match<DateHit> later(ZonedDateTime at, int end) {
        return new Match<>(DateHit.at(at.toLocalDate(), at.toLocalTime()), end);
    }

    private static Match<DateHit> iso(String word, int i) {
        try {
            return new Match<>(DateHit.on(LocalDate.parse(word)), i + 1);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** "dec 1", "december 1st", "dec 1, 2027". */
    private Match<DateHit> monthFirst(Tokens t, int i) {
        Month month = Words.month(t.word(i));
        Integer day = Words.dayOfMonth(t.word(i + 1));
        if (month == null || day == null) {
            return null;
        }
        Integer year = Words.year(t.word(i + 2));
        return calendarDate(month, day, year, year == null ? i + 2 : i + 3);
    }

    /** "1 dec", "1st of december", "the 1st of december 2027". */
    private Match<DateHit> dayFirst(Tokens t, int i) {
        Integer day = Words.dayOfMonth(t.word(i));
        if (day == null) {
            return null;
        }
        int j = t.skip(i + 1, "of");
        Month month = Words.month(t.word(j));
        if (month == null) {
            return null;
        }
        Integer year = Words.year(t.word(j + 1));
        return calendarDate(month, day, year, year == null ? j + 1 : j + 2);
    }

    private Match<DateHit> calendarDate(Month month, int day, Integer year, int end) {
        MonthDay monthDay;
        try {
            monthDay = MonthDay.of(month, day);
        } catch (DateTimeException e) {
            return null;
        }
        if (year != null) {
            return monthDay.isValidYear(year) ? new Match<>(DateHit.on(monthDay.atYear(year)), end) : null;
        }
        return new Match<>(
                DateHit.rolling(nextYearly(monthDay, now.today()), date -> nextYearly(monthDay, date.plusDays(1))),
                end);
    }

    /** "the 1st", "15th": the next such day of a month. */
    private Match<DateHit> ordinalOnly(Tokens t, int i, IntPredicate boundary) {
        Integer day = Words.ordinalDay(t.word(i));
        if (day == null || !boundary.test(i + 1)) {
            return null;
        }
        return new Match<>(
                DateHit.rolling(nextMonthDay(day, now.today()), date -> nextMonthDay(day, date.plusDays(1))), i + 1);
    }

    static LocalDate nextYearly(MonthDay monthDay, LocalDate from) {
        for (int year = from.getYear(); ; year++) {
            if (monthDay.isValidYear(year) && !monthDay.atYear(year).isBefore(from)) {
                return monthDay.atYear(year);
            }
        }
    }

    /** The first date from {@code from} on whose day of the month is {@code day} (31: skips short months). */
    static LocalDate nextMonthDay(int day, LocalDate from) {
        LocalDate month = from.withDayOfMonth(1);
        while (true) {
            if (day <= month.lengthOfMonth() && !month.withDayOfMonth(day).isBefore(from)) {
                return month.withDayOfMonth(day);
            }
            month = month.plusMonths(1);
        }
    }
}
