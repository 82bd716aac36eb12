package org.coalitiontracker.kit.events;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.query.NativeQuery;
import org.hibernate.query.TypedParameterValue;
import org.hibernate.type.StandardBasicTypes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A service's read copies of other services' aggregates: one row per topic and key with the
 * latest state received and its version. A state is applied only if its version is newer than
 * the stored one, so duplicates, replays and out-of-order deliveries change nothing. A delete
 * keeps the key with a null state and its version, so an older state replayed after it cannot
 * bring the record back.
 */
@ApplicationScoped
public class ReadCopyStore {

    private static final String UPSERT = """
            insert into read_copy (topic, aggregate_key, version, state, received_at)
            values (:topic, :key, :version, cast(:state as jsonb), clock_timestamp())
            on conflict (topic, aggregate_key) do update
               set version = excluded.version, state = excluded.state, received_at = excluded.received_at
             where read_copy.version < excluded.version""";

    private final EntityManager entityManager;
    private final ObjectMapper mapper;

    public ReadCopyStore(EntityManager entityManager, ObjectMapper mapper) {
        this.entityManager = entityManager;
        this.mapper = mapper;
    }

    /** Applies a state, or a deletion when {@code state} is null; returns whether it was newer. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(Topic topic, String key, long version, String state) {
        return entityManager.createNativeQuery(UPSERT)
                .setParameter("topic", topic.topicName())
                .setParameter("key", key)
                .setParameter("version", version)
                .setParameter("state", new TypedParameterValue<>(StandardBasicTypes.STRING, state))
                .executeUpdate() > 0;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void clear(Topic topic) {
        entityManager.createNativeQuery("delete from read_copy where topic = :topic")
                .setParameter("topic", topic.topicName()).executeUpdate();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<JsonNode> find(Topic topic, String key) {
        // Declaring the table keeps Hibernate from flushing the caller's half-applied changes
        // before this query, which would publish an intermediate version of its entity.
        return entityManager.createNativeQuery(
                        "select cast(state as text) from read_copy where topic = :topic and aggregate_key = :key and state is not null", String.class)
                .unwrap(NativeQuery.class).addSynchronizedQuerySpace("read_copy")
                .setParameter("topic", topic.topicName())
                .setParameter("key", key)
                .getResultStream().findFirst().map(json -> read((String) json));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(Topic topic) {
        return ((Number) entityManager.createNativeQuery("select count(*) from read_copy where topic = :topic and state is not null")
                .setParameter("topic", topic.topicName()).getSingleResult()).longValue();
    }

    public JsonNode read(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored read copy is not JSON", e);
        }
    }
}
