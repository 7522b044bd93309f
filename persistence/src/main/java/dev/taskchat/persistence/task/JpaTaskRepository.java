package dev.taskchat.persistence.task;

import dev.taskchat.domain.task.Task;
import dev.taskchat.domain.task.TaskFilter;
import dev.taskchat.domain.task.TaskPage;
import dev.taskchat.domain.task.TaskRepository;
import dev.taskchat.domain.task.TaskSort;
import dev.taskchat.persistence.mapping.DatabaseErrors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

public class JpaTaskRepository implements TaskRepository {
    private final EntityManager em;

    public JpaTaskRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(Task task) {
        em.persist(task);
        em.flush();
    }

    @Override
    public Optional<Task> find(long ownerId, long taskId) {
        return Optional.ofNullable(em.find(Task.class, taskId)).filter(task -> task.ownerId() == ownerId);
    }

    @Override
    public List<Task> findAll(long ownerId, List<Long> taskIds) {
        if (taskIds.isEmpty()) {
            return List.of();
        }
        Map<Long, Task> byId = em
                .createQuery(
                        "select distinct t from Task t left join fetch t.tags where t.ownerId = :owner and t.id in :ids",
                        Task.class)
                .setParameter("owner", ownerId)
                .setParameter("ids", taskIds)
                .getResultList()
                .stream()
                .collect(Collectors.toMap(Task::id, Function.identity()));
        return taskIds.stream()
                .distinct()
                .map(byId::get)
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    @Override
    public List<Task> claimDueReminders(Instant now, int limit) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("""
                        select id from tasks
                         where remind_at <= ?1 and reminder_sent_at is null and completed_at is null
                         order by remind_at
                         limit ?2
                           for update skip locked""")
                .setParameter(1, java.sql.Timestamp.from(now))
                .setParameter(2, limit)
                .getResultList();
        return load(ids.stream().map(Number::longValue).toList());
    }

    @Override
    public void update(Task task) {
        em.flush();
    }

    @Override
    public void remove(Task task) {
        em.remove(task);
        em.flush();
    }

    @Override
    public TaskPage list(long ownerId, TaskFilter filter, TaskSort sort, String cursor, int limit) {
        if (limit < 1 || limit > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_PAGE_SIZE);
        }
        TaskCursor after = cursor == null ? null : TaskCursor.decode(cursor, sort);
        TaskListQuery query = new TaskListQuery(ownerId, filter, sort, after);
        Query sql = em.createNativeQuery(query.sql(limit));
        List<Object> parameters = query.parameters();
        for (int i = 0; i < parameters.size(); i++) {
            sql.setParameter(i + 1, parameters.get(i));
        }
        List<Object[]> rows = rows(sql, after != null);
        boolean more = rows.size() > limit;
        List<Object[]> page = more ? rows.subList(0, limit) : rows;
        List<Long> ids = page.stream().map(row -> ((Number) row[0]).longValue()).toList();
        String next = null;
        if (more) {
            Object[] last = page.get(page.size() - 1);
            next = new TaskCursor(sort, (String) last[1], ((Number) last[0]).longValue()).encode();
        }
        return new TaskPage(load(ids), next);
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query sql, boolean afterCursor) {
        try {
            return sql.getResultList();
        } catch (PersistenceException e) {
            // a cursor's key is PostgreSQL's own text for a timestamp: if it does not parse, the cursor
            // was not one we issued
            if (afterCursor && DatabaseErrors.isDataException(e)) {
                throw TaskCursor.invalid();
            }
            throw e;
        }
    }

    /** The tasks with these ids, tags fetched in the same query, in the order of the ids. */
    private List<Task> load(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Task> byId = em
                .createQuery("select distinct t from Task t left join fetch t.tags where t.id in :ids", Task.class)
                .setParameter("ids", ids)
                .getResultList()
                .stream()
                .collect(Collectors.toMap(Task::id, Function.identity()));
        return ids.stream()
                .map(byId::get)
                .sorted(Comparator.comparingInt(ids::indexOf))
                .toList();
    }
}
