package dev.taskchat.persistence.tag;

import dev.taskchat.domain.error.ConflictException;
import dev.taskchat.domain.tag.Tag;
import dev.taskchat.domain.tag.TagName;
import dev.taskchat.domain.tag.TagRepository;
import dev.taskchat.domain.tag.TagUsage;
import dev.taskchat.persistence.mapping.DatabaseErrors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

public class JpaTagRepository implements TagRepository {
    private final EntityManager em;

    public JpaTagRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Tag> find(long ownerId, TagName name) {
        return em.createQuery("select t from Tag t where t.ownerId = :owner and t.name = :name", Tag.class)
                .setParameter("owner", ownerId)
                .setParameter("name", name.value())
                .getResultStream()
                .findFirst();
    }

    @Override
    public Tag obtain(long ownerId, TagName name, Instant now) {
        // a concurrent first use of the same name waits on the unique index, then finds the tag
        em.createNativeQuery("""
                        insert into tags (user_id, name, created_at) values (?1, ?2, ?3)
                        on conflict (user_id, name) do nothing""")
                .setParameter(1, ownerId)
                .setParameter(2, name.value())
                .setParameter(3, Timestamp.from(now))
                .executeUpdate();
        return find(ownerId, name).orElseThrow();
    }

    @Override
    public void update(Tag tag) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (DatabaseErrors.isUniqueViolation(e)) {
                throw new ConflictException("tag-exists", "there is already a tag #" + tag.name());
            }
            throw e;
        }
    }

    @Override
    public void remove(Tag tag) {
        // task_tags rows go with it (on delete cascade); the tasks stay
        em.remove(tag);
        em.flush();
    }

    @Override
    public List<TagUsage> usage(long ownerId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select g.name,
                               count(t.id) filter (where t.completed_at is null),
                               count(t.id)
                          from tags g
                          left join task_tags tt on tt.tag_id = g.id
                          left join tasks t on t.id = tt.task_id
                         where g.user_id = ?1
                         group by g.name
                         order by g.name""").setParameter(1, ownerId).getResultList();
        return rows.stream()
                .map(row -> new TagUsage((String) row[0], ((Number) row[1]).longValue(), ((Number) row[2]).longValue()))
                .toList();
    }
}
