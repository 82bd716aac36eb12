package org.coalitiontracker.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.coalitiontracker.testing.OwnerStubResource;
import org.coalitiontracker.testing.ReadCopySeeds;
import org.coalitiontracker.testing.EmbeddedPostgresResource;
import org.coalitiontracker.testing.KafkaBrokerResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OwnerStubResource.class, scope = TestResourceScope.GLOBAL)
class EventResourceTests {

    @BeforeAll
    static void countriesAreInTheCopy() {
        ReadCopySeeds.referenceCountries();
    }

    private static final String DEFAULT_TITLE = "Coalition of the Willing leaders' meeting";
    private static final String UPDATED_TITLE = "Coalition of the Willing leaders' meeting (hybrid)";
    private static final String DEFAULT_STARTS_AT = "2025-09-04T11:00:00+02:00";
    private static final String UPDATED_STARTS_AT = "2025-09-04T14:00:00+02:00";
    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final String MERGE_PATCH = "application/merge-patch+json; charset=UTF-8";

    @Test
    void createReadReplacePatchDelete() {
        String location = given().contentType(ContentType.JSON).body(EventJson.parisMeeting(DEFAULT_TITLE + " crud").json())
                .when().post("/events")
                .then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("id", matchesPattern(UUID_PATTERN))
                .body("title", equalTo(DEFAULT_TITLE + " crud"))
                .body("kind", equalTo("LEADERS_SUMMIT")).body("format", equalTo("HYBRID")).body("status", equalTo("HELD"))
                .body("startsOn", equalTo("2025-09-04"))
                .body("startsAt", equalTo(DEFAULT_STARTS_AT)).body("endsAt", equalTo("2025-09-04T13:30:00+02:00"))
                .body("timeZone", equalTo("Europe/Paris"))
                .body("location.venue", equalTo("Élysée Palace")).body("location.countryCode", equalTo("FR"))
                .body("coalitionId", equalTo("coalition-of-the-willing"))
                .body("sources[0].publishedOn", equalTo("2025-09-01"))
                .body("participants", equalTo(List.of()))
                .body("version", equalTo(0))
                .body("createdAt", notNullValue()).body("updatedAt", notNullValue())
                .extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        org.junit.jupiter.api.Assertions.assertTrue(location.endsWith("/events/" + id), location);

        given().when().get(location)
                .then().statusCode(200).header("ETag", "\"0\"").body("id", equalTo(id)).body("title", equalTo(DEFAULT_TITLE + " crud"));

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(EventJson.parisMeeting(UPDATED_TITLE).with("startsAt", UPDATED_STARTS_AT).without("endsAt").without("summary").json())
                .when().put("/events/" + id)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("title", equalTo(UPDATED_TITLE))
                .body("startsOn", equalTo("2025-09-04"))
                .body("startsAt", equalTo(UPDATED_STARTS_AT))
                .body("endsAt", nullValue())
                .body("summary", nullValue())
                .body("version", equalTo(1));

        given().contentType(MERGE_PATCH).header("If-Match", "\"1\"")
                .body("{\"status\": \"CONFIRMED\", \"location\": {\"venue\": null}, \"summary\": \"Army chiefs to follow up on planning.\"}")
                .when().patch("/events/" + id)
                .then().statusCode(200).header("ETag", "\"2\"")
                .body("title", equalTo(UPDATED_TITLE))
                .body("status", equalTo("CONFIRMED"))
                .body("location.venue", nullValue()).body("location.city", equalTo("Paris"))
                .body("summary", equalTo("Army chiefs to follow up on planning."))
                .body("startsOn", equalTo("2025-09-04"))
                .body("startsAt", equalTo(UPDATED_STARTS_AT));

        given().contentType(ContentType.JSON).body("{\"location\": null, \"format\": null}")
                .when().patch("/events/" + id)
                .then().statusCode(200).header("ETag", "\"3\"")
                .body("location", nullValue()).body("format", nullValue()).body("status", equalTo("CONFIRMED"));

        given().header("If-Match", "\"3\"").when().delete("/events/" + id).then().statusCode(204);
        given().when().get("/events/" + id).then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:coalition-tracker:problem:not-found"))
                .body("instance", equalTo("/events/" + id));
    }

