package dev.taskchat.domain.assistant;

import dev.taskchat.domain.task.Due;
import dev.taskchat.domain.task.Priority;
import dev.taskchat.domain.task.Recurrence;
import dev.taskchat.domain.task.Task;
import dev.taskchat.domain.task.TaskDetails;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts what was understood back into words for the reply, so a wrong reading is seen at once: "*Pay
 * rent* — due Tue 1 Dec 09:00, repeats monthly on day 1, #home, urgent".
 *
 * <p>Days read "today", "tomorrow", "yesterday", else "Tue 1 Dec", with the year only when it is not this
 * year ("Fri 1 Jan 2027"); times are 24-hour ("09:00"). Everything is in English and in the user's zone.
 */
public final class Describe {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_AND_YEAR = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DATE_AND_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_OF_YEAR = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final Pattern BY_DAY = Pattern.compile("([+-]?\\d*)(MO|TU|WE|TH|FR|SA|SU)");
    private static final List<String> WORKDAYS = List.of("MO", "TU", "WE", "TH", "FR");
    private static final List<String> WEEKEND = List.of("SA", "SU");

    private Describe() {}

    /** "*Pay rent* — due Tue 1 Dec 09:00, repeats monthly on day 1, #home, urgent, reminder Tue 1 Dec 08:30". */
    public static String task(TaskDetails details, Collection<String> tagNames, ZoneId zone, Clock clock) {
        LocalDate today = today(zone, clock);
        List<String> parts = new ArrayList<>();
        if (details.due() != null) {
            parts.add("due " + due(details.due(), today));
        }
        if (details.recurrence() != null) {
            parts.add("repeats " + recurrence(details.recurrence()));
        }
        if (!tagNames.isEmpty()) {
            parts.add(String.join(
                    " ", tagNames.stream().sorted().map(name -> "#" + name).toList()));
        }
        if (details.priority() != Priority.NONE) {
            parts.add(priority(details.priority()));
        }
        if (details.remindAt() != null) {
            parts.add("reminder " + dateTime(LocalDateTime.ofInstant(details.remindAt(), zone), today));
        }
        String title = "*" + details.title().value() + "*";
        return parts.isEmpty() ? title : title + " — " + String.join(", ", parts);
    }

    public static String task(Task task, ZoneId zone, Clock clock) {
        return task(task.details(), task.tagNames(), zone, clock);
    }

    /** "today 09:00", "tomorrow", "Tue 1 Dec 09:00", "Fri 1 Jan 2027". */
    public static String due(Due due, ZoneId zone, Clock clock) {
        return due(due, today(zone, clock));
    }

    /** "today", "tomorrow", "yesterday", "Tue 1 Dec", or "Fri 1 Jan 2027" outside this year. */
    public static String day(LocalDate date, ZoneId zone, Clock clock) {
        return day(date, today(zone, clock));
    }

    private static LocalDate today(ZoneId zone, Clock clock) {
        return clock.instant().atZone(zone).toLocalDate();
    }

    static String due(Due due, LocalDate today) {
        String day = day(due.date(), today);
        return due.isAllDay() ? day : day + " " + due.time().format(TIME);
    }

    private static String dateTime(LocalDateTime at, LocalDate today) {
        return day(at.toLocalDate(), today) + " " + at.toLocalTime().format(TIME);
    }

    static String day(LocalDate date, LocalDate today) {
        if (date.equals(today)) {
            return "today";
        }
        if (date.equals(today.plusDays(1))) {
            return "tomorrow";
        }
        if (date.equals(today.minusDays(1))) {
            return "yesterday";
        }
        return date.format(date.getYear() == today.getYear() ? DAY : DAY_AND_YEAR);
    }

    /** "urgent", "high priority", "medium priority", "low priority", "no priority". */
    public static String priority(Priority priority) {
        return switch (priority) {
            case URGENT -> "urgent";
            case NONE -> "no priority";
            default -> priority.code() + " priority";
        };
    }

    /** "at the due time", "30 min before", "2 hours before", "1 day before", "at Tue 1 Dec 08:00". */
    public static String reminder(Reminder reminder, ZoneId zone, Clock clock) {
        if (reminder instanceof Reminder.Before before) {
            return span(before.before()) + " before";
        }
        if (reminder instanceof Reminder.At at) {
            return "at " + dateTime(at.at(), today(zone, clock));
        }
        return "at the due time";
    }

    private static String span(Duration span) {
        if (span.toDays() > 0 && span.equals(Duration.ofDays(span.toDays()))) {
            return plural(span.toDays(), "day");
        }
        if (span.toHours() > 0 && span.equals(Duration.ofHours(span.toHours()))) {
            return plural(span.toHours(), "hour");
        }
        return span.toMinutes() + " min";
    }

    private static String plural(long count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }

