package dev.taskchat.migrations.backfill;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The backfills this release knows, by name. A backfill belongs to the expand that declares it in its header
 * ({@code -- backfill: NAME}); it stays here for as long as that script exists, since a database built from
 * scratch runs it too (on whatever rows exist then). One that finished is never run again: its SQL may name a
 * column that a later contract dropped.
 */
public final class Backfills {

    private final Map<String, Backfill> byName = new LinkedHashMap<>();

    public Backfills(List<Backfill> backfills) {
        for (Backfill backfill : backfills) {
            if (byName.putIfAbsent(backfill.name(), backfill) != null) {
                throw new IllegalArgumentException("two backfills are named " + backfill.name());
            }
        }
    }

    /** Fills tasks.priority_rank (V9) from the priority text it replaces. */
    public static final Backfill TASKS_PRIORITY_RANK = new Backfill("tasks_priority_rank", "tasks", "id", """
            update tasks
               set priority_rank = case priority
                       when 'none' then 0 when 'low' then 1 when 'medium' then 2 when 'high' then 3 when 'urgent' then 4
                   end
             where id > ? and id <= ? and priority_rank is null""");

    /** Copies tasks.reminded_at into tasks.reminder_sent_at (V12), the column that replaces it. */
    public static final Backfill TASKS_REMINDER_SENT_AT = new Backfill("tasks_reminder_sent_at", "tasks", "id", """
            update tasks
               set reminder_sent_at = reminded_at
             where id > ? and id <= ? and reminder_sent_at is distinct from reminded_at""");

    /** The backfills shipped with this release, in the order of the scripts that declare them. */
    public static Backfills shipped() {
        return new Backfills(List.of(TASKS_PRIORITY_RANK, TASKS_REMINDER_SENT_AT));
    }

    public Optional<Backfill> named(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public List<Backfill> all() {
        return List.copyOf(byName.values());
    }
}