    @Test
    void timesAreShownAtTheOffsetOfTheEventsTimeZoneWhateverTheClientSent() {
        String paris = EventJson.parisMeeting(DEFAULT_TITLE + " utc").with("startsAt", "2025-09-04T09:00:00Z")
                .with("endsAt", "2025-09-04T17:00:00+05:30").create();
        given().get("/events/" + paris).then().statusCode(200)
                .body("startsOn", equalTo("2025-09-04"))
                .body("startsAt", equalTo(DEFAULT_STARTS_AT))
                .body("endsAt", equalTo("2025-09-04T13:30:00+02:00"));

        String march = EventJson.parisMeeting("Paris summit of 31 countries").with("startsAt", "2025-03-27T10:00:00Z")
                .without("endsAt").create();
        given().get("/events/" + march).then().body("startsAt", equalTo("2025-03-27T11:00:00+01:00"));

        String anchorage = EventJson.parisMeeting("US-Russia summit in Anchorage").with("kind", "BILATERAL").with("format", "IN_PERSON")
                .with("timeZone", "America/Anchorage").with("startsAt", "2025-08-15T19:30:00Z").with("endsAt", "2025-08-15T15:15:00-08:00")
                .with("location", Map.of("venue", "Joint Base Elmendorf-Richardson", "city", "Anchorage", "countryCode", "us"))
                .without("coalitionId").create();
        given().get("/events/" + anchorage).then()
                .body("startsOn", equalTo("2025-08-15"))
                .body("startsAt", equalTo("2025-08-15T11:30:00-08:00"))
                .body("endsAt", equalTo("2025-08-15T15:15:00-08:00"))
                .body("location.countryCode", equalTo("US"));
    }

    @Test
    void putKeepsTheParticipantsAndTheirOrder() {
        String id = EventJson.parisMeeting(DEFAULT_TITLE + " keeps participants").create();
        EventJson.addParticipant(id, "GB", "CO_CHAIR", "VIRTUAL");
        EventJson.addParticipant(id, "FR", "CO_CHAIR", "IN_PERSON");
        given().contentType(ContentType.JSON).body(EventJson.parisMeeting(UPDATED_TITLE + " keeps participants").json())
                .when().put("/events/" + id)
                .then().statusCode(200).header("ETag", "\"3\"")
                .body("participants.countryCode", equalTo(List.of("FR", "GB")))
                .body("participants[1].attendance", equalTo("VIRTUAL"));
    }

    @Test
    void staleIfMatchIsRefusedAndNothingChanges() {
        String id = EventJson.parisMeeting(DEFAULT_TITLE + " stale").create();
        given().contentType(ContentType.JSON).header("If-Match", "\"7\"").body(EventJson.parisMeeting(UPDATED_TITLE).json())
                .when().put("/events/" + id)
                .then().statusCode(412).contentType("application/problem+json")
                .body("status", equalTo(412))
                .body("errors[0].field", equalTo("If-Match"));
        given().contentType(MERGE_PATCH).header("If-Match", "W/\"0\"").body("{\"title\": \"x\"}")
                .when().patch("/events/" + id).then().statusCode(412).contentType("application/problem+json");
        given().header("If-Match", "\"5\"").when().delete("/events/" + id).then().statusCode(412).contentType("application/problem+json");
        given().get("/events/" + id).then().statusCode(200).header("ETag", "\"0\"").body("title", equalTo(DEFAULT_TITLE + " stale"));
        given().contentType(ContentType.JSON).header("If-Match", "\"3\", \"0\"").body(EventJson.parisMeeting(UPDATED_TITLE + " stale").json())
                .when().put("/events/" + id).then().statusCode(200).header("ETag", "\"1\"");
    }

