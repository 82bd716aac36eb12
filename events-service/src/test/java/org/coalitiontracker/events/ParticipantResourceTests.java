package org.coalitiontracker.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
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
class ParticipantResourceTests {

    @BeforeAll
    static void countriesAreInTheCopy() {
        ReadCopySeeds.referenceCountries();
    }

    private static final String DEFAULT_ROLE = "CO_CHAIR";
    private static final String UPDATED_ROLE = "HOST";
    private static final String DEFAULT_REPRESENTED_BY = "Emmanuel Macron";
    private static final String UPDATED_REPRESENTED_BY = "Jean-Noël Barrot";

    private static String body(String role, String attendance, String representedBy) {
        return """
                {"role": "%s", "attendance": "%s", "representedBy": "%s", "notes": "Announced by the Élysée on 1 September",
                 "sources": [{"title": "Élysée announces leaders' meeting on Ukraine", "publisher": "Élysée Palace", "publishedOn": "2025-09-01"}]}"""
                .formatted(role, attendance, representedBy);
    }

    private static String event(String title) {
        return EventJson.parisMeeting(title).create();
    }

    @Test
    void addReplaceListAndRemove() {
        String id = event("Participants: add, replace, list, remove");
        String location = given().contentType(ContentType.JSON).body(body(DEFAULT_ROLE, "IN_PERSON", DEFAULT_REPRESENTED_BY))
                .when().put("/events/" + id + "/participants/FR")
                .then().statusCode(201)
                .header("ETag", "\"1\"")
                .body("countryCode", equalTo("FR"))
                .body("role", equalTo(DEFAULT_ROLE))
                .body("attendance", equalTo("IN_PERSON"))
                .body("representedBy", equalTo(DEFAULT_REPRESENTED_BY))
                .body("sources[0].publisher", equalTo("Élysée Palace"))
                .extract().header("Location");
        assertTrue(location.endsWith("/events/" + id + "/participants/FR"), location);

        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(body(DEFAULT_ROLE, "VIRTUAL", "Keir Starmer"))
                .when().put("/events/" + id + "/participants/gb")
                .then().statusCode(201).header("ETag", "\"2\"").header("Location", endsWith("/participants/GB"))
                .body("countryCode", equalTo("GB"));
        EventJson.addParticipant(id, "UA", "GUEST", "IN_PERSON");
        EventJson.addParticipant(id, "DE", "PARTICIPANT", "VIRTUAL");

        given().contentType(ContentType.JSON).header("If-Match", "\"4\"").body("{\"role\": \"" + UPDATED_ROLE + "\", \"representedBy\": \""
                + UPDATED_REPRESENTED_BY + "\"}")
                .when().put("/events/" + id + "/participants/fr")
                .then().statusCode(200).header("ETag", "\"5\"")
                .body("role", equalTo(UPDATED_ROLE))
                .body("attendance", equalTo("UNKNOWN"))
                .body("representedBy", equalTo(UPDATED_REPRESENTED_BY))
                .body("notes", nullValue())
                .body("sources", equalTo(List.of()));

        given().get("/events/" + id + "/participants")
                .then().statusCode(200).header("ETag", "\"5\"")
                .body("items.countryCode", equalTo(List.of("DE", "FR", "GB", "UA")))
                .body("total", equalTo(4));
        given().get("/events/" + id + "/participants/Fr")
                .then().statusCode(200).header("ETag", "\"5\"").body("role", equalTo(UPDATED_ROLE));
        given().get("/events/" + id)
                .then().header("ETag", "\"5\"").body("participants.countryCode", equalTo(List.of("DE", "FR", "GB", "UA")));

        given().header("If-Match", "\"5\"").when().delete("/events/" + id + "/participants/gb")
                .then().statusCode(204).header("ETag", "\"6\"");
        given().get("/events/" + id + "/participants/GB").then().statusCode(404).contentType("application/problem+json");
        given().get("/events/" + id + "/participants").then().body("items.countryCode", equalTo(List.of("DE", "FR", "UA")));
    }

