package org.coalitiontracker.kit.tests;

import static io.restassured.RestAssured.given;
import static org.coalitiontracker.kit.tests.WidgetCalls.TOPIC;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.coalitiontracker.kit.events.CloudEventHeaders;
import org.coalitiontracker.kit.events.ReadCopies;
import org.coalitiontracker.kit.events.StateField;
import org.coalitiontracker.kit.tests.CopyAndTopic.Entry;
import org.coalitiontracker.kit.tests.app.WidgetContract;
import org.coalitiontracker.testing.EmbeddedPostgresResource;
import org.coalitiontracker.testing.KafkaBrokerResource;
import org.coalitiontracker.testing.OutboxRows;
import org.coalitiontracker.testing.ReadCopySeeds;
import org.coalitiontracker.testing.TestTokens;
import org.coalitiontracker.testing.TopicReader;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The read-copy consumer: its version rules, its dead letters, a rebuild from the topic, and readiness. */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = HttpPortResource.class, scope = TestResourceScope.GLOBAL)
class ReadCopyConsumerTests {

    private static final String COPY = WidgetContract.TOPIC.copyName();

    @Inject
    MeterRegistry metrics;

    @Inject
    ReadCopies readCopies;

    @Test
    void aDuplicateTheSameVersionWithOtherContentAnOlderVersionAndAReplayAfterTheTombstoneChangeNothing() {
        String key = "rules";
        ProducerRecord<String, byte[]> current = widget(key, 5, "current");
        ReadCopySeeds.sendAndAwaitConsumed(current);
        assertEquals(Optional.of(json(key, 5, "current")), ReadCopySeeds.copy(WidgetContract.TOPIC, key));

        // Redelivered as is, the same version with other content, and an older version: none applies.
        ReadCopySeeds.sendAndAwaitConsumed(current);
        ReadCopySeeds.sendAndAwaitConsumed(widget(key, 5, "same version, other content"));
        ReadCopySeeds.sendAndAwaitConsumed(widget(key, 4, "older"));
        assertEquals(Optional.of(json(key, 5, "current")), ReadCopySeeds.copy(WidgetContract.TOPIC, key));

        // After the tombstone, neither a replay of the state before it nor a state at its own version brings the record back.
        ReadCopySeeds.sendAndAwaitConsumed(ReadCopySeeds.record(WidgetContract.TOPIC, key, 6, null));
        ReadCopySeeds.sendAndAwaitConsumed(current);
        ReadCopySeeds.sendAndAwaitConsumed(widget(key, 6, "at the tombstone's version"));
        assertEquals(Optional.empty(), ReadCopySeeds.copy(WidgetContract.TOPIC, key));
        assertEquals(new Entry(6, null), CopyAndTopic.copy(TOPIC).get(key), "the deletion is kept with its version");

        // A newer state applies: the key was only deleted, not blocked.
        ReadCopySeeds.sendAndAwaitConsumed(widget(key, 7, "created again"));
        assertEquals(Optional.of(json(key, 7, "created again")), ReadCopySeeds.copy(WidgetContract.TOPIC, key));
    }

    @Test
    void textsAreLookedUpForTheKeysTheCopyHoldsWithTheFieldAndForEveryLookupInOneCall() {
        ReadCopySeeds.sendAndAwaitConsumed(widget("texts-a", 1, "Alpha"));
        ReadCopySeeds.sendAndAwaitConsumed(widget("texts-b", 2, "Beta"));
        ReadCopySeeds.sendAndAwaitConsumed(widget("texts-gone", 1, "Gone"));
        ReadCopySeeds.sendAndAwaitConsumed(ReadCopySeeds.record(WidgetContract.TOPIC, "texts-gone", 2, null));
        StateField name = StateField.of("name");

        List<Map<String, String>> found = readCopies.texts(List.of(
                new ReadCopies.FieldLookup(WidgetContract.TOPIC, name, List.of("texts-a", "texts-b", "texts-gone", "texts-never")),
                new ReadCopies.FieldLookup(WidgetContract.TOPIC, StateField.of("key"), List.of("texts-b")),
                new ReadCopies.FieldLookup(WidgetContract.TOPIC, name, List.of()),
                new ReadCopies.FieldLookup(WidgetContract.TOPIC, StateField.of("colour"), List.of("texts-a")),
                new ReadCopies.FieldLookup(WidgetContract.TOPIC, name, List.of("texts-gone"))));

        // Lookups of one key (compared as one, not as an array) among them: the second, fourth and fifth.
        assertEquals(List.of(Map.of("texts-a", "Alpha", "texts-b", "Beta"), Map.of("texts-b", "texts-b"), Map.of(), Map.of(), Map.of()), found,
                "a deleted key, a key never seen and a state without the field are left out; each lookup answers for itself");
        assertEquals(List.of(Map.of()), readCopies.texts(List.of(new ReadCopies.FieldLookup(WidgetContract.TOPIC, name, List.of()))));
        assertThrows(IllegalArgumentException.class, () -> new ReadCopies.FieldLookup(WidgetContract.TOPIC, StateField.of("parts").element("name"), List.of()),
                "a field of an array's elements has no one text per key");
    }

