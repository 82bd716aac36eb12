package org.coalitiontracker.countries;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.coalitiontracker.kit.events.CloudEventHeaders;
import org.coalitiontracker.kit.events.Topic;
import org.coalitiontracker.testing.Topics;
import org.coalitiontracker.testing.EmbeddedPostgresResource;
import org.coalitiontracker.testing.KafkaBrokerResource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
class ChangeEventsTests {

    private static final String DEFAULT_NAME = "First name";
    private static final String UPDATED_NAME = "Second name";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void everyCoalitionChangeIsPublishedInOrderWithItsVersionAndADeleteIsATombstone() {
        String id = "events-coalition";
        given().contentType(ContentType.JSON).body("{\"id\": \"%s\", \"name\": \"First name\"}".formatted(id)).post("/coalitions").then().statusCode(201);
        given().contentType(ContentType.JSON).body("{\"name\": \"Second name\"}").put("/coalitions/" + id).then().statusCode(200);
        given().delete("/coalitions/" + id).then().statusCode(204);

        List<ConsumerRecord<String, String>> records = read(Topics.COALITIONS, r -> id.equals(r.key()), 3);
        assertEquals(List.of("0", "1", "2"), records.stream().map(r -> header(r, CloudEventHeaders.AGGREGATE_VERSION)).toList());
        assertTrue(records.get(0).value().contains("\"name\":\"First name\""), records.get(0).value());
        assertTrue(records.get(1).value().contains("\"name\":\"Second name\""), records.get(1).value());
        assertNull(records.get(2).value());
        assertEquals("org.coalitiontracker.coalition.upserted", header(records.get(0), CloudEventHeaders.TYPE));
        assertEquals("org.coalitiontracker.coalition.deleted", header(records.get(2), CloudEventHeaders.TYPE));
        ConsumerRecord<String, String> first = records.get(0);
        assertEquals("1.0", header(first, CloudEventHeaders.SPEC_VERSION));
        assertEquals("/countries-service", header(first, CloudEventHeaders.SOURCE));
        assertEquals(id, header(first, CloudEventHeaders.SUBJECT));
        assertTrue(header(first, CloudEventHeaders.ID).matches("[0-9a-f-]{36}"));
        assertTrue(header(first, CloudEventHeaders.TIME).endsWith("Z"));
    }

    @Test
    void deletingACoalitionPublishesTombstonesForItsMembers() {
        String id = "events-with-members";
        given().contentType(ContentType.JSON).body("{\"id\": \"%s\", \"name\": \"With members\"}".formatted(id)).post("/coalitions").then().statusCode(201);
        given().contentType(ContentType.JSON).body("{\"role\": \"LEAD\", \"status\": \"ACTIVE\", \"joinedOn\": \"2025-03-02\"}")
                .put("/coalitions/" + id + "/members/FR").then().statusCode(201);
        given().delete("/coalitions/" + id).then().statusCode(204);

        List<ConsumerRecord<String, String>> records = read(Topics.MEMBERSHIPS, r -> (id + "/FR").equals(r.key()), 2);
        assertTrue(records.get(0).value().contains("\"role\":\"LEAD\""), records.get(0).value());
        assertNull(records.get(1).value());
        assertEquals("1", header(records.get(1), CloudEventHeaders.AGGREGATE_VERSION));
    }

    @Test
    void aMembershipOrCoalitionCreatedAgainContinuesAfterItsTombstone() {
        String id = "events-created-again";
        String member = "/coalitions/" + id + "/members/FR";
        String membership = "{\"role\": \"MEMBER\", \"status\": \"ACTIVE\", \"joinedOn\": \"2025-03-02\"}";
        given().contentType(ContentType.JSON).body("{\"id\": \"%s\", \"name\": \"%s\"}".formatted(id, DEFAULT_NAME)).post("/coalitions").then().statusCode(201);
        given().contentType(ContentType.JSON).body(membership).put(member).then().statusCode(201).header("ETag", "\"0\"");
        given().header("If-Match", "\"0\"").delete(member).then().statusCode(204);

        // Its tombstone was version 1: the membership created again starts at 2, not at 0.
        given().contentType(ContentType.JSON).body(membership).put(member).then().statusCode(201).header("ETag", "\"2\"");
        // Deleting the coalition deletes the membership too (tombstone 3); created again, both continue.
        given().header("If-Match", "\"0\"").delete("/coalitions/" + id).then().statusCode(204);
        given().contentType(ContentType.JSON).body("{\"id\": \"%s\", \"name\": \"%s\"}".formatted(id, UPDATED_NAME)).post("/coalitions")
                .then().statusCode(201).header("ETag", "\"2\"");
        given().contentType(ContentType.JSON).body(membership).put(member).then().statusCode(201).header("ETag", "\"4\"");
        given().get(member).then().statusCode(200).header("ETag", "\"4\"");

        List<ConsumerRecord<String, String>> memberships = read(Topics.MEMBERSHIPS, r -> (id + "/FR").equals(r.key()), 5);
        assertEquals(List.of("0", "1", "2", "3", "4"), memberships.stream().map(r -> header(r, CloudEventHeaders.AGGREGATE_VERSION)).toList());
        assertEquals(List.of(false, true, false, true, false), memberships.stream().map(r -> r.value() == null).toList());
        List<ConsumerRecord<String, String>> coalitionRecords = read(Topics.COALITIONS, r -> id.equals(r.key()), 3);
        assertEquals(List.of("0", "1", "2"), coalitionRecords.stream().map(r -> header(r, CloudEventHeaders.AGGREGATE_VERSION)).toList());
        assertTrue(coalitionRecords.get(2).value().contains("\"name\":\"" + UPDATED_NAME + "\""), coalitionRecords.get(2).value());
    }

