package org.coalitiontracker.commitments;

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
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The kit's change feed (tested in service-kit-tests) wired into commitments-service: a
 * commitment's changes and its deletion on {@code GET /changes} and its live stream.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OwnerStubResource.class, scope = TestResourceScope.GLOBAL)
class ChangeFeedWiringTests {

    @Test
    void aCommitmentsChangesAndItsDeletionAreOnTheFeedInOrder() {
        ReadCopySeeds.activeMembers("feed-wiring", "FR");
        String after = ChangeFeedReads.end();
        String id = CommitmentJson.groundForces("feed-wiring").text("status", "UNDER_CONSIDERATION").without("conditions").create();
        given().contentType("application/merge-patch+json").body("{\"status\": \"PLEDGED\"}").patch("/commitments/" + id).then().statusCode(200);
        given().delete("/commitments/" + id).then().statusCode(204);

        List<JsonNode> changes = ChangeFeedReads.changesOf(after, "commitment", id, 3);
        assertEquals(List.of(0, 1, 2), changes.stream().map(c -> c.get("version").asInt()).toList());
        assertEquals(List.of("CREATED", "UPDATED", "DELETED"), changes.stream().map(c -> c.get("operation").asText()).toList());
        assertEquals(List.of("UNDER_CONSIDERATION", "PLEDGED"), changes.subList(0, 2).stream().map(c -> c.at("/state/status").asText()).toList());
        assertTrue(changes.get(2).path("state").isMissingNode() || changes.get(2).get("state").isNull(), changes.get(2).toString());
    }

    @Test
    void aCommitmentWrittenAfterTheStreamOpenedArrivesOnIt() {
        ReadCopySeeds.activeMembers("feed-wiring-stream", "FR");
        try (ChangeFeedReads.Stream stream = ChangeFeedReads.stream(ChangeFeedReads.end(), "commitment")) {
            String id = CommitmentJson.groundForces("feed-wiring-stream").create();
            Map.Entry<String, JsonNode> event = stream.nextChangeOf(id)
                    .orElseThrow(() -> new AssertionError("the commitment did not arrive on the stream"));
            assertEquals(event.getKey(), event.getValue().get("cursor").asText());
            assertEquals("FR", event.getValue().at("/state/countryCode").asText());
        }
    }
}