    /**
     * A repetition in words: "daily", "every weekday", "weekly on Mon and Thu", "every 2 weeks", "monthly
     * on day 1", "monthly on the 3rd Fri", "monthly on the last day", "yearly on 25 Dec", with "after
     * completion", ", 5 times", ", until 31 Dec 2026"; a rule it has no words for is shown as its RRULE.
     */
    public static String recurrence(Recurrence recurrence) {
        Map<String, String> parts = new LinkedHashMap<>();
        for (String part : recurrence.rule().split(";")) {
            String[] pair = part.split("=", 2);
            parts.put(pair[0], pair.length > 1 ? pair[1] : "");
        }
        String base = base(parts);
        if (base == null
                || !List.of("FREQ", "INTERVAL", "BYDAY", "BYMONTHDAY", "BYMONTH", "COUNT", "UNTIL", "WKST")
                        .containsAll(parts.keySet())) {
            base = recurrence.rule();
        }
        StringBuilder words = new StringBuilder(base);
        if (recurrence.fromCompletion()) {
            words.append(" after completion");
        }
        String count = parts.get("COUNT");
        if (count != null) {
            words.append(", ").append(count.equals("1") ? "once more" : count + " times");
        }
        String until = parts.get("UNTIL");
        if (until != null && until.length() >= 8) {
            LocalDate last = LocalDate.parse(until.substring(0, 8), DateTimeFormatter.BASIC_ISO_DATE);
            words.append(", until ").append(last.format(DATE_AND_YEAR));
        }
        return words.toString();
    }

    private static String base(Map<String, String> parts) {
        int interval = Integer.parseInt(parts.getOrDefault("INTERVAL", "1"));
        List<String> byDay =
                parts.containsKey("BYDAY") ? Arrays.asList(parts.get("BYDAY").split(",")) : List.of();
        String byMonthDay = parts.get("BYMONTHDAY");
        String byMonth = parts.get("BYMONTH");
        if (byMonthDay != null && byMonthDay.contains(",") || byMonth != null && byMonth.contains(",")) {
            return null;
        }
        switch (parts.get("FREQ")) {
            case "DAILY":
                return byDay.isEmpty() && byMonthDay == null && byMonth == null
                        ? every(interval, "daily", "days")
                        : null;
            case "WEEKLY":
                return byMonthDay == null && byMonth == null ? weekly(interval, byDay) : null;
            case "MONTHLY":
                return byMonth == null ? monthly(every(interval, "monthly", "months"), byDay, byMonthDay) : null;
            case "YEARLY":
                return byDay.isEmpty() ? yearly(every(interval, "yearly", "years"), byMonth, byMonthDay) : null;
            default:
                return null;
        }
    }

    private static String every(int interval, String once, String unit) {
        return interval == 1 ? once : "every " + interval + " " + unit;
    }

    private static String weekly(int interval, List<String> byDay) {
        if (byDay.isEmpty()) {
            return every(interval, "weekly", "weeks");
        }
        if (byDay.stream().anyMatch(day -> day.length() != 2)) {
            return null;
        }
        if (interval == 1 && byDay.size() == 5 && byDay.containsAll(WORKDAYS)) {
            return "every weekday";
        }
        if (interval == 1 && byDay.size() == 2 && byDay.containsAll(WEEKEND)) {
            return "every weekend";
        }
        List<String> names = byDay.stream().map(Describe::dayName).toList();
        return every(interval, "weekly", "weeks") + " on " + andList(names);
    }

    private static String monthly(String base, List<String> byDay, String byMonthDay) {
        if (byMonthDay != null && byDay.isEmpty()) {
            return base + (byMonthDay.equals("-1") ? " on the last day" : " on day " + byMonthDay);
        }
        if (byMonthDay == null && byDay.size() == 1) {
            Matcher m = BY_DAY.matcher(byDay.get(0));
            if (!m.matches() || m.group(1).isEmpty() || m.group(1).equals("+")) {
                return null;
            }
            int nth = Integer.parseInt(m.group(1));
            String which = nth == -1 ? "last" : nth > 0 && nth <= 5 ? ordinal(nth) : null;
            return which == null ? null : base + " on the " + which + " " + dayName(m.group(2));
        }
        return byDay.isEmpty() ? base : null;
    }

    private static String yearly(String base, String byMonth, String byMonthDay) {
        if (byMonth == null && byMonthDay == null) {
            return base;
        }
        if (byMonth == null || byMonthDay == null || byMonthDay.startsWith("-")) {
            return null;
        }
        LocalDate date = LocalDate.of(2000, Integer.parseInt(byMonth), Integer.parseInt(byMonthDay));
        return base + " on " + date.format(DAY_OF_YEAR);
    }

    private static String ordinal(int n) {
        return n
                + switch (n) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
    }

    private static String dayName(String code) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().startsWith(code)) {
                String name = day.name();
                return name.charAt(0) + name.substring(1, 3).toLowerCase(Locale.ROOT);
            }
        }
        return code;
    }

    private static String andList(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** What the assistant understands, for "help" and for a message it could not read. */
    public static String help() {
        return String.join(
                "\n",
                "I can:",
                "• add a task: \"buy milk tomorrow 9am #home p1\", \"remind me to call mom sunday 6pm\","
                        + " \"pay rent every month on the 1st\"",
                "• list tasks: \"what's due this week?\", \"today\", \"overdue\", \"show #work tasks\","
                        + " \"what's urgent\", \"list done tasks\"",
                "• complete or reopen: \"done 2\", \"mark the dentist task done\", \"reopen buy milk\"",
                "• change a task: \"move dentist to friday 3pm\", \"rename 2 to Pay rent\", \"make it urgent\","
                        + " \"tag it #home\", \"every monday\", \"remind me 30 min before\"",
                "• delete a task: \"delete the dentist task\"",
                "• undo my last change: \"undo\"",
                "\"it\" is the task I last touched, a number is an item of the last list, and text in \"quotes\""
                        + " is kept exactly as typed.");
    }
}
