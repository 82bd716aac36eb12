package org.coalitiontracker.countries;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.coalitiontracker.kit.events.CloudEventHeaders;
import org.coalitiontracker.kit.events.Topic;
import org.coalitiontracker.testing.Topics;
import org.coalitiontracker.testing.EmbeddedPostgresResource;
import org.coalitiontracker.testing.KafkaBrokerResource;
import org.coalitiontracker.testing.ReadCopySeeds;
import org.coalitiontracker.testing.TopicReader;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
class MemberActivityTests {

    private static final String COALITION = "activity-coalition";

    @Test
    void aMemberShowsItsCommitmentsAndEventsFromTheOtherServicesEvents() throws InterruptedException {
        given().contentType(ContentType.JSON).body("{\"id\": \"%s\", \"name\": \"Activity\"}".formatted(COALITION)).post("/coalitions");
        given().contentType(ContentType.JSON).body("{\"role\": \"LEAD\", \"status\": \"ACTIVE\", \"joinedOn\": \"2025-02-17\"}")
                .put("/coalitions/" + COALITION + "/members/GB").then().statusCode(201);
        String firstCommitment = UUID.randomUUID().toString();
        String secondCommitment = UUID.randomUUID().toString();
        String event = UUID.randomUUID().toString();
        publish(Topics.COMMITMENTS, firstCommitment, 0, commitment(firstCommitment, "GROUND_FORCES", "PLEDGED"));
        publish(Topics.COMMITMENTS, secondCommitment, 0, commitment(secondCommitment, "TRAINING", "PLEDGED"));
        publish(Topics.COMMITMENTS, secondCommitment, 1, commitment(secondCommitment, "TRAINING", "CONFIRMED"));
        // (A stale version arriving late is covered, waiting until it was consumed, by
        // aDuplicateAnOlderVersionOrAStateAfterItsTombstoneChangesNothing.)
        publish(Topics.EVENTS, event, 3, """
                    {"id": "%s", "title": "Leaders' meeting in Paris", "startsAt": "2025-09-04T11:00:00+02:00", "coalitionId": "%s",
                     "participants": [{"countryCode": "FR", "role": "CO_CHAIR", "attendance": "IN_PERSON"},
                                      {"countryCode": "GB", "role": "CO_CHAIR", "attendance": "VIRTUAL"}]}""".formatted(event, COALITION));

        awaitMember(r -> r.body("commitmentSummary.total", equalTo(2))
                .body("commitmentSummary.byCategory.GROUND_FORCES", equalTo(1))
                .body("commitmentSummary.byStatus.CONFIRMED", equalTo(1))
                .body("commitmentSummary.byStatus.PLEDGED", equalTo(1))
                .body("events", hasSize(1))
                .body("events[0].eventId", equalTo(event))
                .body("events[0].role", equalTo("CO_CHAIR"))
                .body("events[0].attendance", equalTo("VIRTUAL")));

        publish(Topics.COMMITMENTS, firstCommitment, 1, null);
        awaitMember(r -> r.body("commitmentSummary.total", equalTo(1)).body("commitmentSummary.byCategory.GROUND_FORCES", nullValue()));

        // Lists and change events carry the membership alone.
        given().get("/coalitions/" + COALITION + "/members").then().body("items[0].commitmentSummary", nullValue());
    }

