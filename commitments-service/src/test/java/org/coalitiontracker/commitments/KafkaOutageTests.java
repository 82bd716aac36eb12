package org.coalitiontracker.commitments;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

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

/** Kafka being down delays change events; it never fails or loses a write. */
@QuarkusTest
@TestProfile(KafkaOutageProfile.class)
class KafkaOutageTests {

    private static final String COMMITMENTS = Topics.COMMITMENTS.topicName();
    private static final int DEFAULT_PERSONNEL = 2000;
    private static final int UPDATED_PERSONNEL = 2500;

    /** Set by the profile's {@code RestartableKafkaResource}. */
    RestartableKafkaBroker kafka;

    @AfterEach
    void kafkaIsBack() {
        kafka.start();
    }

    @Test
    void writesWhileKafkaIsDownSucceedAndEveryChangeIsPublishedInOrderWhenItReturns() {
        String coalition = "outage-writes";
        // While Kafka is down the copy cannot be filled, and this profile's owner stand-in knows no membership.
        ReadCopySeeds.activeMembers(coalition, "FR", "NO");
        String id = CommitmentJson.groundForces(coalition).create();
        // Published before the outage (and gone from the outbox): the relay is connected when the broker goes away.
        TopicReader.awaitEveryVersion(COMMITMENTS, id, 0);
        OutboxRows.awaitEmpty();

        kafka.stop();
        for (int version = 1; version <= 3; version++) {
            given().contentType("application/merge-patch+json").header("If-Match", "\"" + (version - 1) + "\"")
                    .body("{\"personnel\": %d}".formatted(UPDATED_PERSONNEL + version))
                    .patch("/commitments/" + id).then().statusCode(200).header("ETag", "\"" + version + "\"");
        }
        String withdrawn = CommitmentJson.financing(coalition).create();
        given().header("If-Match", "\"0\"").delete("/commitments/" + withdrawn).then().statusCode(204);
        OutboxRows.awaitRelayCannotPublish();
        // Every change waits in the outbox, none was dropped for want of a broker; reads go on.
        assertEquals(3, OutboxRows.pending(Topics.COMMITMENTS, id));
        assertEquals(2, OutboxRows.pending(Topics.COMMITMENTS, withdrawn));
        given().get("/commitments/" + id).then().statusCode(200).body("personnel", equalTo(UPDATED_PERSONNEL + 3));
        given().get("/q/health/ready").then().statusCode(200);

        kafka.start();
        List<ConsumerRecord<String, byte[]>> records = TopicReader.awaitEveryVersion(COMMITMENTS, id, 3);
        assertEquals(DEFAULT_PERSONNEL, ReadCopySeeds.parse(TopicReader.value(records.get(0))).get("personnel").asInt());
        for (int version = 1; version <= 3; version++) {
            assertEquals(UPDATED_PERSONNEL + version, ReadCopySeeds.parse(TopicReader.value(records.get(version))).get("personnel").asInt());
        }
        assertNull(TopicReader.awaitEveryVersion(COMMITMENTS, withdrawn, 1).get(1).value(), "the deletion is a tombstone");
        OutboxRows.awaitEmpty();
    }

    @Test
    void theReadCopiesFollowTheTopicsAgainAfterAnOutage() {
        String coalition = "outage-copies";
        ReadCopySeeds.activeMembers(coalition, "FR");

        kafka.stop();
        kafka.start();

        // The consumer is back in its group and applies what is published after the outage: only
        // the copy can confirm Poland's membership here, the owner stand-in knows nothing of it.
        ReadCopySeeds.activeMembers(coalition, "PL");
        given().contentType("application/json").body(CommitmentJson.groundForces(coalition).text("countryCode", "PL").json())
                .post("/commitments").then().statusCode(201);
    }
}
