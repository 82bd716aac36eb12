package org.coalitiontracker.events;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.coalitiontracker.kit.events.CloudEventHeaders;
import org.coalitiontracker.kit.events.Topic;
import org.coalitiontracker.testing.Topics;
import org.coalitiontracker.testing.OwnerStubResource;
import org.coalitiontracker.testing.TopicReader;
import org.coalitiontracker.testing.ReadCopySeeds;
import org.coalitiontracker.testing.EmbeddedPostgresResource;
import org.coalitiontracker.testing.KafkaBrokerResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import com.fasterxml.jackson.databind.JsonNode;

@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OwnerStubResource.class, scope = TestResourceScope.GLOBAL)
class ChangeEventsTests {

    private static final String EVENTS = Topics.EVENTS.topicName();

    @BeforeAll
    static void countriesAreInTheCopy() {
        ReadCopySeeds.referenceCountries();
    }

    @Test
    void everyEventAndParticipantChangeIsPublishedWithTheEventsVersionAndADeleteIsATombstone() {
        String coalition = "change-events-published";
        ReadCopySeeds.membership(coalition, "FR", "ACTIVE");
        String id = EventJson.parisMeeting("First title").with("coalitionId", coalition).create();
        EventJson.addParticipant(id, "FR", "CO_CHAIR", "IN_PERSON");
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(EventJson.parisMeeting("Second title").with("coalitionId", coalition).json())
                .put("/events/" + id).then().statusCode(200).header("ETag", "\"2\"");
        given().header("If-Match", "\"2\"").delete("/events/" + id + "/participants/FR").then().statusCode(204);
        given().header("If-Match", "\"3\"").delete("/events/" + id).then().statusCode(204);

        List<ConsumerRecord<String, byte[]>> records = TopicReader.await(EVENTS, r -> id.equals(r.key()), 5);
        assertEquals(List.of("0", "1", "2", "3", "4"), records.stream().map(r -> TopicReader.header(r, CloudEventHeaders.AGGREGATE_VERSION)).toList());
        JsonNode created = ReadCopySeeds.parse(TopicReader.value(records.get(0)));
        assertEquals("First title", created.get("title").asText());
        assertEquals("2025-09-04", created.get("startsOn").asText());
        assertEquals("2025-09-04T11:00:00+02:00", created.get("startsAt").asText());
        assertEquals(0, created.get("participants").size());
        JsonNode withParticipant = ReadCopySeeds.parse(TopicReader.value(records.get(1)));
        assertEquals("FR", withParticipant.at("/participants/0/countryCode").asText());
        assertEquals("CO_CHAIR", withParticipant.at("/participants/0/role").asText());
        assertEquals(1, withParticipant.get("version").asLong());
        // What the copies derive (member) is shown to clients but is not the event's own data.
        assertFalse(withParticipant.at("/participants/0").has("member"), withParticipant.toString());
        JsonNode replaced = ReadCopySeeds.parse(TopicReader.value(records.get(2)));
        assertEquals("Second title", replaced.get("title").asText());
        assertEquals("FR", replaced.at("/participants/0/countryCode").asText(), "a replaced event keeps its participants");
        assertEquals(0, ReadCopySeeds.parse(TopicReader.value(records.get(3))).get("participants").size());
        assertNull(records.get(4).value());

        assertEquals(Topics.EVENTS.upsertedType(), TopicReader.header(records.get(0), CloudEventHeaders.TYPE));
        assertEquals(Topics.EVENTS.deletedType(), TopicReader.header(records.get(4), CloudEventHeaders.TYPE));
        for (ConsumerRecord<String, byte[]> record : records) {
            assertEquals("1.0", TopicReader.header(record, CloudEventHeaders.SPEC_VERSION));
            assertEquals("/events-service", TopicReader.header(record, CloudEventHeaders.SOURCE));
            assertEquals(id, TopicReader.header(record, CloudEventHeaders.SUBJECT));
            assertTrue(TopicReader.header(record, CloudEventHeaders.ID).matches("[0-9a-f-]{36}"));
            assertTrue(TopicReader.header(record, CloudEventHeaders.TIME).endsWith("Z"));
        }
    }

    @Test
    void aRefusedWritePublishesNothing() {
        String id = EventJson.parisMeeting("Refused writes").create();
        given().contentType(ContentType.JSON).body(EventJson.toJson(Map.of("role", "OBSERVER")))
                .put("/events/" + id + "/participants/XQ").then().statusCode(422);
        given().contentType(ContentType.JSON).body(EventJson.parisMeeting("Ends before it starts").with("endsAt", "2025-09-04T10:00:00+02:00").json())
                .put("/events/" + id).then().statusCode(422);
        given().contentType(ContentType.JSON).body(EventJson.parisMeeting("Nowhere").with("location", Map.of("countryCode", "XQ")).json())
                .put("/events/" + id).then().statusCode(422);
        EventJson.addParticipant(id, "PL", "OBSERVER", "VIRTUAL");

        // The later, accepted write is on the topic at version 1; the refused ones before it never are.
        List<ConsumerRecord<String, byte[]>> records = TopicReader.await(EVENTS, r -> id.equals(r.key()), 2);
        assertEquals(List.of("0", "1"), records.stream().map(r -> TopicReader.header(r, CloudEventHeaders.AGGREGATE_VERSION)).toList());
        assertEquals("Refused writes", ReadCopySeeds.parse(TopicReader.value(records.get(1))).get("title").asText());
        assertEquals("PL", ReadCopySeeds.parse(TopicReader.value(records.get(1))).at("/participants/0/countryCode").asText());
    }
}