    @Test
    void aDuplicateAnOlderVersionOrAStateAfterItsTombstoneChangesNothing() {
        String coalition = "activity-ordering";
        given().contentType(ContentType.JSON).body("{\"id\": \"%s\", \"name\": \"Ordering\"}".formatted(coalition)).post("/coalitions").then().statusCode(201);
        given().contentType(ContentType.JSON).body("{\"role\": \"MEMBER\", \"status\": \"ACTIVE\"}")
                .put("/coalitions/" + coalition + "/members/GB").then().statusCode(201);
        String id = UUID.randomUUID().toString();
        var current = record(Topics.COMMITMENTS, id, 5, commitment(id, coalition, "TRAINING", "CONFIRMED"));
        ReadCopySeeds.sendAndAwaitConsumed(current);
        member(coalition).body("commitmentSummary.total", equalTo(1)).body("commitmentSummary.byStatus.CONFIRMED", equalTo(1));

        // Redelivered as is, the same version with other content, and an older version: none applies.
        ReadCopySeeds.sendAndAwaitConsumed(current);
        ReadCopySeeds.sendAndAwaitConsumed(record(Topics.COMMITMENTS, id, 5, commitment(id, coalition, "TRAINING", "WITHDRAWN")));
        ReadCopySeeds.sendAndAwaitConsumed(record(Topics.COMMITMENTS, id, 4, commitment(id, coalition, "AIR", "PLEDGED")));
        assertEquals("CONFIRMED", ReadCopySeeds.copy(Topics.COMMITMENTS, id).orElseThrow().get("status").asText());
        member(coalition).body("commitmentSummary.total", equalTo(1))
                .body("commitmentSummary.byStatus", equalTo(Map.of("CONFIRMED", 1)))
                .body("commitmentSummary.byCategory", equalTo(Map.of("TRAINING", 1)));

        // After the tombstone, a replay of the state before it does not bring the commitment back.
        ReadCopySeeds.sendAndAwaitConsumed(record(Topics.COMMITMENTS, id, 6, null));
        ReadCopySeeds.sendAndAwaitConsumed(current);
        assertEquals(Optional.empty(), ReadCopySeeds.copy(Topics.COMMITMENTS, id));
        member(coalition).body("commitmentSummary.total", equalTo(0));
    }

    @Test
    void aRecordThatCannotBeReadIsDeadLetteredAndLaterRecordsStillApply() {
        String id = UUID.randomUUID().toString();
        ReadCopySeeds.send(record(Topics.COMMITMENTS, id, 0, "{\"id\": \"%s\", \"status\": ".formatted(id)));
        var withoutVersion = record(Topics.COMMITMENTS, id, 1, commitment(id, COALITION, "MARITIME", "PLEDGED"));
        withoutVersion.headers().remove(CloudEventHeaders.AGGREGATE_VERSION);
        ReadCopySeeds.send(withoutVersion);
        ReadCopySeeds.send(record(Topics.COMMITMENTS, id, 2, commitment(id, COALITION, "MARITIME", "CONFIRMED")));

        List<ConsumerRecord<String, byte[]>> letters = TopicReader.await(Topics.COMMITMENTS.deadLetterTopicName(), r -> id.equals(r.key()), 2);
        assertTrue(TopicReader.header(letters.get(0), CloudEventHeaders.ERROR).contains("not JSON"), TopicReader.header(letters.get(0), CloudEventHeaders.ERROR));
        assertTrue(TopicReader.header(letters.get(1), CloudEventHeaders.ERROR).contains(CloudEventHeaders.AGGREGATE_VERSION),
                TopicReader.header(letters.get(1), CloudEventHeaders.ERROR));
        for (ConsumerRecord<String, byte[]> letter : letters) {
            assertEquals(Topics.COMMITMENTS.topicName(), TopicReader.header(letter, CloudEventHeaders.ORIGIN_TOPIC));
            assertTrue(TopicReader.header(letter, CloudEventHeaders.ORIGIN_PARTITION).matches("\\d+"));
            assertTrue(TopicReader.header(letter, CloudEventHeaders.ORIGIN_OFFSET).matches("\\d+"));
        }
        // The record after them, on the same partition, is in the copy: consumption went on.
        ReadCopySeeds.awaitCopy(Topics.COMMITMENTS, id, Optional.of(ReadCopySeeds.parse(commitment(id, COALITION, "MARITIME", "CONFIRMED"))));
    }

    private static ProducerRecord<String, byte[]> record(Topic topic, String key, long version, String json) {
        return ReadCopySeeds.record(topic, key, version, json == null ? null : json.getBytes(StandardCharsets.UTF_8));
    }

    private static void publish(Topic topic, String key, long version, String json) {
        ReadCopySeeds.send(record(topic, key, version, json));
    }

    private static String commitment(String id, String category, String status) {
        return commitment(id, COALITION, category, status);
    }

    private static String commitment(String id, String coalition, String category, String status) {
        return """
                {"id": "%s", "countryCode": "GB", "coalitionId": "%s", "category": "%s", "status": "%s"}""".formatted(id, coalition, category, status);
    }

    private static ValidatableResponse member(String coalition) {
        return given().get("/coalitions/" + coalition + "/members/GB").then().statusCode(200);
    }

    private static void awaitMember(java.util.function.Consumer<ValidatableResponse> expectations) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            ValidatableResponse response = member(COALITION);
            try {
                expectations.accept(response);
                return;
            } catch (AssertionError notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
                Thread.sleep(200);
            }
        }
    }
}
