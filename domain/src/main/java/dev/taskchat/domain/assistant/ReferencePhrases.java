package dev.taskchat.domain.assistant;

import java.util.Set;

/**
 * Reads which task a message means: "id:42" → that task; "it"/"that" → the last touched task; "2", "#2", "number 2", "the
 * second one" → an item of the last list; anything else → the words to find in a title, without the
 * fillers around them ("the dentist task" → "dentist"). Text in quotes is taken as it is.
 */
final class ReferencePhrases {
    private static final Set<String> LAST_TOUCHED = Set.of("it", "that", "this");
    private static final Set<String> LEADING_FILLERS = Set.of("the", "my", "a", "an", "task", "todo", "to-do", "item");
    private static final Set<String> TRAILING_FILLERS = Set.of("task", "todo", "to-do", "one", "item", "please");
    private static final Set<String> NUMBER_WORDS = Set.of("number", "no", "item", "task", "#");
    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("(?i)id:\\s*(\\d{1,18})");

    private ReferencePhrases() {}

    /** The task meant by tokens from..to, or null when they are empty. */
    static TaskRef read(Tokens t, int from, int to) {
        if (from >= to) {
            return null;
        }
        int start = from;
        int end = to;
        while (start < end - 1 && LEADING_FILLERS.contains(String.valueOf(t.word(start)))) {
            start++;
        }
        while (end - 1 > start && TRAILING_FILLERS.contains(String.valueOf(t.word(end - 1)))) {
            end--;
        }
        java.util.regex.Matcher id = ID.matcher(t.text(start, end).strip());
        if (id.matches()) {
            return new TaskRef.Id(Long.parseLong(id.group(1)));
        }
        if (end - start == 1 && t.word(start) != null) {
            String word = t.word(start);
            if (LAST_TOUCHED.contains(word)) {
                return new TaskRef.LastTouched();
            }
            Integer position = position(word);
            if (position != null) {
                return new TaskRef.ListPosition(position);
            }
        }
        if (end - start == 2 && t.is(start, NUMBER_WORDS.toArray(String[]::new))) {
            Integer position = position(t.word(start + 1));
            if (position != null) {
                return new TaskRef.ListPosition(position);
            }
        }
        String words = t.text(start, end).replaceAll("[.!?,;:]+$", "").strip();
        return words.isEmpty() ? null : new TaskRef.Titled(words);
    }

    private static Integer position(String word) {
        String digits = word.startsWith("#") ? word.substring(1) : word;
        if (digits.matches("\\d{1,3}")) {
            int number = Integer.parseInt(digits);
            return number >= 1 ? number : null;
        }
        return Words.ordinal(word);
    }
}