    @Test
    void everyParticipantChangeIsANewVersionOfTheEvent() {
        String id = event("Participants move the event's version");
        Instant created = Instant.parse(given().get("/events/" + id).then().header("ETag", "\"0\"").extract().path("updatedAt"));

        EventJson.addParticipant(id, "FR", DEFAULT_ROLE, "IN_PERSON");
        Instant added = Instant.parse(given().get("/events/" + id).then().header("ETag", "\"1\"").body("version", equalTo(1))
                .extract().path("updatedAt"));
        assertTrue(added.isAfter(created), created + " then " + added);

        given().contentType(ContentType.JSON).body(body(DEFAULT_ROLE, "IN_PERSON", DEFAULT_REPRESENTED_BY))
                .put("/events/" + id + "/participants/FR").then().statusCode(200).header("ETag", "\"2\"");
        Instant replaced = Instant.parse(given().get("/events/" + id).then().header("ETag", "\"2\"").extract().path("updatedAt"));
        assertTrue(replaced.isAfter(added), added + " then " + replaced);

        given().delete("/events/" + id + "/participants/FR").then().statusCode(204).header("ETag", "\"3\"");
        Instant removed = Instant.parse(given().get("/events/" + id).then().header("ETag", "\"3\"").extract().path("updatedAt"));
        assertTrue(removed.isAfter(replaced), replaced + " then " + removed);
    }

    @Test
    void ifMatchOnParticipantWritesIsCheckedAgainstTheEvent() {
        String id = event("Participants: stale If-Match");
        EventJson.addParticipant(id, "FR", DEFAULT_ROLE, "IN_PERSON");

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body(UPDATED_ROLE, "IN_PERSON", UPDATED_REPRESENTED_BY))
                .when().put("/events/" + id + "/participants/FR")
                .then().statusCode(412).contentType("application/problem+json").body("errors[0].field", equalTo("If-Match"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body(DEFAULT_ROLE, "VIRTUAL", "Keir Starmer"))
                .when().put("/events/" + id + "/participants/GB").then().statusCode(412);
        given().header("If-Match", "\"0\"").when().delete("/events/" + id + "/participants/FR").then().statusCode(412);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(EventJson.parisMeeting("changed").json())
                .when().put("/events/" + id).then().statusCode(412);

        given().get("/events/" + id).then().header("ETag", "\"1\"")
                .body("participants.countryCode", equalTo(List.of("FR")))
                .body("participants[0].role", equalTo(DEFAULT_ROLE));

        given().header("If-Match", "\"1\"").when().delete("/events/" + id + "/participants/FR").then().statusCode(204).header("ETag", "\"2\"");
    }

    @Test
    void countryCodesMustBeWellFormed() {
        String id = event("Participants: malformed country codes");
        for (String code : List.of("F1", "FRA", "F", "12", "É1")) {
            given().contentType(ContentType.JSON).body(body(DEFAULT_ROLE, "IN_PERSON", DEFAULT_REPRESENTED_BY))
                    .when().put("/events/" + id + "/participants/{code}", code)
                    .then().statusCode(422).contentType("application/problem+json")
                    .body("type", equalTo("urn:coalition-tracker:problem:rule-violated"))
                    .body("errors[0].field", equalTo("countryCode"))
                    .body("errors[0].message", containsString("ISO 3166-1 alpha-2"));
            given().get("/events/" + id + "/participants/{code}", code).then().statusCode(404);
            given().delete("/events/" + id + "/participants/{code}", code).then().statusCode(404);
        }
        given().get("/events/" + id).then().header("ETag", "\"0\"").body("participants", equalTo(List.of()));
    }

