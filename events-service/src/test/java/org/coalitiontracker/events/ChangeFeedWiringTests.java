package org.coalitiontracker.events;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.coalitiontracker.testing.ChangeFeedReads;
import org.coalitiontracker.testing.EmbeddedPostgresResource;
import org.coalitiontracker.testing.KafkaBrokerResource;
import org.coalitiontracker.testing.OwnerStubResource;
import org.coalitiontracker.testing.ReadCopySeeds;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The kit's change feed (tested in service-kit-tests) wired into events-service: an event's
 * changes, its participants' included (they are versions of the event), and its deletion on
 * {@code GET /changes} and its live stream.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OwnerStubResource.class, scope = TestResourceScope.GLOBAL)
class ChangeFeedWiringTests {

    @BeforeAll
    static void countriesAreInTheCopy() {
        ReadCopySeeds.referenceCountries();
    }

    @Test
    void anEventsChangesAndItsDeletionAreOnTheFeedInOrder() {
        String after = ChangeFeedReads.end();
        String id = EventJson.parisMeeting("Feed wiring").create();
        EventJson.addParticipant(id, "FR", "CO_CHAIR", "IN_PERSON");
        given().header("If-Match", "\"1\"").delete("/events/" + id).then().statusCode(204);

        List<JsonNode> changes = ChangeFeedReads.changesOf(after, "event", id, 3);
        assertEquals(List.of(0, 1, 2), changes.stream().map(c -> c.get("version").asInt()).toList());
        assertEquals(List.of("CREATED", "UPDATED", "DELETED"), changes.stream().map(c -> c.get("operation").asText()).toList());
        assertEquals("Feed wiring", changes.get(0).at("/state/title").asText());
        assertEquals("FR", changes.get(1).at("/state/participants/0/countryCode").asText(), changes.get(1).toString());
        assertTrue(changes.get(2).path("state").isMissingNode() || changes.get(2).get("state").isNull(), changes.get(2).toString());
    }

    @Test
    void anEventWrittenAfterTheStreamOpenedArrivesOnIt() {
        try (ChangeFeedReads.Stream stream = ChangeFeedReads.stream(ChangeFeedReads.end(), "event")) {
            String id = EventJson.parisMeeting("Streamed").create();
            Map.Entry<String, JsonNode> event = stream.nextChangeOf(id).orElseThrow(() -> new AssertionError("the event did not arrive on the stream"));
            assertEquals(event.getKey(), event.getValue().get("cursor").asText());
            assertEquals("Streamed", event.getValue().at("/state/title").asText());
        }
    }
}
