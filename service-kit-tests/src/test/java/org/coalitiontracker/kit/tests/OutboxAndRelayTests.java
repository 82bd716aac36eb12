package org.coalitiontracker.kit.tests;

import static io.restassured.RestAssured.given;
import static org.coalitiontracker.kit.tests.WidgetCalls.TOPIC;
import static org.coalitiontracker.kit.tests.WidgetCalls.records;
import static org.coalitiontracker.kit.tests.WidgetCalls.state;
import static org.coalitiontracker.kit.tests.WidgetCalls.versions;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.coalitiontracker.kit.events.ChangeEventTracing;
import org.coalitiontracker.kit.events.ChangeEventsConfig;
import org.coalitiontracker.kit.events.CloudEventHeaders;
import org.coalitiontracker.kit.events.KafkaClients;
import org.coalitiontracker.kit.events.OutboxRelay;
import org.coalitiontracker.kit.events.TopicProvisioner;
import org.coalitiontracker.kit.tests.app.WidgetContract;
import org.coalitiontracker.kit.tests.app.Widgets;
import org.coalitiontracker.testing.EmbeddedPostgresResource;
import org.coalitiontracker.testing.KafkaBrokerResource;
import org.coalitiontracker.testing.OutboxRows;
import org.coalitiontracker.testing.ReadCopySeeds;
import org.coalitiontracker.testing.TopicReader;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The transactional outbox and its relay: what commits is published once, in order per key; what rolls back never is. */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = HttpPortResource.class, scope = TestResourceScope.GLOBAL)
class OutboxAndRelayTests {

    private static final String LATER_STEP_FAILED = "a later step of the transaction failed";

    @Inject
    Widgets widgets;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ChangeEventsConfig config;

    @Inject
    KafkaClients clients;

    @Inject
    TopicProvisioner topics;

    @Inject
    MeterRegistry metrics;

    @Inject
    ChangeEventTracing tracing;

    @ConfigProperty(name = "quarkus.application.name")
    String applicationName;

    @Test
    void manyChangesToManyKeysArePublishedOncePerVersionInOrderWithTheirEnvelopeAndTheCopyFollows() throws Exception {
        List<String> keys = List.of("order-a", "order-b", "order-c", "order-d", "order-e", "order-f");
        int changes = 30;
        // Keys written side by side, each key's changes one after the other (as its ETags order them).
        writeConcurrently(keys, changes);

        for (String key : keys) {
            TopicReader.awaitEveryVersion(TOPIC, key, changes - 1);
            List<ConsumerRecord<String, byte[]>> records = records(key);
            assertEquals(LongStream.range(0, changes).boxed().toList(), versions(records), "every version of " + key + " once, in order");
            for (ConsumerRecord<String, byte[]> record : records) {
                long version = TopicReader.version(record);
                assertEquals(key + " " + version, state(record).get("name").asText());
                assertEquals(version, state(record).get("version").asLong(), "the state carries the version of its header");
            }
            ReadCopySeeds.awaitCopy(WidgetContract.TOPIC, key, Optional.of(state(records.get(changes - 1))));
        }
        ConsumerRecord<String, byte[]> first = records(keys.get(0)).get(0);
        assertEquals("1.0", TopicReader.header(first, CloudEventHeaders.SPEC_VERSION));
        assertEquals("/" + applicationName, TopicReader.header(first, CloudEventHeaders.SOURCE));
        assertEquals(WidgetContract.TOPIC.upsertedType(), TopicReader.header(first, CloudEventHeaders.TYPE));
        assertEquals(keys.get(0), TopicReader.header(first, CloudEventHeaders.SUBJECT));
        assertEquals("application/json", TopicReader.header(first, CloudEventHeaders.CONTENT_TYPE));
        assertTrue(TopicReader.header(first, CloudEventHeaders.ID).matches("[0-9a-f-]{36}"), TopicReader.header(first, CloudEventHeaders.ID));
        assertTrue(TopicReader.header(first, CloudEventHeaders.TIME).endsWith("Z"), TopicReader.header(first, CloudEventHeaders.TIME));
        // Who wrote it: the subject of the request's token, as the state's updatedBy says.
        String actor = TopicReader.header(first, CloudEventHeaders.ACTOR);
        assertTrue(actor != null && !actor.isBlank(), "ce_actor");
        assertEquals(actor, state(first).get("updatedBy").asText());
        OutboxRows.awaitEmpty();
    }

