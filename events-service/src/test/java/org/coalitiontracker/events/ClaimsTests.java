package org.coalitiontracker.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;

import org.coalitiontracker.testing.EmbeddedPostgresResource;
import org.coalitiontracker.testing.ReadCopySeeds;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Claims on events through HTTP: a date one report gets wrong, kept and deprecated; /disputes and /sources from them. */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class ClaimsTests {

    private static final String ELYSEE = "{\"title\": \"Élysée statement\", \"url\": \"https://example.org/elysee\"}";
    private static final String WRONG = "{\"title\": \"A report a year off\", \"url\": \"https://example.org/off\"}";

    @BeforeAll
    static void knownCountries() {
        ReadCopySeeds.referenceCountries();
    }

    private static ValidatableResponse create(String coalition, String startsOn, String claims) {
        return given().contentType("application/json; charset=UTF-8").body("""
                {"title": "Talks", "kind": "BILATERAL", "format": "IN_PERSON", "status": "HELD", %s "timeZone": "America/New_York",
                 "coalitionId": "%s", "claims": %s}""".formatted(startsOn == null ? "" : "\"startsOn\": \"" + startsOn + "\",", coalition, claims))
                .post("/events").then();
    }

    private static final String DATE_CLAIMS = """
            [{"field": "startsOn", "value": "2025-08-18", "rank": "PREFERRED", "sources": [%s]},
             {"field": "startsOn", "value": "2023-08-18", "rank": "DEPRECATED", "note": "A year too early.", "sources": [%s]}]"""
            .formatted(ELYSEE, WRONG);

    @Test
    void aDateOneReportGetsWrongIsKeptDeprecatedAndTheDisputeSettled() {
        String id = create("claims-events", null, DATE_CLAIMS).statusCode(201)
                .body("startsOn", equalTo("2025-08-18"))
                .body("disputedFields", equalTo(List.of()))
                .body("claims.rank", equalTo(List.of("PREFERRED", "DEPRECATED")))
                .extract().path("id");
        given().queryParam("coalition", "claims-events").get("/disputes").then().statusCode(200)
                .body("items.recordType", equalTo(List.of("event")))
                .body("items[0].link", equalTo("/events/" + id))
                .body("items[0].field", equalTo("startsOn"))
                .body("items[0].settled", equalTo(true))
                .body("items[0].value", equalTo("2025-08-18"));
        given().get("/events/" + id + "/history").then().body("items[0].state.claims[1].value", equalTo("2023-08-18"));

        String wrong = given().queryParam("coalition", "claims-events").get("/sources").then().statusCode(200)
                .body("items.title", equalTo(List.of("A report a year off", "Élysée statement")))
                .body("items.claims", equalTo(List.of(1, 1)))
                .extract().path("items[0].id");
        given().get("/sources/" + wrong + "/citations").then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.rank", equalTo("DEPRECATED"));
    }

    @Test
    void aStartThatContradictsItsClaimsOrABadClaimedDateIsRefusedAndNothingWritten() {
        long before = given().get("/events").then().extract().<Integer>path("total");
        create("claims-events-bad", "2023-08-18", DATE_CLAIMS).statusCode(422).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("startsOn")));
        create("claims-events-bad", "2025-08-18", "[{\"field\": \"startsOn\", \"value\": \"2025-02-30\", \"sources\": [" + ELYSEE + "]}]")
                .statusCode(422).body("errors.field", equalTo(List.of("claims[0].value")));
        create("claims-events-bad", "2025-08-18", "[{\"field\": \"kind\", \"value\": \"PICNIC\", \"sources\": [" + ELYSEE + "]}]")
                .statusCode(422).body("errors.field", equalTo(List.of("claims[0].value")));
        create("claims-events-bad", "2025-08-18", "[{\"field\": \"startsOn\", \"value\": \"2023-08-18\", \"rank\": \"DEPRECATED\", \"sources\": ["
                + WRONG + "]}]").statusCode(422).body("errors.field", equalTo(List.of("claims[0].note")));
        // The service's own plausibility rule for dates (@YearBetween) holds for a claimed value as for the field.
        create("claims-events-bad", "2025-08-18", "[{\"field\": \"startsOn\", \"value\": \"3025-08\", \"rank\": \"DEPRECATED\", "
                + "\"note\": \"A typo.\", \"sources\": [" + WRONG + "]}]").statusCode(422)
                .body("errors.field", equalTo(List.of("claims[0].value"))).body("errors[0].message", equalTo("must be between 1800 and 2999"));
        create("claims-events-bad", "1025", "[]").statusCode(422).body("errors.field", equalTo(List.of("startsOn")))
                .body("errors[0].message", equalTo("must be between 1800 and 2999"));
        create("claims-events-bad", "2025-08-18", "[{\"field\": \"startsAt\", \"value\": \"1700-08-18T10:00:00-04:00\", "
                + "\"sources\": [" + ELYSEE + "]}]").statusCode(422).body("errors.field", equalTo(List.of("claims[0].value")));
        given().get("/events").then().body("total", equalTo((int) before));
    }

    @Test
    void aPatchKeepsTheClaimsAndMayReplaceThem() {
        String id = create("claims-events-patch", "2025-08-18", "[]").statusCode(201).body("claims", equalTo(List.of())).extract().path("id");
        given().contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", "\"0\"").body("{\"claims\": " + DATE_CLAIMS + "}")
                .patch("/events/" + id).then().statusCode(200).body("claims.value", equalTo(List.of("2025-08-18", "2023-08-18")));
        given().contentType("application/merge-patch+json").header("If-Match", "\"1\"").body("{\"summary\": \"Held.\"}")
                .patch("/events/" + id).then().statusCode(200).body("claims", org.hamcrest.Matchers.hasSize(2));
        given().contentType("application/merge-patch+json").header("If-Match", "\"2\"").body("{\"startsOn\": \"2023-08-18\"}")
                .patch("/events/" + id).then().statusCode(422).body("errors.field", hasItem("startsOn"))
                .body("errors[0].message", containsString("2025-08-18"));
    }

    @Test
    void aParticipantsClaimsArePartOfTheEventAndListedByTheirOwnType() {
        String id = create("claims-participants", "2025-08-18", "[]").statusCode(201).extract().path("id");
        given().contentType("application/json; charset=UTF-8").header("If-Match", "\"0\"").body("""
                {"role": "PARTICIPANT", "attendance": "IN_PERSON",
                 "claims": [{"field": "attendance", "value": "IN_PERSON", "sources": [%s]},
                            {"field": "attendance", "value": "VIRTUAL", "sources": [%s]}]}""".formatted(ELYSEE, WRONG))
                .put("/events/" + id + "/participants/FR").then().statusCode(201)
                .body("disputedFields", equalTo(List.of("attendance")))
                .body("claims.value", equalTo(List.of("IN_PERSON", "VIRTUAL")));
        given().get("/events/" + id).then().body("participants[0].claims", org.hamcrest.Matchers.hasSize(2))
                .body("participants[0].disputedFields", equalTo(List.of("attendance")));
        given().get("/events/" + id + "/history").then().body("items[1].changedFields", hasItem("participants"))
                .body("items[1].state.participants[0].claims[1].value", equalTo("VIRTUAL"));
        given().queryParam("coalition", "claims-participants").queryParam("recordType", "participant").get("/disputes").then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(id + "/FR")))
                .body("items[0].link", equalTo("/events/" + id + "/participants/FR"))
                .body("items[0].settled", equalTo(false))
                .body("items[0].value", equalTo("IN_PERSON"));
        // A tie goes to the value claimed first: VIRTUAL given as the field contradicts it.
        given().contentType("application/json; charset=UTF-8").header("If-Match", "\"1\"").body("""
                {"role": "PARTICIPANT", "attendance": "VIRTUAL",
                 "claims": [{"field": "attendance", "value": "IN_PERSON", "sources": [%s]},
                            {"field": "attendance", "value": "VIRTUAL", "sources": [%s]}]}""".formatted(ELYSEE, WRONG))
                .put("/events/" + id + "/participants/FR").then().statusCode(422).body("errors.field", equalTo(List.of("attendance")));
    }
}
