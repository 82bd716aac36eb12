package org.coalitiontracker.commitments;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.coalitiontracker.commitments.domain.CommitmentVersion;
import org.coalitiontracker.testing.OwnerStubResource;
import org.coalitiontracker.testing.ReadCopySeeds;
import org.coalitiontracker.testing.EmbeddedPostgresResource;
import org.coalitiontracker.testing.KafkaBrokerResource;
import org.coalitiontracker.testing.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OwnerStubResource.class, scope = TestResourceScope.GLOBAL)
class CommitmentHistoryTests {

    private static final int DEFAULT_PERSONNEL = 2000;
    private static final int UPDATED_PERSONNEL = 5000;

    private static void patch(String id, String body) {
        given().contentType("application/merge-patch+json").body(body).when().patch("/commitments/" + id).then().statusCode(200);
    }

    /** History is written at the time of the request; tests move it to the dates they reason about. */
    /** Dates a version as if written at {@code instant}: it replaced the version before it then. */
    static void writtenAt(String id, long version, String instant) {
        QuarkusTransaction.requiringNew().run(() -> {
            CommitmentVersion.update("changedAt = ?1 where commitmentId = ?2 and version = ?3", Instant.parse(instant), UUID.fromString(id), version);
            CommitmentVersion.update("supersededAt = ?1 where commitmentId = ?2 and version = ?3", Instant.parse(instant), UUID.fromString(id), version - 1);
        });
    }

    private static ValidatableResponse knownAt(String coalition, String instant, Object... parameters) {
        var request = given().queryParam("coalition", coalition).queryParam("knownAt", instant);
        for (int i = 0; i < parameters.length; i += 2) {
            request.queryParam((String) parameters[i], parameters[i + 1]);
        }
        return request.when().get("/commitments").then().statusCode(200);
    }

