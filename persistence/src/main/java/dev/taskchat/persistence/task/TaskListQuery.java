package dev.taskchat.persistence.task;

import dev.taskchat.domain.task.TaskFilter;
import dev.taskchat.domain.task.TaskSort;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the SQL of one page of a task list: ids and sort keys, in order, one more than the page so
 * the caller knows whether another page follows. Every value is a bind parameter.
 *
 * <p>Each sort is a row of ascending keys ending in the id, so the keyset condition is a single row
 * comparison; an undated task sorts as {@code 'infinity'}.
 */
final class TaskListQuery {
    private static final String DUE_KEY = "coalesce(t.due_at, 'infinity'::timestamptz)";
    private static final String RANK = "t.priority_rank";
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private final StringBuilder where = new StringBuilder("t.user_id = ?1");
    private final List<Object> parameters = new ArrayList<>();
    private final TaskSort sort;

    TaskListQuery(long ownerId, TaskFilter filter, TaskSort sort, TaskCursor after) {
        this.sort = sort;
        parameters.add(ownerId);
        switch (filter.status()) {
            case OPEN -> where.append(" and t.completed_at is null");
            case COMPLETED -> where.append(" and t.completed_at is not null");
            case ALL -> {}
        }
        if (filter.priority() != null) {
            and("t.priority_rank = ?", filter.priority().rank());
        }
        if (filter.tag() != null) {
            and(
                    "exists (select 1 from task_tags tt join tags g on g.id = tt.tag_id"
                            + " where tt.task_id = t.id and g.name = ?)",
                    filter.tag().value());
        }
        if (filter.dueFrom() != null) {
            and("t.due_date >= ?", filter.dueFrom());
        }
        if (filter.dueTo() != null) {
            and("t.due_date <= ?", filter.dueTo());
        }
        String words = prefixQuery(filter.text());
        if (words != null) {
            // the same expression as the GIN index tasks_search_idx, so the index is used
            and(
                    "to_tsvector('simple', t.title || ' ' || coalesce(t.description, ''))"
                            + " @@ to_tsquery('simple', ?)",
                    words);
        }
        if (after != null) {
            keyset(after);
        }
    }

    /** Every word must occur, as a word or the start of one ("ren" finds "rent"). */
    static String prefixQuery(String text) {
        if (text == null) {
            return null;
        }
        List<String> terms = new ArrayList<>();
        Matcher word = WORD.matcher(text.toLowerCase(java.util.Locale.ROOT));
        while (word.find() && terms.size() < 20) {
            terms.add(word.group() + ":*");
        }
        return terms.isEmpty() ? null : String.join(" & ", terms);
    }

    private void keyset(TaskCursor after) {
        switch (sort) {
            case DUE -> and2("(" + DUE_KEY + ", t.id) > (cast(? as timestamptz), ?)", after.key(), after.id());
            case PRIORITY -> {
                String[] keys = after.key().split(",", 2);
                int index = parameters.size() + 1;
                where.append(" and (-" + RANK + ", " + DUE_KEY + ", t.id) > (?" + index + ", cast(?" + (index + 1)
                        + " as timestamptz), ?" + (index + 2) + ")");
                parameters.add(Integer.parseInt(keys[0]));
                parameters.add(keys[1]);
                parameters.add(after.id());
            }
            case CREATED -> and2("(t.created_at, t.id) > (cast(? as timestamptz), ?)", after.key(), after.id());
            case CREATED_DESC -> and2("(t.created_at, t.id) < (cast(? as timestamptz), ?)", after.key(), after.id());
        }
    }

    String sql(int limit) {
        return "select t.id, " + sortKey() + " from tasks t where " + where + " order by " + orderBy() + " limit "
                + (limit + 1);
    }

    List<Object> parameters() {
        return parameters;
    }

    /** The sort key of a row as text, as the cursor carries it. */
    private String sortKey() {
        return switch (sort) {
            case DUE -> DUE_KEY + "::text";
            case PRIORITY -> "(-" + RANK + ")::text || ',' || " + DUE_KEY + "::text";
            case CREATED, CREATED_DESC -> "t.created_at::text";
        };
    }

    private String orderBy() {
        return switch (sort) {
            case DUE -> DUE_KEY + ", t.id";
            case PRIORITY -> "-" + RANK + ", " + DUE_KEY + ", t.id";
            case CREATED -> "t.created_at, t.id";
            case CREATED_DESC -> "t.created_at desc, t.id desc";
        };
    }

    private void and(String condition, Object value) {
        parameters.add(value);
        where.append(" and ").append(condition.replace("?", "?" + parameters.size()));
    }

    private void and2(String condition, Object first, Object second) {
        int index = parameters.size() + 1;
        parameters.add(first);
        parameters.add(second);
        where.append(" and ")
                .append(condition.replaceFirst("\\?", "?" + index).replaceFirst("\\?(?!\\d)", "?" + (index + 1)));
    }
}
