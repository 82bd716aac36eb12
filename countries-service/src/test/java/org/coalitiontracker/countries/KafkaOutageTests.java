package org.coalitiontracker.countries;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.coalitiontracker.testing.Topics;
import org.coalitiontracker.testing.KafkaOutageProfile;
import org.coalitiontracker.testing.OutboxRows;
import org.coalitiontracker.testing.ReadCopySeeds;
import org.coalitiontracker.testing.RestartableKafkaBroker;
import org.coalitiontracker.testing.TopicReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** Kafka being down delays change events; it never fails or loses a write. */
@QuarkusTest
@TestProfile(KafkaOutageProfile.class)
class KafkaOutageTests {

    private static final String COALITION = "outage-coalition";
    private static final String DEFAULT_NAME = "Before the outage";
    private static final String UPDATED_NAME = "During the outage";

    /** Set by the profile's {@code RestartableKafkaResource}. */
    RestartableKafkaBroker kafka;

    @AfterEach
    void kafkaIsBack() {
        kafka.start();
    }

    @Test
    void writesWhileKafkaIsDownSucceedAndEveryChangeIsPublishedInOrderWhenItReturns() {
        given().contentType(ContentType.JSON).body("{\"id\": \"%s\", \"name\": \"%s\"}".formatted(COALITION, DEFAULT_NAME))
                .post("/coalitions").then().statusCode(201);
        // Published before the outage (and gone from the outbox): the relay is connected when the broker goes away.
        TopicReader.awaitEveryVersion(Topics.COALITIONS.topicName(), COALITION, 0);
        OutboxRows.awaitEmpty();

        kafka.stop();
        for (int version = 1; version <= 3; version++) {
            given().contentType(ContentType.JSON).body("{\"name\": \"%s %d\"}".formatted(UPDATED_NAME, version))
                    .put("/coalitions/" + COALITION).then().statusCode(200).header("ETag", "\"" + version + "\"");
        }
        given().contentType(ContentType.JSON).body(Fixtures.member("LEAD", "ACTIVE", "2025-03-02", null))
                .put("/coalitions/" + COALITION + "/members/FR").then().statusCode(201);
        given().contentType(ContentType.JSON).body(Fixtures.member("MEMBER", "ACTIVE", "2025-03-02", null))
                .put("/coalitions/" + COALITION + "/members/FR").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Fixtures.member("MEMBER", "PROSPECTIVE", null, null))
                .put("/coalitions/" + COALITION + "/members/DE").then().statusCode(201);
        given().delete("/coalitions/" + COALITION + "/members/DE").then().statusCode(204);
        OutboxRows.awaitRelayCannotPublish();
        // Every change waits in the outbox, none was dropped for want of a broker; reads go on.
        assertEquals(3, OutboxRows.pending(Topics.COALITIONS, COALITION));
        assertEquals(2, OutboxRows.pending(Topics.MEMBERSHIPS, COALITION + "/FR"));
        assertEquals(2, OutboxRows.pending(Topics.MEMBERSHIPS, COALITION + "/DE"));
        given().get("/coalitions/" + COALITION).then().statusCode(200).body("name", equalTo(UPDATED_NAME + " 3"));
        given().get("/q/health/ready").then().statusCode(200);

        kafka.start();
        List<ConsumerRecord<String, byte[]>> coalition = TopicReader.awaitEveryVersion(Topics.COALITIONS.topicName(), COALITION, 3);
        assertEquals(UPDATED_NAME + " 3", ReadCopySeeds.parse(TopicReader.value(coalition.get(3))).get("name").asText());
        List<ConsumerRecord<String, byte[]>> france = TopicReader.awaitEveryVersion(Topics.MEMBERSHIPS.topicName(), COALITION + "/FR", 1);
        assertEquals("MEMBER", ReadCopySeeds.parse(TopicReader.value(france.get(1))).get("role").asText());
        List<ConsumerRecord<String, byte[]>> germany = TopicReader.awaitEveryVersion(Topics.MEMBERSHIPS.topicName(), COALITION + "/DE", 1);
        assertNull(germany.get(1).value(), "the deletion is a tombstone");
        OutboxRows.awaitEmpty();
    }

    @Test
    void theReadCopiesFollowTheTopicsAgainAfterAnOutage() {
        given().contentType(ContentType.JSON).body("{\"id\": \"outage-copies\", \"name\": \"Copies\"}").post("/coalitions").then().statusCode(201);
        given().contentType(ContentType.JSON).body(Fixtures.member("MEMBER", "ACTIVE", "2025-03-02", null))
                .put("/coalitions/outage-copies/members/PL").then().statusCode(201);
        String before = UUID.randomUUID().toString();
        ReadCopySeeds.commitment(before, "PL", "outage-copies", UUID.randomUUID().toString());

        kafka.stop();
        kafka.start();

        // The consumer is back in its group and applies what is published after the outage.
        String after = UUID.randomUUID().toString();
        ReadCopySeeds.commitment(after, "PL", "outage-copies", UUID.randomUUID().toString());
        given().get("/coalitions/outage-copies/members/PL").then().statusCode(200).body("commitmentSummary.total", equalTo(2));
    }
}
