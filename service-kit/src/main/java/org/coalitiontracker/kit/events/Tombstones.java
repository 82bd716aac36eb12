package org.coalitiontracker.kit.events;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The version of the last tombstone published for each key, so that an aggregate created again
 * under the key of a deleted one (a key its clients choose, such as a slug) continues the
 * version sequence instead of starting at 0 again. The read copies keep each tombstone's version
 * so that an older state cannot come back; a new aggregate at version 0 would be that older state
 * to them, and never reach them.
 */
@ApplicationScoped
public class Tombstones {

    private final EntityManager entityManager;

    public Tombstones(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Called by {@link Outbox#deleted} in the deleting transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    void record(Topic topic, String key, long version) {
        entityManager.createNativeQuery("insert into tombstone (topic, aggregate_key, version, deleted_at) values (?1, ?2, ?3, now()) "
                + "on conflict (topic, aggregate_key) do update set version = greatest(tombstone.version, excluded.version), deleted_at = excluded.deleted_at")
                .setParameter(1, topic.topicName())
                .setParameter(2, key)
                .setParameter(3, version)
                .executeUpdate();
    }

    /** The version a new aggregate under {@code key} starts at: 0, or one past its key's last tombstone. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long firstVersion(Topic topic, String key) {
        List<?> versions = entityManager.createNativeQuery("select version from tombstone where topic = ?1 and aggregate_key = ?2")
                .setParameter(1, topic.topicName())
                .setParameter(2, key)
                .getResultList();
        return versions.isEmpty() ? 0 : ((Number) versions.get(0)).longValue() + 1;
    }
}
