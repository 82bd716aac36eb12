package org.coalitiontracker.countries;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.coalitiontracker.testing.ChangeFeedReads;
import org.coalitiontracker.testing.EmbeddedPostgresResource;
import org.coalitiontracker.testing.KafkaBrokerResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The kit's change feed (tested in service-kit-tests) wired into countries-service: its coalitions'
 * and memberships' changes, deletions included, on {@code GET /changes} and its live stream.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
class ChangeFeedWiringTests {

    @Test
    void aCoalitionsCreateChangeAndDeleteAreOnTheFeedInOrder() {
        String after = ChangeFeedReads.end();
        String id = "feed-wiring-coalition";
        given().contentType(ContentType.JSON).body("{\"id\": \"%s\", \"name\": \"First\"}".formatted(id)).post("/coalitions").then().statusCode(201);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"name\": \"Second\"}").put("/coalitions/" + id)
                .then().statusCode(200);
        given().header("If-Match", "\"1\"").delete("/coalitions/" + id).then().statusCode(204);

        List<JsonNode> changes = ChangeFeedReads.changesOf(after, "coalition", id, 3);
        assertEquals(List.of(0, 1, 2), changes.stream().map(c -> c.get("version").asInt()).toList());
        assertEquals(List.of("CREATED", "UPDATED", "DELETED"), changes.stream().map(c -> c.get("operation").asText()).toList());
        assertEquals("First", changes.get(0).at("/state/name").asText());
        assertEquals("Second", changes.get(1).at("/state/name").asText());
        assertTrue(changes.get(2).path("state").isMissingNode() || changes.get(2).get("state").isNull(), changes.get(2).toString());
    }

    @Test
    void aMembershipWrittenAfterTheStreamOpenedArrivesOnIt() {
        String coalition = "feed-wiring-stream";
        given().contentType(ContentType.JSON).body("{\"id\": \"%s\", \"name\": \"Streamed\"}".formatted(coalition)).post("/coalitions")
                .then().statusCode(201);
        try (ChangeFeedReads.Stream stream = ChangeFeedReads.stream(ChangeFeedReads.end(), "membership")) {
            given().contentType(ContentType.JSON).body("{\"role\": \"LEAD\", \"status\": \"ACTIVE\", \"joinedOn\": \"2025-03-02\"}")
                    .put("/coalitions/" + coalition + "/members/FR").then().statusCode(201);
            Map.Entry<String, JsonNode> event = stream.nextChangeOf(coalition + "/FR")
                    .orElseThrow(() -> new AssertionError("the membership did not arrive on the stream"));
            assertEquals(event.getKey(), event.getValue().get("cursor").asText());
            assertEquals("CREATED", event.getValue().get("operation").asText());
            assertEquals("LEAD", event.getValue().at("/state/role").asText());
        }
    }
}
