package org.coalitiontracker.kit.events;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.engine.jdbc.spi.JdbcCoordinator;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
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

    /**
     * For each lookup, its field's text by key, for the keys whose state the copy holds with that
     * field set (a deleted or missing key, or a state without the field, is left out): in one
     * statement, whatever the number of lookups and keys. A prepared statement on the session's
     * connection, so inside the caller's transaction it reads the caller's snapshot: a native query through
     * Hibernate also builds a query object, resolves its result mapping and checks whether to
     * flush on every call, for a statement that only reads text by primary key (what that costs
     * and what PostgreSQL pays for the array parameter instead: benchmarks/get-one-comparison-results.md).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Map<String, String>> texts(List<ReadCopies.FieldLookup> lookups) {
        List<Map<String, String>> found = new ArrayList<>(lookups.size());
        StringBuilder sql = new StringBuilder();
        List<Integer> asked = new ArrayList<>();
        for (int i = 0; i < lookups.size(); i++) {
            found.add(new HashMap<>());
            ReadCopies.FieldLookup lookup = lookups.get(i);
            if (lookup.keys().isEmpty()) {
                continue;
            }
            // A null (a deletion, a state without the field) is left out below rather than tested
            // here, which would extract the field from the state a second time.
            // One key is compared as one: PostgreSQL spends about twice as long on `= any(array)`
            // with one element as on `= ?` (backend CPU per execution, measured with a generic plan
            // too; benchmarks/get-one-comparison-results.md), and a GET one asks for one key.
            sql.append(asked.isEmpty() ? "" : " union all ")
                    .append("select ").append(i).append(", aggregate_key, ").append(lookup.field().text("state"))
                    .append(" from read_copy where topic = ? and aggregate_key ").append(lookup.keys().size() == 1 ? "= ?" : "= any(?)");
            asked.add(i);
        }
        if (asked.isEmpty()) {
            return found;
        }
        // Through the session's JDBC coordinator: the statement is Hibernate's like any other
        // (its statistics count it, the connection is released after it as after a query).
        SharedSessionContractImplementor session = entityManager.unwrap(SharedSessionContractImplementor.class);
        JdbcCoordinator jdbc = session.getJdbcCoordinator();
        PreparedStatement select = jdbc.getStatementPreparer().prepareStatement(sql.toString());
        try {
            int parameter = 1;
            for (int i : asked) {
                ReadCopies.FieldLookup lookup = lookups.get(i);
                select.setString(parameter++, lookup.topic().topicName());
                if (lookup.keys().size() == 1) {
                    select.setString(parameter++, lookup.keys().iterator().next());
                } else {
                    select.setArray(parameter++, select.getConnection().createArrayOf("varchar", lookup.keys().toArray()));
                }
            }
            ResultSet rows = jdbc.getResultSetReturn().extract(select, sql.toString());
            while (rows.next()) {
                String text = rows.getString(3);
                if (text != null) {
                    found.get(rows.getInt(1)).put(rows.getString(2), text);
                }
            }
        } catch (SQLException e) {
            throw session.getJdbcServices().getSqlExceptionHelper().convert(e, "Could not read the read copies", sql.toString());
        } finally {
            jdbc.getLogicalConnection().getResourceRegistry().release(select);
            jdbc.afterStatementExecution();
        }
        return found;
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