    @Test
    void aRefusedWritePublishesNothing() {
        String id = "events-refused";
        given().contentType(ContentType.JSON).body("{\"id\": \"%s\", \"name\": \"Refused\"}".formatted(id)).post("/coalitions").then().statusCode(201);
        given().contentType(ContentType.JSON).body("{\"role\": \"MEMBER\", \"status\": \"ACTIVE\", \"joinedOn\": \"2025-09-04\", \"leftOn\": \"2025-01-01\"}")
                .put("/coalitions/" + id + "/members/IT").then().statusCode(422);
        given().contentType(ContentType.JSON).body("{\"role\": \"MEMBER\", \"status\": \"ACTIVE\"}")
                .put("/coalitions/" + id + "/members/PL").then().statusCode(201);

        // The later, accepted write is on the topic; the refused one before it never is.
        read(Topics.MEMBERSHIPS, r -> (id + "/PL").equals(r.key()), 1);
        assertEquals(List.of(), readAll(Topics.MEMBERSHIPS, r -> (id + "/IT").equals(r.key())));
    }

    @Test
    void theReferenceCountriesArePublishedAtVersionZero() {
        // Delivery is at least once: a relay stopped between Kafka's acknowledgement and deleting its
        // rows (as when a test profile restarts the application) sends that batch again, and a copy
        // takes the same version once. What must hold is one version per country, the reference one.
        Map<String, List<ConsumerRecord<String, String>>> byCode = Map.of();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (byCode.size() < 249 && System.nanoTime() < deadline) {
            byCode = readAll(Topics.COUNTRIES, r -> true).stream().collect(Collectors.groupingBy(ConsumerRecord::key));
        }
        assertEquals(249, byCode.size(), "countries on the topic");
        byCode.forEach((code, records) -> {
            assertEquals(Set.of("0"), records.stream().map(r -> header(r, CloudEventHeaders.AGGREGATE_VERSION)).collect(Collectors.toSet()), code);
            assertEquals(1, records.stream().map(ConsumerRecord::value).distinct().count(), code + " has one state");
        });
        JsonNode turkey = json(byCode.get("TR").get(0).value());
        assertEquals("Türkiye", turkey.get("name").asText());
        assertEquals("TUR", turkey.get("alpha3").asText());
        assertTrue(turkey.get("aliases").toString().contains("\"Turkey\""), turkey.toString());
        assertEquals("[\"NATO\"]", turkey.get("blocs").toString());
    }

    private List<ConsumerRecord<String, String>> read(Topic topic, Predicate<ConsumerRecord<String, String>> wanted, int count) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            consumer.subscribe(List.of(topic.topicName()));
            while (found.size() < count && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (wanted.test(r)) {
                        found.add(r);
                    }
                });
            }
        }
        assertEquals(count, found.size(), "records found on " + topic.topicName());
        return found;
    }

    /** Everything on the topic now, read to its end. */
    private List<ConsumerRecord<String, String>> readAll(Topic topic, Predicate<ConsumerRecord<String, String>> wanted) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            var partitions = consumer.partitionsFor(topic.topicName()).stream()
                    .map(p -> new org.apache.kafka.common.TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<org.apache.kafka.common.TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (wanted.test(r)) {
                        found.add(r);
                    }
                });
            }
        }
        return found;
    }

    private KafkaConsumer<String, String> consumer() {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + System.nanoTime(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()));
    }

    private static JsonNode json(String value) {
        try {
            return new ObjectMapper().readTree(value);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + value, e);
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
