package org.coalitiontracker.testing;

import java.time.Duration;

import org.coalitiontracker.kit.events.OutboxRelay;
import org.coalitiontracker.kit.events.Topic;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;

import jakarta.persistence.EntityManager;

/**
 * What the service's transactional outbox holds: changes committed but not yet acknowledged by
 * Kafka. Read from the table itself, not from the sampled backlog gauge, so it is exact at once.
 */
public final class OutboxRows {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private OutboxRows() {
    }

    /**
     * Rows waiting for the aggregate {@code key} of {@code topic}; inside a transaction, as that
     * transaction sees them (its own rows included).
     */
    public static long pending(Topic topic, String key) {
        return QuarkusTransaction.joiningExisting().call(() -> ((Number) entityManager()
                .createNativeQuery("select count(*) from outbox where topic = :topic and aggregate_key = :key")
                .setParameter("topic", topic.topicName()).setParameter("key", key).getSingleResult()).longValue());
    }

    public static long pending() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager()
                .createNativeQuery("select count(*) from outbox").getSingleResult()).longValue());
    }

    /** Waits until the relay has published every row; fails if it does not. */
    public static void awaitEmpty() {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        long left;
        while ((left = pending()) > 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(left + " outbox rows were never published");
            }
            pause();
        }
    }

    /**
     * Waits until the relay has failed to publish (and so will send its rows again from the
     * outbox): the path on which nothing may be lost, as opposed to the producer merely holding
     * records until a broker that was briefly away comes back.
     */
    public static void awaitRelayCannotPublish() {
        OutboxRelay relay = Arc.container().instance(OutboxRelay.class).get();
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (relay.kafkaReachable()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The outbox relay never noticed that Kafka is unreachable");
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static EntityManager entityManager() {
        return Arc.container().instance(EntityManager.class).get();
    }
}