    @Test
    void invalidValuesAre422AndWriteNothing() {
        String marker = "invalid-values-marker";
        given().contentType(ContentType.JSON)
                .body(EventJson.parisMeeting("").with("summary", marker).with("timeZone", "Europe/Atlantis").with("coalitionId", "Not A Slug")
                        .with("sources", List.of(Map.of("url", "ftp://x"))).json())
                .when().post("/events")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:coalition-tracker:problem:validation-failed"))
                .body("errors.field", hasItem("title"))
                .body("errors.field", hasItem("timeZone"))
                .body("errors.field", hasItem("coalitionId"))
                .body("errors.field", hasItem("sources[0].title"))
                .body("errors.field", hasItem("sources[0].url"));
        given().contentType(ContentType.JSON).body(EventJson.parisMeeting(marker).with("timeZone", "+02:00").json())
                .when().post("/events").then().statusCode(422)
                .body("errors[0].field", equalTo("timeZone"))
                .body("errors[0].message", containsString("Europe/Paris"));
        // A start is required too, startsOn or startsAt (EventStartTests), once the body is valid.
        given().contentType(ContentType.JSON).body(EventJson.parisMeeting(marker).without("timeZone").without("startsAt").without("kind").json())
                .when().post("/events").then().statusCode(422)
                .body("errors.field", equalTo(List.of("kind", "timeZone")));
        given().contentType(ContentType.JSON).body(EventJson.parisMeeting(marker).without("startsAt").without("endsAt").json())
                .when().post("/events").then().statusCode(422)
                .body("errors.field", equalTo(List.of("startsOn")));
        given().contentType(ContentType.JSON).body(EventJson.parisMeeting(marker).with("endsAt", "2025-09-04T10:59:59+02:00").json())
                .when().post("/events").then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("endsAt"))
                .body("errors[0].message", containsString("startsAt"));
        given().contentType(ContentType.JSON)
                .body(EventJson.parisMeeting(marker).with("location", Map.of("city", "Paris", "countryCode", "FRA")).json())
                .when().post("/events").then().statusCode(422)
                .body("errors[0].field", equalTo("location.countryCode"));
        given().contentType(ContentType.JSON)
                .body(EventJson.parisMeeting(marker).with("location", Map.of("countryCode", "F1")).json())
                .when().post("/events").then().statusCode(422).body("errors[0].field", equalTo("location.countryCode"));
        given().contentType(ContentType.JSON).body(EventJson.parisMeeting(marker).with("startsAt", "3025-09-04T11:00:00+02:00").without("endsAt").json())
                .when().post("/events").then().statusCode(422).body("errors[0].field", equalTo("startsAt"));
        given().contentType(ContentType.JSON).body(EventJson.parisMeeting(marker).with("startsAt", "1000-01-01T00:00:00Z").without("endsAt").json())
                .when().post("/events").then().statusCode(422).body("errors[0].field", equalTo("startsAt"));
        // Only a zone id the JVM knows, exactly: no offsets, abbreviations, other cases or paths.
        for (String zone : List.of("", " ", "Z", "UTC+2", "europe/paris", "Europe/Paris ", "../../etc/localtime", "Europe/Paris\u202E")) {
            given().contentType(ContentType.JSON).body(EventJson.parisMeeting(marker).with("timeZone", zone).json())
                    .when().post("/events").then().statusCode(422).body("errors.field", hasItem("timeZone"));
        }
        given().contentType(ContentType.JSON).body(EventJson.parisMeeting(marker).with("title", "x".repeat(301)).json())
                .when().post("/events").then().statusCode(422).body("errors[0].field", equalTo("title"));
        given().contentType(ContentType.JSON)
                .when().post("/events").then().statusCode(422).contentType("application/problem+json");

