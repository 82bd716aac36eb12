package org.coalitiontracker.commitments;

import static io.restassured.RestAssured.given;
import static org.coalitiontracker.testing.TopicReader.header;
import static org.coalitiontracker.testing.TopicReader.value;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.coalitiontracker.kit.events.CloudEventHeaders;
import org.coalitiontracker.kit.events.Topic;
import org.coalitiontracker.testing.Topics;
import org.coalitiontracker.testing.OwnerStubResource;
import org.coalitiontracker.testing.TopicReader;
import org.coalitiontracker.testing.ReadCopySeeds;
import org.coalitiontracker.testing.EmbeddedPostgresResource;
import org.coalitiontracker.testing.KafkaBrokerResource;
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

    private static final String PARIS_MEETING = "1d7e0f6c-3a51-4c1e-9a7b-2f0c5e8d4a10";
    private static final String UPDATED_DESCRIPTION = "A limited ground presence focused on logistics";

    @Test
    void everyCommitmentChangeIsPublishedWithItsVersionAndADeleteIsATombstone() {
        String coalition = "events-published";
        ReadCopySeeds.activeMembers(coalition, "FR");
        ReadCopySeeds.country("FR", "France");
        ReadCopySeeds.event(PARIS_MEETING, "Leaders' meeting, Paris");
        String id = CommitmentJson.groundForces(coalition).text("announcedAtEventId", PARIS_MEETING).create();
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(CommitmentJson.groundForces(coalition).text("announcedAtEventId", PARIS_MEETING).text("description", UPDATED_DESCRIPTION).json())
                .put("/commitments/" + id).then().statusCode(200).body("countryName", equalTo("France"));
        given().header("If-Match", "\"1\"").delete("/commitments/" + id).then().statusCode(204);

        List<ConsumerRecord<String, byte[]>> records = TopicReader.await(Topics.COMMITMENTS.topicName(), r -> id.equals(r.key()), 3);
        assertEquals(List.of("0", "1", "2"), records.stream().map(r -> header(r, CloudEventHeaders.AGGREGATE_VERSION)).toList());
        JsonNode created = ReadCopySeeds.parse(value(records.get(0)));
        assertEquals(id, created.get("id").asText());
        assertEquals(0, created.get("version").asLong());
        assertEquals(PARIS_MEETING, created.get("announcedAtEventId").asText());
        assertEquals(UPDATED_DESCRIPTION, ReadCopySeeds.parse(value(records.get(1))).get("description").asText());
        assertNull(records.get(2).value());
        // Names come from other services' copies: theirs to publish, not ours.
        assertFalse(created.has("countryName"), created.toString());
        assertFalse(created.has("eventTitle"), created.toString());

        assertEquals("org.coalitiontracker.commitment.upserted", header(records.get(0), CloudEventHeaders.TYPE));
        assertEquals("org.coalitiontracker.commitment.deleted", header(records.get(2), CloudEventHeaders.TYPE));
        ConsumerRecord<String, byte[]> first = records.get(0);
        assertEquals("1.0", header(first, CloudEventHeaders.SPEC_VERSION));
        assertEquals("/commitments-service", header(first, CloudEventHeaders.SOURCE));
        assertEquals(id, header(first, CloudEventHeaders.SUBJECT));
        assertTrue(header(first, CloudEventHeaders.ID).matches("[0-9a-f-]{36}"));
        assertTrue(header(first, CloudEventHeaders.TIME).endsWith("Z"));
    }

    @Test
    void aRefusedWritePublishesNothing() {
        String coalition = "events-refused";
        ReadCopySeeds.activeMembers(coalition, "FR");
        String id = CommitmentJson.groundForces(coalition).create();
        given().contentType("application/merge-patch+json").header("If-Match", "\"0\"").body("{\"coalitionId\": \"events-refused-elsewhere\"}")
                .patch("/commitments/" + id).then().statusCode(422).body("errors[0].field", equalTo("countryCode"));
        given().contentType("application/merge-patch+json").header("If-Match", "\"0\"").body("{\"personnel\": 2500}")
                .patch("/commitments/" + id).then().statusCode(200).header("ETag", "\"1\"");

        // The later, accepted change is on the topic; the refused one before it never is.
        List<ConsumerRecord<String, byte[]>> records = TopicReader.await(Topics.COMMITMENTS.topicName(), r -> id.equals(r.key()), 2);
        assertEquals(List.of("0", "1"), records.stream().map(r -> header(r, CloudEventHeaders.AGGREGATE_VERSION)).toList());
        assertEquals(coalition, ReadCopySeeds.parse(value(records.get(1))).get("coalitionId").asText());
        assertEquals(2, TopicReader.readAll(Topics.COMMITMENTS.topicName(), r -> id.equals(r.key())).size());
    }

    @Test
    void claimsArePublishedWithTheCommitmentAndAWriteContradictingThemPublishesNothing() {
        String coalition = "events-claims";
        ReadCopySeeds.activeMembers(coalition, "FR");
        String claims = """
                [{"field": "personnel", "value": 2000, "sources": [{"title": "Paris pledges", "publisher": "Reuters"}]},
                 {"field": "personnel", "value": 2500, "sources": [{"title": "A larger force", "publisher": "FT"}]}]""";
        String id = CommitmentJson.groundForces(coalition).raw("claims", claims).create();
        given().contentType("application/merge-patch+json").header("If-Match", "\"0\"").body("{\"personnel\": 2500}")
                .patch("/commitments/" + id).then().statusCode(422).body("errors.field", equalTo(List.of("personnel")));
        given().contentType("application/merge-patch+json").header("If-Match", "\"0\"").body("{\"claims\": []}")
                .patch("/commitments/" + id).then().statusCode(200).header("ETag", "\"1\"");

        List<ConsumerRecord<String, byte[]>> records = TopicReader.await(Topics.COMMITMENTS.topicName(), r -> id.equals(r.key()), 2);
        JsonNode created = ReadCopySeeds.parse(value(records.get(0)));
        assertEquals(2, created.get("claims").size(), created.toString());
        assertEquals(2500, created.get("claims").get(1).get("value").asInt());
        assertEquals("NORMAL", created.get("claims").get(0).get("rank").asText());
        assertEquals("[\"personnel\"]", created.get("disputedFields").toString());
        JsonNode cleared = ReadCopySeeds.parse(value(records.get(1)));
        assertEquals(0, cleared.get("claims").size(), cleared.toString());
        assertEquals(2000, cleared.get("personnel").asInt());
        assertEquals(2, TopicReader.readAll(Topics.COMMITMENTS.topicName(), r -> id.equals(r.key())).size());
    }
}