    @Test
    void invalidBodiesAreProblemsAndWriteNothing() {
        String id = event("Participants: invalid bodies");
        String participant = "/events/" + id + "/participants/PL";
        given().contentType(ContentType.JSON).body("{\"attendance\": \"VIRTUAL\"}")
                .when().put(participant).then().statusCode(422).body("errors[0].field", equalTo("role"));
        given().contentType(ContentType.JSON).body("{\"role\": \"OBSERVER\", \"representedBy\": \"" + "x".repeat(201) + "\"}")
                .when().put(participant).then().statusCode(422).body("errors[0].field", equalTo("representedBy"));
        given().contentType(ContentType.JSON).body("{\"role\": \"OBSERVER\", \"sources\": [{\"title\": \"\"}]}")
                .when().put(participant).then().statusCode(422).body("errors[0].field", equalTo("sources[0].title"));
        given().contentType(ContentType.JSON).body("{\"role\": \"CHAIR\"}")
                .when().put(participant).then().statusCode(400)
                .body("errors[0].field", equalTo("role")).body("errors[0].message", containsString("CO_CHAIR"));
        given().contentType(ContentType.JSON).body("{\"role\": \"OBSERVER\", \"attendance\": 1}")
                .when().put(participant).then().statusCode(400).body("errors[0].field", equalTo("attendance"));
        given().contentType(ContentType.JSON).body("{\"role\": \"OBSERVER\", \"notes\": \"a\\u0000b\"}")
                .when().put(participant).then().statusCode(422).body("errors[0].field", equalTo("notes"));
        given().contentType(ContentType.JSON).body("{\"role\": \"OBSERVER\", \"countryCode\": \"PL\"}")
                .when().put(participant).then().statusCode(400).body("errors[0].field", equalTo("countryCode"));
        given().contentType(ContentType.JSON).body("{\"role\": ")
                .when().put(participant).then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.XML).body("<participant role=\"OBSERVER\"/>")
                .when().put(participant).then().statusCode(415).contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .when().put(participant).then().statusCode(422).contentType("application/problem+json");

        given().get("/events/" + id).then().header("ETag", "\"0\"").body("participants", equalTo(List.of()));
    }

    @Test
    void unknownEventsAndIdsThatAreNotUuidsAre404() {
        for (String eventId : List.of(UUID.randomUUID().toString(), "not-a-uuid")) {
            given().get("/events/" + eventId + "/participants").then().statusCode(404).contentType("application/problem+json");
            given().get("/events/" + eventId + "/participants/FR").then().statusCode(404);
            given().contentType(ContentType.JSON).body(body(DEFAULT_ROLE, "IN_PERSON", DEFAULT_REPRESENTED_BY))
                    .when().put("/events/" + eventId + "/participants/FR").then().statusCode(404);
            given().delete("/events/" + eventId + "/participants/FR").then().statusCode(404);
        }
    }

    @Test
    void deletingTheEventRemovesItsParticipants() {
        String id = event("Participants go with their event");
        EventJson.addParticipant(id, "FR", DEFAULT_ROLE, "IN_PERSON");
        EventJson.addParticipant(id, "GB", DEFAULT_ROLE, "VIRTUAL");
        given().header("If-Match", "\"2\"").delete("/events/" + id).then().statusCode(204);
        given().get("/events/" + id + "/participants").then().statusCode(404);
        given().get("/events/" + id + "/participants/FR").then().statusCode(404);
    }

    @Test
    void participantListPagesAndSyncs() {
        String id = event("Participants: paging");
        for (String code : List.of("PL", "IT", "NO", "CA", "TR")) {
            EventJson.addParticipant(id, code, "PARTICIPANT", "VIRTUAL");
        }
        given().queryParam("size", 2).get("/events/" + id + "/participants")
                .then().statusCode(200).header("ETag", "\"5\"")
                .body("items.countryCode", equalTo(List.of("CA", "IT")))
                .body("total", equalTo(5))
                .header("Link", containsString("rel=\"next\""))
                .header("Link", not(containsString("rel=\"prev\"")));
        given().queryParam("size", 2).queryParam("page", 2).get("/events/" + id + "/participants")
                .then().body("items.countryCode", equalTo(List.of("TR")))
                .header("Link", containsString("page=1"))
                .header("Link", containsString("rel=\"prev\""));
        given().queryParam("updatedSince", "2999-01-01").get("/events/" + id + "/participants")
                .then().statusCode(200).body("total", equalTo(0));
        given().queryParam("updatedSince", "2025-01-01").get("/events/" + id + "/participants").then().body("total", equalTo(5));
        given().queryParam("updatedSince", "last week").get("/events/" + id + "/participants")
                .then().statusCode(400).body("errors[0].field", equalTo("updatedSince"));
        given().queryParam("size", "many").get("/events/" + id + "/participants")
                .then().statusCode(400).body("errors[0].field", equalTo("size"));
    }
}
