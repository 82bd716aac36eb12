package org.coalitiontracker.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.coalitiontracker.testing.EmbeddedPostgresResource;
import org.coalitiontracker.testing.KafkaBrokerResource;
import org.coalitiontracker.testing.OwnerStubResource;
import org.coalitiontracker.testing.ReadCopySeeds;
import org.coalitiontracker.testing.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The kit's record history (tested in service-kit-tests) wired into events: the event's topic and key, a participant change
 * as a version of its event, and `knownAt` answering in the shape of the plain GET less what comes from the read copies.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OwnerStubResource.class, scope = TestResourceScope.GLOBAL)
class RecordHistoryWiringTests {

    private static final String DEFAULT_STARTS_AT = "2025-09-04T11:00:00+02:00";
    private static final String UPDATED_STARTS_AT = "2025-09-04T10:00:00+02:00";
    private static final String MERGE_PATCH = "application/merge-patch+json";

    @BeforeAll
    static void countriesAreInTheCopy() {
        ReadCopySeeds.referenceCountries();
    }

    @Test
    void aRescheduledEventShowsItsOldStartUnderKnownAtAndAParticipantAddedIsAVersion() {
        String id = EventJson.parisMeeting("History: rescheduled").create();
        given().contentType(MERGE_PATCH).header("If-Match", "\"0\"").body("{\"startsAt\": \"" + UPDATED_STARTS_AT + "\"}")
                .patch("/events/" + id).then().statusCode(200).header("ETag", "\"1\"");
        assertEquals("\"2\"", EventJson.addParticipant(id, "FR", "CO_CHAIR", "IN_PERSON"));

        JsonPath history = given().get("/events/" + id + "/history").then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.version", contains(0, 1, 2))
                .body("items.operation", contains("CREATED", "UPDATED", "UPDATED"))
                .body("items[1].changedFields", contains("startsAt"))
                .body("items[2].changedFields", contains("participants"))
                .body("items.state.startsAt", contains(DEFAULT_STARTS_AT, UPDATED_STARTS_AT, UPDATED_STARTS_AT))
                .body("items[2].state.participants.countryCode", contains("FR"))
                .body("items.recordedBy", contains(TestTokens.EDITOR_SUBJECT, TestTokens.EDITOR_SUBJECT, TestTokens.EDITOR_SUBJECT))
                .extract().jsonPath();
        List<Instant> recorded = recordedAt(history);
        assertTrue(recorded.get(0).isBefore(recorded.get(1)) && recorded.get(1).isBefore(recorded.get(2)), "recorded in order: " + recorded);

        given().queryParam("knownAt", justBefore(recorded.get(1))).get("/events/" + id).then().statusCode(200)
                .header("ETag", "\"0\"").body("startsAt", equalTo(DEFAULT_STARTS_AT)).body("participants", empty());
        given().queryParam("knownAt", recorded.get(1).toString()).get("/events/" + id).then().statusCode(200)
                .header("ETag", "\"1\"").body("startsAt", equalTo(UPDATED_STARTS_AT)).body("participants", empty());
        given().queryParam("knownAt", justBefore(recorded.get(0))).get("/events/" + id).then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:coalition-tracker:problem:not-found"))
                .body("detail", containsString("no event '" + id + "' in the record at"));

        // The recorded state is the published view: the plain GET without the participants' `member`, which the read copy gives.
        JsonPath plain = given().get("/events/" + id).then().statusCode(200)
                .body("participants[0]", hasKey("member")).extract().jsonPath();
        Map<String, Object> shown = new HashMap<>(plain.getMap(""));
        shown.put("participants", plain.<Map<String, Object>>getList("participants").stream().map(participant -> {
            Map<String, Object> owned = new HashMap<>(participant);
            owned.remove("member");
            return owned;
        }).toList());
        Map<String, Object> known = given().queryParam("knownAt", Instant.now().toString()).get("/events/" + id).then().statusCode(200)
                .header("ETag", "\"2\"").body("participants[0]", not(hasKey("member"))).extract().jsonPath().getMap("");
        assertEquals(shown, known);
    }

    @Test
    void aDeletedEventKeepsItsHistoryAndKnownAtBeforeTheDeletionAnswersIt() {
        String id = EventJson.parisMeeting("History: deleted").create();
        given().header("If-Match", "\"0\"").delete("/events/" + id).then().statusCode(204);
        given().get("/events/" + id).then().statusCode(404);

        JsonPath history = given().get("/events/" + id.toUpperCase() + "/history").then().statusCode(200)
                .body("items.version", contains(0, 1))
                .body("items.operation", contains("CREATED", "DELETED"))
                .body("items[1].state", nullValue())
                .extract().jsonPath();
        Instant deleted = recordedAt(history).get(1);
        given().queryParam("knownAt", justBefore(deleted)).get("/events/" + id).then().statusCode(200)
                .header("ETag", "\"0\"").body("title", equalTo("History: deleted"));
        given().queryParam("knownAt", deleted.toString()).get("/events/" + id).then().statusCode(404);
    }

    @Test
    void anEventNeverHeldHasNoHistoryAndAMalformedKnownAtIsAProblemNamingIt() {
        given().get("/events/" + UUID.randomUUID() + "/history").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("never was"));
        given().get("/events/not-a-uuid/history").then().statusCode(404);

        String id = EventJson.parisMeeting("History: parameters").create();
        given().queryParam("knownAt", "04/09/2025").get("/events/" + id).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:coalition-tracker:problem:invalid-parameter"))
                .body("errors[0].field", equalTo("knownAt"));
        given().queryParam("knownAt", "2025-09-04", "2025-09-05").get("/events/" + id).then().statusCode(400)
                .body("errors[0].field", equalTo("knownAt"));
    }

    private static List<Instant> recordedAt(JsonPath history) {
        return history.<String>getList("items.recordedAt").stream().map(Instant::parse).toList();
    }

    /** The last instant the record can tell from {@code instant} (it keeps microseconds): before it, so the version then. */
    private static String justBefore(Instant instant) {
        return instant.minus(1, ChronoUnit.MICROS).toString();
    }
}