    @Test
    void recordsThatCannotBeReadAreDeadLetteredWithTheirOriginAndLaterRecordsStillApply() {
        String key = "poison";
        double before = deadLettered();
        Map<String, ProducerRecord<String, byte[]>> poisons = new LinkedHashMap<>();
        poisons.put("value is not JSON", widget(key, 1, "{\"truncated\": ".getBytes(StandardCharsets.UTF_8)));
        poisons.put("value is not a JSON object", widget(key, 1, "[\"not\", \"an\", \"object\"]".getBytes(StandardCharsets.UTF_8)));
        poisons.put("no ce_aggregateversion header", withVersionHeader(widget(key, 1, "no version"), null));
        poisons.put("ce_aggregateversion is not a number", withVersionHeader(widget(key, 1, "bad version"), "one"));
        poisons.put("value is not JSON: invalid UTF-8", widget(key, 1, new byte[] { (byte) 0xc3, (byte) 0x28, '{', '}' }));
        poisons.put("record has no key", ReadCopySeeds.record(WidgetContract.TOPIC, null, 1, json("keyless", 1, "no key").toString()
                .getBytes(StandardCharsets.UTF_8)));
        Map<String, RecordMetadata> sent = new LinkedHashMap<>();
        poisons.forEach((error, record) -> sent.put(error, ReadCopySeeds.send(record)));
        // The record after them, keyed like them and so on their partition.
        ReadCopySeeds.sendAndAwaitConsumed(widget(key, 2, "readable"));

        assertEquals(Optional.of(json(key, 2, "readable")), ReadCopySeeds.copy(WidgetContract.TOPIC, key), "consumption went on");
        for (Map.Entry<String, ProducerRecord<String, byte[]>> poison : poisons.entrySet()) {
            String id = header(poison.getValue(), CloudEventHeaders.ID);
            ConsumerRecord<String, byte[]> letter = TopicReader.await(WidgetContract.TOPIC.deadLetterTopicName(),
                    r -> id.equals(TopicReader.header(r, CloudEventHeaders.ID)), 1).get(0);
            RecordMetadata origin = sent.get(poison.getKey());
            String expected = poison.getKey().replace(": invalid UTF-8", "");
            assertTrue(TopicReader.header(letter, CloudEventHeaders.ERROR).startsWith(expected),
                    poison.getKey() + ": " + TopicReader.header(letter, CloudEventHeaders.ERROR));
            assertEquals(TOPIC, TopicReader.header(letter, CloudEventHeaders.ORIGIN_TOPIC));
            assertEquals(Integer.toString(origin.partition()), TopicReader.header(letter, CloudEventHeaders.ORIGIN_PARTITION));
            assertEquals(Long.toString(origin.offset()), TopicReader.header(letter, CloudEventHeaders.ORIGIN_OFFSET));
            assertEquals(poison.getValue().key(), letter.key());
            assertArrayEquals(poison.getValue().value(), letter.value(), "the letter carries the record as it was");
        }
        assertEquals(poisons.size(), deadLettered() - before, 0, "readcopy_dead_letters_total");
    }

