package dev.taskchat.persistence.idempotency;

import dev.taskchat.domain.idempotency.Claim;
import dev.taskchat.domain.idempotency.IdempotencyKeys;
import dev.taskchat.domain.idempotency.StoredResponse;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * The insert takes the key. A concurrent request with the same key blocks on the primary key until
 * the first transaction ends: if it committed, the insert does nothing and the stored outcome is read;
 * if it rolled back, this request takes the key and does the work itself. Exactly one wins.
 */
public class JpaIdempotencyKeys implements IdempotencyKeys {
    private final EntityManager em;

    public JpaIdempotencyKeys(EntityManager em) {
        this.em = em;
    }

    @Override
    public Claim claim(long userId, String key, String requestHash, Instant now) {
        int inserted = em.createNativeQuery("""
                        insert into idempotency_keys (user_id, idempotency_key, request_hash, created_at)
                        values (?1, ?2, ?3, ?4)
                        on conflict do nothing""")
                .setParameter(1, userId)
                .setParameter(2, key)
                .setParameter(3, requestHash)
                .setParameter(4, Timestamp.from(now))
                .executeUpdate();
        if (inserted == 1) {
            return new Claim.Fresh();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select request_hash, response_status, response_body, location
                          from idempotency_keys
                         where user_id = ?1 and idempotency_key = ?2""")
                .setParameter(1, userId)
                .setParameter(2, key)
                .getResultList();
        if (rows.isEmpty()) {
            // the holder rolled back after our insert gave way, or the key expired just now: try again
            return claim(userId, key, requestHash, now);
        }
        Object[] row = rows.get(0);
        if (!requestHash.equals(row[0]) || row[1] == null) {
            return new Claim.Mismatch();
        }
        return new Claim.Replay(new StoredResponse(((Number) row[1]).intValue(), (String) row[2], (String) row[3]));
    }

    @Override
    public void complete(long userId, String key, StoredResponse response) {
        em.createNativeQuery("""
                        update idempotency_keys
                           set response_status = ?3, response_body = ?4, location = ?5
                         where user_id = ?1 and idempotency_key = ?2""")
                .setParameter(1, userId)
                .setParameter(2, key)
                .setParameter(3, response.status())
                .setParameter(4, response.body())
                .setParameter(5, response.location())
                .executeUpdate();
    }
}
