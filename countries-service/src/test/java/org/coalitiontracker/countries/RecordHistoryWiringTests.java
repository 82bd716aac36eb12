package org.coalitiontracker.countries;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.coalitiontracker.testing.EmbeddedPostgresResource;
import org.coalitiontracker.testing.KafkaBrokerResource;
import org.coalitiontracker.testing.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The kit's record history (tested in service-kit-tests) wired into coalitions and memberships: the right topic and key,
 * and `knownAt` answering in the shape of the plain GET.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
class RecordHistoryWiringTests {

    private static final String DEFAULT_DESCRIPTION = "Security guarantees for Ukraine";
    private static final String UPDATED_DESCRIPTION = "Around 30 countries, co-led by France and the United Kingdom";
    private static final String MERGE_PATCH = "application/merge-patch+json";

    @Test
    void aCoalitionsHistoryListsItsVersionsOldestFirstAndKnownAtAnswersAnOlderOne() {
        String id = "history-wiring-coalition";
        given().contentType(ContentType.JSON)
                .body("{\"id\": \"%s\", \"name\": \"History\", \"description\": \"%s\"}".formatted(id, DEFAULT_DESCRIPTION))
                .post("/coalitions").then().statusCode(201).header("ETag", "\"0\"");
        given().contentType(MERGE_PATCH).header("If-Match", "\"0\"").body("{\"description\": \"%s\"}".formatted(UPDATED_DESCRIPTION))
                .patch("/coalitions/" + id).then().statusCode(200).header("ETag", "\"1\"");

        JsonPath history = given().get("/coalitions/" + id + "/history").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.version", contains(0, 1))
                .body("items.operation", contains("CREATED", "UPDATED"))
                .body("items[0].changedFields", contains("claims", "description", "disputedFields", "id", "name", "sources"))
                .body("items[1].changedFields", contains("description"))
                .body("items.state.description", contains(DEFAULT_DESCRIPTION, UPDATED_DESCRIPTION))
                .body("items.state.version", contains(0, 1))
                .body("items.recordedBy", contains(TestTokens.EDITOR_SUBJECT, TestTokens.EDITOR_SUBJECT))
                .extract().jsonPath();
        List<Instant> recorded = recordedAt(history);
        assertTrue(recorded.get(1).isAfter(recorded.get(0)), "recorded in order: " + recorded);

        given().queryParam("knownAt", recorded.get(0).toString()).get("/coalitions/" + id).then().statusCode(200)
                .header("ETag", "\"0\"").body("description", equalTo(DEFAULT_DESCRIPTION));
        given().queryParam("knownAt", justBefore(recorded.get(1))).get("/coalitions/" + id).then().statusCode(200)
                .header("ETag", "\"0\"").body("description", equalTo(DEFAULT_DESCRIPTION)).body("version", equalTo(0));
        given().queryParam("knownAt", recorded.get(1).toString()).get("/coalitions/" + id).then().statusCode(200)
                .header("ETag", "\"1\"").body("description", equalTo(UPDATED_DESCRIPTION));
        given().queryParam("knownAt", justBefore(recorded.get(0))).get("/coalitions/" + id).then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:coalition-tracker:problem:not-found"))
                .body("detail", containsString("no coalition '" + id + "' in the record at"));

        // The recorded state is the published view: the same JSON as the plain GET of the same version.
        Map<String, Object> now = given().get("/coalitions/" + id).then().statusCode(200).extract().jsonPath().getMap("");
        Map<String, Object> knownNow = given().queryParam("knownAt", Instant.now().toString()).get("/coalitions/" + id).then()
                .statusCode(200).header("ETag", "\"1\"").extract().jsonPath().getMap("");
        assertEquals(now, knownNow);

        given().get("/coalitions/history-wiring-never/history").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("never was"));
    }

    @Test
    void aDeletedMembershipKeepsItsHistoryAndKnownAtBeforeTheDeletionAnswersIt() {
        String id = "history-wiring-members";
        Fixtures.createCoalition(id);
        Fixtures.putMember(id, "FR", Fixtures.member("MEMBER", "ACTIVE", "2025-03-02", null));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Fixtures.member("LEAD", "ACTIVE", "2025-03-02", null))
                .put("/coalitions/{id}/members/FR", id).then().statusCode(200).header("ETag", "\"1\"");

        // What knownAt answers is the plain GET without what is looked up in the read copies when it is shown.
        Map<String, Object> shown = new HashMap<>(
                given().get("/coalitions/{id}/members/FR", id).then().statusCode(200).extract().jsonPath().getMap(""));
        shown.remove("commitmentSummary");
        shown.remove("events");
        Map<String, Object> known = given().queryParam("knownAt", Instant.now().toString()).get("/coalitions/{id}/members/FR", id).then()
                .statusCode(200).header("ETag", "\"1\"").extract().jsonPath().getMap("");
        assertEquals(shown, known);

        given().header("If-Match", "\"1\"").delete("/coalitions/{id}/members/FR", id).then().statusCode(204);
        given().get("/coalitions/{id}/members/FR", id).then().statusCode(404);

        // The membership's key is coalitionId/alpha-2 code, whichever code the path names it by.
        JsonPath history = given().get("/coalitions/{id}/members/fra/history", id).then().statusCode(200)
                .body("items.version", contains(0, 1, 2))
                .body("items.operation", contains("CREATED", "UPDATED", "DELETED"))
                .body("items[1].changedFields", contains("role", "roleHistory"))
                .body("items[2].changedFields", empty())
                .body("items[2].state", nullValue())
                .body("items[0].state.countryCode", equalTo("FR"))
                .body("items[0].state.role", equalTo("MEMBER"))
                .extract().jsonPath();
        List<Instant> recorded = recordedAt(history);

        given().queryParam("knownAt", justBefore(recorded.get(1))).get("/coalitions/{id}/members/FR", id).then().statusCode(200)
                .header("ETag", "\"0\"").body("role", equalTo("MEMBER"));
        given().queryParam("knownAt", justBefore(recorded.get(2))).get("/coalitions/{id}/members/FR", id).then().statusCode(200)
                .header("ETag", "\"1\"").body("role", equalTo("LEAD"))
                .body("commitmentSummary", nullValue()).body("events", nullValue());
        given().queryParam("knownAt", recorded.get(2).toString()).get("/coalitions/{id}/members/FR", id).then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("no membership '" + id + "/FR' in the record at"));

        given().get("/coalitions/{id}/members/DE/history", id).then().statusCode(404).body("detail", containsString("never was"));
        given().get("/coalitions/{id}/members/ZZ/history", id).then().statusCode(404);
    }

    @Test
    void deletingACoalitionEndsItsHistoryAndThatOfItsMemberships() {
        String id = "history-wiring-deleted";
        Fixtures.createCoalition(id);
        Fixtures.putMember(id, "PL", Fixtures.member("MEMBER", "ACTIVE", null, null));
        given().delete("/coalitions/" + id).then().statusCode(204);

        given().get("/coalitions/" + id + "/history").then().statusCode(200)
                .body("items.operation", contains("CREATED", "DELETED"));
        given().get("/coalitions/{id}/members/PL/history", id).then().statusCode(200)
                .body("items.operation", contains("CREATED", "DELETED"));
    }

    @Test
    void aMalformedOrRepeatedKnownAtIsAProblemNamingIt() {
        String id = "history-wiring-params";
        Fixtures.createCoalition(id);
        given().queryParam("knownAt", "last tuesday").get("/coalitions/" + id).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:coalition-tracker:problem:invalid-parameter"))
                .body("errors[0].field", equalTo("knownAt"));
        given().queryParam("knownAt", "2025-13-01").get("/coalitions/{id}/members/FR", id).then().statusCode(400)
                .body("errors[0].field", equalTo("knownAt"));
        given().queryParam("knownAt", Instant.now().toString(), Instant.now().toString()).get("/coalitions/" + id).then().statusCode(400)
                .body("errors[0].field", equalTo("knownAt"));
        given().queryParam("size", "0").get("/coalitions/" + id + "/history").then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
    }

    private static List<Instant> recordedAt(JsonPath history) {
        return history.<String>getList("items.recordedAt").stream().map(Instant::parse).toList();
    }

    /** The last instant the record can tell from {@code instant} (it keeps microseconds): before it, so the version then. */
    private static String justBefore(Instant instant) {
        return instant.minus(1, ChronoUnit.MICROS).toString();
    }
}