    @Test
    void everyCreateChangeAndDeletionIsAVersionWithWhatChanged() {
        ReadCopySeeds.activeMembers("history-versions", "FR");
        String id = CommitmentJson.groundForces("history-versions").text("status", "UNDER_CONSIDERATION").without("conditions").create();
        patch(id, "{\"status\": \"PLEDGED\", \"personnel\": %d}".formatted(UPDATED_PERSONNEL));
        given().contentType(ContentType.JSON)
                .body(CommitmentJson.groundForces("history-versions").text("status", "CONFIRMED").raw("personnel", "" + UPDATED_PERSONNEL).json())
                .when().put("/commitments/" + id).then().statusCode(200).header("ETag", "\"2\"");
        given().delete("/commitments/" + id).then().statusCode(204);

        given().get("/commitments/" + id + "/history").then().statusCode(200)
                .body("total", equalTo(4))
                .body("items.version", equalTo(List.of(0, 1, 2, 3)))
                .body("items.operation", equalTo(List.of("CREATED", "UPDATED", "UPDATED", "DELETED")))
                .body("items[0].state.status", equalTo("UNDER_CONSIDERATION"))
                .body("items[1].state.status", equalTo("PLEDGED"))
                .body("items[2].state.status", equalTo("CONFIRMED"))
                .body("items[0].changedFields", equalTo(List.of("announcedOn", "category", "claims", "coalitionId", "conditionNote", "conditions",
                        "countryCode", "description", "disputedFields", "id", "personnel", "sources", "stationedIn", "status", "statusHistory")))
                .body("items[1].changedFields", equalTo(List.of("personnel", "status", "statusHistory")))
                .body("items[2].changedFields", equalTo(List.of("conditions", "status", "statusHistory")))
                .body("items[3].changedFields", equalTo(List.of()))
                .body("items[3].state", equalTo(null))
                // Each status written alone is a step of the world's timeline: the first dated by the announcement, the others undated.
                .body("items[2].state.statusHistory.status", equalTo(List.of("UNDER_CONSIDERATION", "PLEDGED", "CONFIRMED")))
                .body("items[2].state.statusHistory.on", equalTo(java.util.Arrays.asList("2025-09-04", null, null)))
                .body("items[0].state.personnel", equalTo(DEFAULT_PERSONNEL))
                .body("items[1].state.personnel", equalTo(UPDATED_PERSONNEL))
                .body("items[2].state.conditions", equalTo(List.of("US_BACKSTOP", "CEASEFIRE")))
                .body("items[1].state.version", equalTo(1))
                .body("items[1].state.id", equalTo(id))
                .body("items.recordedBy", equalTo(List.of(TestTokens.EDITOR_SUBJECT, TestTokens.EDITOR_SUBJECT, TestTokens.EDITOR_SUBJECT,
                        TestTokens.EDITOR_SUBJECT)));

        List<String> links = given().queryParam("size", 1).queryParam("page", 1).get("/commitments/" + id + "/history").then().statusCode(200)
                .body("items.version", equalTo(List.of(1)))
                .extract().headers().getValues("Link");
        assertEquals(2, links.size(), links.toString());
        assertTrue(links.stream().anyMatch(link -> link.contains("page=2") && link.endsWith("rel=\"next\"")), links.toString());
        assertTrue(links.stream().anyMatch(link -> link.contains("page=0") && link.endsWith("rel=\"prev\"")), links.toString());
        given().queryParam("size", "none").get("/commitments/" + id + "/history").then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
        given().get("/commitments/" + UUID.randomUUID() + "/history").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void knownAtAnswersWhatTheRecordHeldThenAndADeletionIsNotYetMadeBeforeIt() {
        String coalition = "history-known-at";
        ReadCopySeeds.activeMembers(coalition, "FR", "GB");
        String france = CommitmentJson.groundForces(coalition).text("status", "UNDER_CONSIDERATION").create();
        patch(france, "{\"status\": \"PLEDGED\"}");
        patch(france, "{\"status\": \"WITHDRAWN\"}");
        String britain = CommitmentJson.groundForces(coalition).text("countryCode", "GB").text("status", "UNDER_CONSIDERATION").create();
        patch(britain, "{\"status\": \"PLEDGED\", \"personnel\": %d}".formatted(UPDATED_PERSONNEL));
        writtenAt(france, 0, "2025-03-27T10:00:00Z");
        writtenAt(france, 1, "2025-09-04T23:59:59.999999Z");
        writtenAt(france, 2, "2025-10-01T08:00:00Z");
        writtenAt(britain, 0, "2025-09-05T00:00:00Z");

        knownAt(coalition, "2025-03-26").body("total", equalTo(0));
        knownAt(coalition, "2025-03-27").body("total", equalTo(1))
                .body("items[0].id", equalTo(france))
                .body("items[0].status", equalTo("UNDER_CONSIDERATION"))
                .body("items[0].version", equalTo(0))
                .body("items[0].updatedAt", equalTo("2025-03-27T10:00:00Z"));
        knownAt(coalition, "2025-09-04").body("items.countryCode", equalTo(List.of("FR"))).body("items[0].status", equalTo("PLEDGED"));
        knownAt(coalition, "2025-09-05").body("total", equalTo(2))
                .body("items.find { it.countryCode == 'GB' }.status", equalTo("UNDER_CONSIDERATION"))
                .body("items.find { it.countryCode == 'GB' }.personnel", equalTo(DEFAULT_PERSONNEL));
        knownAt(coalition, "2025-09-04", "status", "UNDER_CONSIDERATION").body("total", equalTo(0));
        // The record as it stood is the full record, withdrawn commitments included, as the present list is.
        knownAt(coalition, "2025-10-01", "includeWithdrawn", "false").body("items.countryCode", equalTo(List.of("GB")));
        knownAt(coalition, "2025-10-01").body("total", equalTo(2))
                .body("items.find { it.countryCode == 'FR' }.status", equalTo("WITHDRAWN"));
        knownAt(coalition, "2025-10-01", "status", "WITHDRAWN").body("items.countryCode", equalTo(List.of("FR")));
        knownAt(coalition, "2999-12-31", "includeWithdrawn", "false").body("items.countryCode", equalTo(List.of("GB")))
                .body("items[0].status", equalTo("PLEDGED")).body("items[0].personnel", equalTo(UPDATED_PERSONNEL));
        knownAt(coalition, "2025-09-05", "updatedSince", "2025-09-04T12:00:00Z").body("total", equalTo(2));
        knownAt(coalition, "2025-09-05", "updatedSince", "2025-09-05T00:00:01Z").body("total", equalTo(0));
        knownAt(coalition, "2025-09-05", "country", "gb", "category", "GROUND_FORCES", "condition", "US_BACKSTOP", "stationedIn", "UA")
                .body("items.countryCode", equalTo(List.of("GB")));

        // A date means the end of that day; an instant is taken as it is.
        knownAt(coalition, "2025-09-04T23:59:59.999999Z").body("items[0].status", equalTo("PLEDGED"));
        knownAt(coalition, "2025-09-04T23:59:59.999998Z").body("items[0].status", equalTo("UNDER_CONSIDERATION"));
        given().queryParam("knownAt", "2025-09-04T12:00:00").get("/commitments").then().statusCode(400).body("errors[0].field", equalTo("knownAt"));

        given().delete("/commitments/" + britain).then().statusCode(204);
        given().queryParam("coalition", coalition).queryParam("includeWithdrawn", "true").get("/commitments").then().statusCode(200)
                .body("items.countryCode", equalTo(List.of("FR")));
        knownAt(coalition, "2025-09-05").body("items.countryCode", containsInAnyOrder("FR", "GB"));
        knownAt(coalition, Instant.now().toString()).body("items.countryCode", equalTo(List.of("FR")));
        given().get("/commitments/" + britain).then().statusCode(404);
        given().queryParam("knownAt", "2025-09-05").get("/commitments/" + britain).then().statusCode(200)
                .header("ETag", "\"0\"").body("status", equalTo("UNDER_CONSIDERATION")).body("countryCode", equalTo("GB"));
        given().queryParam("knownAt", "2025-09-04").get("/commitments/" + britain).then().statusCode(404)
                .contentType("application/problem+json");
    }
}
