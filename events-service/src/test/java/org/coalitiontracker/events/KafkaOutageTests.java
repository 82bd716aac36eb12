package org.coalitiontracker.events;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

import com.fasterxml.jackson.databind.JsonNode;

/** Kafka being down delays change events; it never fails or loses a write. */
@QuarkusTest
@TestProfile(KafkaOutageProfile.class)
class KafkaOutageTests {

    private static final String EVENTS = Topics.EVENTS.topicName();
    private static final String DEFAULT_TITLE = "Before the outage";
    private static final String UPDATED_TITLE = "During the outage";

    /** Set by the profile's {@code RestartableKafkaResource}. */
    RestartableKafkaBroker kafka;

    @BeforeEach
    void countriesAreInTheCopy() {
        // While Kafka is down the copy cannot be filled, and this profile's owner stand-in knows no country.
        ReadCopySeeds.referenceCountries();
    }

    @AfterEach
    void kafkaIsBack() {
        kafka.start();
    }

    @Test
    void writesWhileKafkaIsDownSucceedAndEveryChangeIsPublishedInOrderWhenItReturns() {
        String id = EventJson.parisMeeting(DEFAULT_TITLE).create();
        // Published before the outage (and gone from the outbox): the relay is connected when the broker goes away.
        TopicReader.awaitEveryVersion(EVENTS, id, 0);
        OutboxRows.awaitEmpty();

        kafka.stop();
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(EventJson.parisMeeting(UPDATED_TITLE).json())
                .put("/events/" + id).then().statusCode(200).header("ETag", "\"1\"");
        EventJson.addParticipant(id, "FR", "CO_CHAIR", "IN_PERSON");
        EventJson.addParticipant(id, "DE", "PARTICIPANT", "VIRTUAL");
        given().header("If-Match", "\"3\"").delete("/events/" + id + "/participants/DE").then().statusCode(204);
        String cancelled = EventJson.parisMeeting("Cancelled during the outage").create();
        given().header("If-Match", "\"0\"").delete("/events/" + cancelled).then().statusCode(204);
        OutboxRows.awaitRelayCannotPublish();
        // Every change waits in the outbox, none was dropped for want of a broker; reads go on.
        assertEquals(4, OutboxRows.pending(Topics.EVENTS, id));
        assertEquals(2, OutboxRows.pending(Topics.EVENTS, cancelled));
        given().get("/events/" + id).then().statusCode(200).header("ETag", "\"4\"").body("title", equalTo(UPDATED_TITLE));
        given().get("/q/health/ready").then().statusCode(200);

        kafka.start();
        List<ConsumerRecord<String, byte[]>> records = TopicReader.awaitEveryVersion(EVENTS, id, 4);
        assertEquals(UPDATED_TITLE, ReadCopySeeds.parse(TopicReader.value(records.get(1))).get("title").asText());
        assertEquals(2, ReadCopySeeds.parse(TopicReader.value(records.get(3))).get("participants").size());
        JsonNode last = ReadCopySeeds.parse(TopicReader.value(records.get(4)));
        assertEquals("FR", last.at("/participants/0/countryCode").asText());
        assertEquals(1, last.get("participants").size());
        assertNull(TopicReader.awaitEveryVersion(EVENTS, cancelled, 1).get(1).value(), "the deletion is a tombstone");
        OutboxRows.awaitEmpty();
    }

    @Test
    void theReadCopiesFollowTheTopicsAgainAfterAnOutage() {
        String coalition = "outage-copies";
        String id = EventJson.parisMeeting("Members after the outage").with("coalitionId", coalition).create();
        EventJson.addParticipant(id, "PL", "PARTICIPANT", "IN_PERSON");
        given().get("/events/" + id + "/participants/PL").then().body("member", equalTo(false));

        kafka.stop();
        kafka.start();

        // The consumer is back in its group and applies what is published after the outage.
        ReadCopySeeds.membership(coalition, "PL", "ACTIVE");
        given().get("/events/" + id + "/participants/PL").then().statusCode(200).body("member", equalTo(true));
    }
}
