package org.coalitiontracker.kit.events;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.coalitiontracker.kit.history.RecordHistory;
import org.coalitiontracker.kit.security.Actor;
import org.coalitiontracker.kit.stored.StoredRepresentations;
import org.hibernate.Session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The write side of the transactional outbox: records a change event in the same database
 * transaction as the change itself, so that a change is published if and only if it commits.
 * After the commit the relay is woken at once; it never has to wait for its poll. Who made the
 * change ({@link Actor}) travels with it as the {@code ce_actor} header, and the trace of the
 * write with it as its {@code traceparent} ({@link ChangeEventTracing}). Every change is also kept
 * in the record's history ({@link RecordHistory}), and the aggregate's current representation
 * ({@link StoredRepresentations}, which GET one answers from), in the same transaction.
 */
@ApplicationScoped
public class Outbox {

    private static final String WAKE_REGISTERED = Outbox.class.getName() + ".wake";
    private static final String INSERT = "insert into outbox (event_id, topic, aggregate_key, aggregate_version, event_type, payload, actor, occurred_at, traceparent) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final EntityManager entityManager;
    private final ObjectMapper mapper;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;
    private final Tombstones tombstones;
    private final RecordHistory history;
    private final ChangeEventTracing tracing;
    private final StoredRepresentations representations;

    public Outbox(EntityManager entityManager, ObjectMapper mapper, TransactionSynchronizationRegistry transactions, OutboxRelay relay,
            Tombstones tombstones, RecordHistory history, ChangeEventTracing tracing, StoredRepresentations representations) {
        this.entityManager = entityManager;
        this.mapper = mapper;
        this.transactions = transactions;
        this.relay = relay;
        this.tombstones = tombstones;
        this.history = history;
        this.tracing = tracing;
        this.representations = representations;
    }

    /** Records {@code change}, shown as {@code representation} gives it (the aggregate's HTTP view). */
    @Transactional(Transactional.TxType.MANDATORY)
    public <E> void publish(AggregateChanged<E> change, Function<? super E, ?> representation) {
        if (change.isDeletion()) {
            deleted(change.topic(), change.key(), change.version());
        } else {
            upserted(change.topic(), change.key(), change.version(), representation.apply(change.aggregate()));
        }
    }

    /** The aggregate now has {@code state} at {@code version}; {@code state} is its public representation. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void upserted(Topic topic, String key, long version, Object state) {
        try {
            append(topic, key, version, topic.upsertedType(), mapper.writeValueAsString(state));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise the state of " + topic + " " + key, e);
        }
    }

    /**
     * The aggregate is gone; {@code version} must be higher than any version published for it.
     * An aggregate created again under the same key continues after it ({@link Tombstones}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void deleted(Topic topic, String key, long version) {
        append(topic, key, version, topic.deletedType(), null);
        tombstones.record(topic, key, version);
    }

    private void append(Topic topic, String key, long version, String type, String payload) {
        Timestamp now = Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MICROS));
        String actor = Actor.current().orElse(null);
        String traceParent = tracing.currentTraceParent().orElse(null);
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                insert.setObject(1, UUID.randomUUID());
                insert.setString(2, topic.topicName());
                insert.setString(3, key);
                insert.setLong(4, version);
                insert.setString(5, type);
                if (payload == null) {
                    insert.setNull(6, Types.VARCHAR);
                } else {
                    insert.setString(6, payload);
                }
                if (actor == null) {
                    insert.setNull(7, Types.VARCHAR);
                } else {
                    insert.setString(7, actor);
                }
                insert.setTimestamp(8, now);
                if (traceParent == null) {
                    insert.setNull(9, Types.VARCHAR);
                } else {
                    insert.setString(9, traceParent);
                }
                insert.executeUpdate();
            }
            if (payload == null) {
                representations.remove(connection, topic, key);
            } else {
                representations.store(connection, topic, key, version, payload);
            }
        });
        // The record keeps what was published, for good; the outbox row goes once Kafka has it.
        history.record(topic, key, version, payload, now.toInstant(), actor);
        wakeRelayAfterCommit();
    }

    private void wakeRelayAfterCommit() {
        if (transactions.getResource(WAKE_REGISTERED) != null) {
            return;
        }
        transactions.putResource(WAKE_REGISTERED, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wake();
                }
            }
        });
    }
}
