package org.coalitiontracker.countries;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.coalitiontracker.kit.events.Topic;
import org.coalitiontracker.testing.Topics;
import org.coalitiontracker.testing.EmbeddedPostgresResource;
import org.coalitiontracker.testing.KafkaBrokerResource;
import org.coalitiontracker.testing.ReadCopySeeds;
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
        // (A stale version arriving late changes nothing: the kit's ReadCopyConsumerTests.)
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