        given().queryParam("q", marker).get("/events").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void malformedBodiesAre400AndWriteNothing() {
        String marker = "malformed-body-marker";
        given().contentType(ContentType.JSON).body("{\"title\": \"" + marker + "\", \"kind\": ")
                .when().post("/events").then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:coalition-tracker:problem:malformed-body"));
        given().contentType(ContentType.JSON).body(EventJson.parisMeeting(marker).with("title", 42).json())
                .when().post("/events").then().statusCode(400).body("errors[0].field", equalTo("title"));
        given().contentType(ContentType.JSON).body(EventJson.parisMeeting(marker).with("kind", "SUMMIT").json())
                .when().post("/events").then().statusCode(400)
                .body("errors[0].field", equalTo("kind"))
                .body("errors[0].message", containsString("LEADERS_SUMMIT"));
        given().contentType(ContentType.JSON).body(EventJson.parisMeeting(marker).with("format", "hybrid").json())
                .when().post("/events").then().statusCode(400).body("errors[0].field", equalTo("format"));
        given().contentType(ContentType.JSON).body(EventJson.parisMeeting(marker).with("startsAt", 1756976400).json())
                .when().post("/events").then().statusCode(400)
                .body("errors[0].field", equalTo("startsAt"))
                .body("errors[0].message", containsString("2025-09-04T11:00:00+02:00"));
        given().contentType(ContentType.JSON).body(EventJson.parisMeeting(marker).with("startsAt", "2025-09-04T11:00:00").json())
                .when().post("/events").then().statusCode(400).body("errors[0].field", equalTo("startsAt"));
        given().contentType(ContentType.JSON).body(EventJson.parisMeeting(marker).with("startsAt", "2025-02-30T11:00:00+01:00").json())
                .when().post("/events").then().statusCode(400).body("errors[0].field", equalTo("startsAt"));
        given().contentType(ContentType.JSON).body(EventJson.parisMeeting(marker).with("location", "Paris").json())
                .when().post("/events").then().statusCode(400).body("errors[0].field", equalTo("location"));
        given().contentType(ContentType.JSON).body(EventJson.parisMeeting(marker).with("id", UUID.randomUUID().toString()).json())
                .when().post("/events").then().statusCode(400).body("errors[0].field", equalTo("id"));
        given().contentType(ContentType.JSON).body(EventJson.parisMeeting(marker).with("participants", List.of()).json())
                .when().post("/events").then().statusCode(400).body("errors[0].field", equalTo("participants"));
        given().contentType(ContentType.TEXT).body("title=" + marker)
                .when().post("/events").then().statusCode(415).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(EventJson.parisMeeting(marker).with("summary", "x".repeat(1_100_000)).json())
                .when().post("/events").then().statusCode(413).contentType("application/problem+json");

        given().queryParam("q", marker).get("/events").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void textThatCannotBeStoredIsRefusedNamingTheField() {
        String marker = "unstorable-text-marker";
        given().contentType(ContentType.JSON).body(EventJson.parisMeeting(marker).json().replace(marker, "Paris\\u0000meeting"))
                .when().post("/events").then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:coalition-tracker:problem:validation-failed"))
                .body("errors[0].field", equalTo("title"))
                .body("errors[0].message", containsString("NUL"));
        // The lone surrogate is written as a JSON escape, so that it arrives as one rather than as '?'.
        given().contentType(ContentType.JSON)
                .body(EventJson.parisMeeting(marker).with("sources", List.of(Map.of("title", "Élysée statement", "publisher", "Élysée lone-surrogate")))
                        .json().replace("lone-surrogate", "\\ud800"))
                .when().post("/events").then().statusCode(422).body("errors[0].field", equalTo("sources[0].publisher"));
        String id = EventJson.parisMeeting(DEFAULT_TITLE + " unstorable").create();
        given().contentType(MERGE_PATCH).body("{\"summary\": \"a\\u0000b\"}")
                .when().patch("/events/" + id).then().statusCode(422).body("errors[0].field", equalTo("summary"));
        given().get("/events/" + id).then().header("ETag", "\"0\"");
        given().queryParam("q", marker).get("/events").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void idsThatAreNotUuidsNameNoEvent() {
        for (String id : List.of("not-a-uuid", "1-1-1-1-1", "' or 1=1 --", "00000000-0000-0000-0000-00000000000g")) {
            given().get("/events/{id}", id).then().statusCode(404).contentType("application/problem+json")
                    .body("type", equalTo("urn:coalition-tracker:problem:not-found"));
            given().contentType(ContentType.JSON).body(EventJson.parisMeeting(DEFAULT_TITLE).json())
                    .when().put("/events/{id}", id).then().statusCode(404);
            given().contentType(ContentType.JSON).body("{}").when().patch("/events/{id}", id).then().statusCode(404);
            given().delete("/events/{id}", id).then().statusCode(404);
        }
        String created = EventJson.parisMeeting(DEFAULT_TITLE + " upper-case id").create();
        given().get("/events/" + created.toUpperCase()).then().statusCode(200).body("id", equalTo(created));
    }

    @Test
    void unknownEventsAre404() {
        String unknown = UUID.randomUUID().toString();
        given().get("/events/" + unknown).then().statusCode(404).body("detail", containsString(unknown));
        given().contentType(ContentType.JSON).body(EventJson.parisMeeting(DEFAULT_TITLE).json())
                .when().put("/events/" + unknown).then().statusCode(404);
        given().contentType(MERGE_PATCH).body("{\"title\": \"x\"}").when().patch("/events/" + unknown).then().statusCode(404);
        given().delete("/events/" + unknown).then().statusCode(404).body("instance", endsWith(unknown));
    }
}