    @Test
    void aRebuiltCopyEqualsTheIncrementalCopyAndTheTopic() {
        WidgetCalls.put("rebuild-own", "published by this app");
        WidgetCalls.put("rebuild-own", "and renamed");
        WidgetCalls.put("rebuild-deleted", "deleted");
        WidgetCalls.delete("rebuild-deleted");
        ReadCopySeeds.sendAndAwaitConsumed(widget("rebuild-seeded", 3, "seeded"));
        ReadCopySeeds.sendAndAwaitConsumed(widget("rebuild-seeded", 2, "stale"));
        OutboxRows.awaitEmpty();
        Map<String, Entry> incremental = awaitCopyEqualsTopic();

        // The copy damaged in every way a rebuild must repair: a changed state, a row of nothing, a lost row.
        QuarkusTransaction.requiringNew().run(() -> {
            EntityManager entityManager = io.quarkus.arc.Arc.container().instance(EntityManager.class).get();
            entityManager.createNativeQuery("update read_copy set state = cast('{\"name\": \"tampered\"}' as jsonb) "
                    + "where topic = :topic and aggregate_key = 'rebuild-own'").setParameter("topic", TOPIC).executeUpdate();
            entityManager.createNativeQuery("insert into read_copy (topic, aggregate_key, version, state, received_at) "
                    + "values (:topic, 'rebuild-invented', 1, cast('{}' as jsonb), now())").setParameter("topic", TOPIC).executeUpdate();
            entityManager.createNativeQuery("delete from read_copy where topic = :topic and aggregate_key = 'rebuild-seeded'")
                    .setParameter("topic", TOPIC).executeUpdate();
        });

        long live = incremental.values().stream().filter(e -> e.state() != null).count();
        given().header("Authorization", TestTokens.bearer(TestTokens.admin())).post("/admin/read-copies/" + COPY + "/rebuild")
                .then().statusCode(200).body("readCopy", equalTo(COPY)).body("records", equalTo((int) live));
        assertEquals(incremental, CopyAndTopic.copy(TOPIC));
        assertEquals("seeded", ReadCopySeeds.copy(WidgetContract.TOPIC, "rebuild-seeded").orElseThrow().get("name").asText());

        given().header("Authorization", TestTokens.bearer(TestTokens.admin())).post("/admin/read-copies/no-such-copy/rebuild")
                .then().statusCode(404).contentType("application/problem+json");
        given().post("/admin/read-copies/" + COPY + "/rebuild").then().statusCode(403);
    }

    @Test
    void readyWhenCaughtUpWithWhatTheChangeEventsReport() {
        WidgetCalls.put("readiness", "caught up");
        OutboxRows.awaitEmpty();
        ReadCopySeeds.awaitCopy(WidgetContract.TOPIC, "readiness", Optional.of(ReadCopySeeds.parse(
                TopicReader.value(WidgetCalls.records("readiness").get(0)))));

        Await.until(() -> given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.find { it.name == 'change-events' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'change-events' }.data.kafkaReachable", equalTo(true))
                .body("checks.find { it.name == 'change-events' }.data.readCopiesCaughtUp", equalTo(true))
                .body("checks.find { it.name == 'change-events' }.data.outboxBacklog", equalTo(0))
                .body("checks.find { it.name == 'change-events' }.data.'lag." + COPY + "'", equalTo(0)));
        given().get("/admin/read-copies").then().statusCode(200)
                .body("readCopy", equalTo(List.of(COPY)))
                .body("[0].topic", equalTo(TOPIC))
                .body("[0].caughtUp", equalTo(true))
                .body("[0].records", equalTo((int) CopyAndTopic.copy(TOPIC).values().stream().filter(e -> e.state() != null).count()));
    }

    /** Waits until the consumer has applied everything on the topic; returns the copy then. */
    private static Map<String, Entry> awaitCopyEqualsTopic() {
        Await.until(() -> assertEquals(CopyAndTopic.latestOnTopic(TOPIC), CopyAndTopic.copy(TOPIC), "the incremental copy against the topic"));
        return CopyAndTopic.copy(TOPIC);
    }

    private double deadLettered() {
        var counter = metrics.find("readcopy.dead.letters").counter();
        return counter == null ? 0 : counter.count();
    }

    private static ProducerRecord<String, byte[]> widget(String key, long version, String name) {
        return widget(key, version, json(key, version, name).toString().getBytes(StandardCharsets.UTF_8));
    }

    private static ProducerRecord<String, byte[]> widget(String key, long version, byte[] value) {
        return ReadCopySeeds.record(WidgetContract.TOPIC, key, version, value);
    }

    private static com.fasterxml.jackson.databind.JsonNode json(String key, long version, String name) {
        return ReadCopySeeds.parse("{\"key\": \"%s\", \"name\": \"%s\", \"version\": %d}".formatted(key, name, version));
    }

    private static ProducerRecord<String, byte[]> withVersionHeader(ProducerRecord<String, byte[]> record, String version) {
        record.headers().remove(CloudEventHeaders.AGGREGATE_VERSION);
        CloudEventHeaders.put(record.headers(), CloudEventHeaders.AGGREGATE_VERSION, version);
        return record;
    }

    private static String header(ProducerRecord<String, byte[]> record, String name) {
        return CloudEventHeaders.get(record.headers(), name).orElseThrow();
    }
}