    @Test
    void aRolledBackTransactionPublishesNothing() {
        String key = "rolled-back";
        WidgetCalls.put(key, "kept");
        // Published and gone from the outbox, so that the only row below is the rename's.
        TopicReader.awaitEveryVersion(TOPIC, key, 0);
        OutboxRows.awaitEmpty();
        // The rename and its outbox row are written, then a later step of the same transaction fails.
        RuntimeException failure = assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            widgets.put(key, "rolled back");
            assertEquals(1, OutboxRows.pending(WidgetContract.TOPIC, key));
            throw new IllegalStateException(LATER_STEP_FAILED);
        }));
        assertEquals(LATER_STEP_FAILED, failure.getMessage());
        // The same through a request whose transaction fails after the outbox row was written.
        given().contentType(ContentType.JSON).body("{\"name\": \"rolled back too\"}").post("/widgets/" + key + "/failed-rename")
                .then().statusCode(409);
        given().get("/widgets/" + key).then().statusCode(200).header("ETag", "\"0\"").body("name", equalTo("kept"));
        assertEquals(0, OutboxRows.pending());

        assertEquals(1, WidgetCalls.put(key, "accepted"));
        // Version 1 on the topic is the accepted change; the rolled-back ones, which would have gone first, never are.
        TopicReader.awaitEveryVersion(TOPIC, key, 1);
        List<ConsumerRecord<String, byte[]>> records = records(key);
        assertEquals(List.of(0L, 1L), versions(records));
        assertEquals("accepted", state(records.get(1)).get("name").asText());
        ReadCopySeeds.awaitCopy(WidgetContract.TOPIC, key, Optional.of(state(records.get(1))));
    }

    @Test
    void aKeyDeletedAndCreatedAgainContinuesItsVersionsAndTheCopyTakesTheNewRecord() {
        String key = "created-again";
        assertEquals(0, WidgetCalls.put(key, "first"));
        assertEquals(1, WidgetCalls.put(key, "first, renamed"));
        WidgetCalls.delete(key);
        ReadCopySeeds.awaitCopy(WidgetContract.TOPIC, key, Optional.empty());

        // The tombstone was version 2: created again, the widget starts at 3, not at 0, which the copy would take for a replay.
        assertEquals(3, WidgetCalls.put(key, "second"));
        given().get("/widgets/" + key).then().header("ETag", "\"3\"");
        WidgetCalls.delete(key);
        assertEquals(5, WidgetCalls.put(key, "third"));

        TopicReader.awaitEveryVersion(TOPIC, key, 5);
        List<ConsumerRecord<String, byte[]>> records = records(key);
        assertEquals(List.of(0L, 1L, 2L, 3L, 4L, 5L), versions(records));
        assertEquals(List.of(false, false, true, false, true, false), records.stream().map(r -> r.value() == null).toList());
        assertEquals(WidgetContract.TOPIC.deletedType(), TopicReader.header(records.get(2), CloudEventHeaders.TYPE));
        assertNull(TopicReader.header(records.get(2), CloudEventHeaders.CONTENT_TYPE));
        ReadCopySeeds.awaitCopy(WidgetContract.TOPIC, key, Optional.of(state(records.get(5))));
        assertEquals("third", ReadCopySeeds.copy(WidgetContract.TOPIC, key).orElseThrow().get("name").asText());
    }

    @Test
    void whileAnotherInstanceHoldsTheRelayLockTheRelayPublishesNothing() throws Exception {
        String key = "lock-held";
        try (Connection other = dataSource.getConnection()) {
            lockRelay(other, "select pg_advisory_lock(?)");
            try {
                WidgetCalls.put(key, "waits for the lock");
                // The wake-up after the commit and three polls: none may publish while the lock is held.
                Thread.sleep(config.relay().pollInterval().multipliedBy(3).toMillis());
                assertEquals(1, OutboxRows.pending(WidgetContract.TOPIC, key));
                assertEquals(List.of(), records(key));
            } finally {
                lockRelay(other, "select pg_advisory_unlock(?)");
            }
        }
        TopicReader.awaitEveryVersion(TOPIC, key, 0);
        OutboxRows.awaitEmpty();
        assertEquals(1, records(key).size());
    }

    @Test
    void twoRelaysOnOneDatabasePublishEachChangeOnceAndInOrder() throws Exception {
        // A second instance's relay: the kit's own class on the same database, with a producer and metrics of its own.
        SimpleMeterRegistry secondMetrics = new SimpleMeterRegistry();
        OutboxRelay second = new OutboxRelay(dataSource, config, clients, topics, secondMetrics, tracing, applicationName);
        double publishedBefore = published(metrics);
        invoke(second, "start", StartupEvent.class, new StartupEvent());
        ExecutorService waker = Executors.newSingleThreadExecutor();
        List<String> keys = List.of("two-relays-a", "two-relays-b", "two-relays-c", "two-relays-d", "two-relays-e", "two-relays-f");
        int changes = 25;
        try {
            // The second relay is not woken by this instance's commits; wake it as often as the first is.
            Future<?> waking = waker.submit(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    second.wake();
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            writeConcurrently(keys, changes);
            OutboxRows.awaitEmpty();
            waking.cancel(true);
        } finally {
            waker.shutdownNow();
            invoke(second, "stop", ShutdownEvent.class, new ShutdownEvent());
        }

        for (String key : keys) {
            TopicReader.awaitEveryVersion(TOPIC, key, changes - 1);
            assertEquals(LongStream.range(0, changes).boxed().toList(), versions(records(key)), "every version of " + key + " once, in order");
        }
        double byFirst = published(metrics) - publishedBefore;
        double bySecond = published(secondMetrics);
        System.out.printf("Two relays on one database: the first published %.0f, the second %.0f of %d changes%n", byFirst, bySecond,
                keys.size() * changes);
        assertEquals(keys.size() * changes, byFirst + bySecond, 0, "changes published by the two relays together");
        // Otherwise one relay did all the work and the lock was never contended.
        assertTrue(byFirst > 0 && bySecond > 0, "both relays published some of the changes");
    }

    /** Writes {@code changes} versions of each key, keys in parallel, each key's versions in turn. */
    private static void writeConcurrently(List<String> keys, int changes) throws Exception {
        ExecutorService writers = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (String key : keys) {
                done.add(writers.submit(() -> {
                    for (int version = 0; version < changes; version++) {
                        assertEquals(version, WidgetCalls.put(key, key + " " + version));
                    }
                }));
            }
            for (Future<?> future : done) {
                future.get(2, TimeUnit.MINUTES);
            }
        } finally {
            writers.shutdownNow();
        }
    }

    private static double published(MeterRegistry registry) {
        var counter = registry.find("outbox.published").counter();
        return counter == null ? 0 : counter.count();
    }

    /** Takes or releases, in a session of its own, the advisory lock each relay holds while it publishes a batch. */
    private static void lockRelay(Connection connection, String sql) throws SQLException, ReflectiveOperationException {
        Field lock = OutboxRelay.class.getDeclaredField("RELAY_LOCK");
        lock.setAccessible(true);
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, lock.getLong(null));
            statement.executeQuery().close();
        }
    }

    /** The relay's life-cycle observers are the container's to call; a second relay outside it is started the same way. */
    private static <T> void invoke(OutboxRelay relay, String method, Class<T> eventType, T event) throws ReflectiveOperationException {
        Method observer = OutboxRelay.class.getDeclaredMethod(method, eventType);
        observer.setAccessible(true);
        observer.invoke(relay, event);
    }
}
