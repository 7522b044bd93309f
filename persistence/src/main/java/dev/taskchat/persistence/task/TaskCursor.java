package dev.taskchat.persistence.task;

import dev.taskchat.domain.error.InvalidValueException;
import dev.taskchat.domain.task.TaskSort;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The position after the last task of a page: the sort it belongs to, the sort key of that task (as
 * PostgreSQL printed it) and its id. Opaque to clients: base64url of {@code sort|key|id}.
 */
record TaskCursor(TaskSort sort, String key, long id) {
    private static final String SEPARATOR = "|";
    private static final java.util.regex.Pattern PRIORITY_KEY = java.util.regex.Pattern.compile("-?[0-4],.+");

    String encode() {
        String plain = sort.code() + SEPARATOR + key + SEPARATOR + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    static InvalidValueException invalid() {
        return new InvalidValueException(
                "is not a cursor of this list (it must come from nextCursor with the same sort)");
    }

    static TaskCursor decode(String cursor, TaskSort expectedSort) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int first = plain.indexOf(SEPARATOR);
            int last = plain.lastIndexOf(SEPARATOR);
            TaskSort sort = TaskSort.ofCode(plain.substring(0, first));
            String key = plain.substring(first + 1, last);
            if (first < 0 || first == last || sort != expectedSort || key.isEmpty()) {
                throw new IllegalArgumentException("wrong shape");
            }
            if (sort == TaskSort.PRIORITY && !PRIORITY_KEY.matcher(key).matches()) {
                throw new IllegalArgumentException("wrong priority key");
            }
            return new TaskCursor(sort, key, Long.parseLong(plain.substring(last + 1)));
        } catch (RuntimeException e) {
            throw new InvalidValueException(
                    "is not a cursor of this list (it must come from nextCursor with the same sort)");
        }
    }
}
