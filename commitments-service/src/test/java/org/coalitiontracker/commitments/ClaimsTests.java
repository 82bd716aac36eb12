package org.coalitiontracker.commitments;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.coalitiontracker.testing.EmbeddedPostgresResource;
import org.coalitiontracker.testing.KafkaBrokerResource;
import org.coalitiontracker.testing.OwnerStubResource;
import org.coalitiontracker.testing.ReadCopySeeds;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * Claims on commitments through HTTP: validated like the fields they claim, the field's value
 * following from them, {@code /disputes} and {@code /sources} answering from them.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OwnerStubResource.class, scope = TestResourceScope.GLOBAL)
class ClaimsTests {

    private static final String REUTERS = "{\"title\": \"Paris pledges\", \"publisher\": \"Reuters\", \"url\": \"https://example.org/reuters\"}";
    private static final String AP = "{\"title\": \"Troops for Ukraine\", \"publisher\": \"AP\", \"url\": \"https://example.org/ap\"}";
    private static final String FT = "{\"title\": \"A larger force\", \"publisher\": \"FT\"}";

    /** 2000 personnel in two reports, 2500 in one. */
    private static final String PERSONNEL_CLAIMS = """
            [{"field": "personnel", "value": 2000, "sources": [%s, %s]},
             {"field": "personnel", "value": 2500, "sources": [%s], "note": "Counts the support staff."}]""".formatted(REUTERS, AP, FT);

    private static ValidatableResponse post(CommitmentJson body) {
        return given().contentType(ContentType.JSON).body(body.json()).post("/commitments").then();
    }

    private static ValidatableResponse disputes(String coalition, Object... parameters) {
        var request = given().queryParam("coalition", coalition);
        for (int i = 0; i < parameters.length; i += 2) {
            request.queryParam((String) parameters[i], parameters[i + 1]);
        }
        return request.get("/disputes").then().statusCode(200);
    }

    @Test
    void disagreeingClaimsMarkTheFieldDisputedUntilOneIsPreferredAndLiveInTheHistory() {
        String coalition = "claims-personnel";
        ReadCopySeeds.activeMembers(coalition, "FR", "GB");
        String id = post(CommitmentJson.groundForces(coalition).without("personnel").raw("claims", PERSONNEL_CLAIMS)).statusCode(201)
                .body("personnel", equalTo(2000))
                .body("disputedFields", equalTo(List.of("personnel")))
                .body("claims", hasSize(2))
                .body("claims[0].rank", equalTo("NORMAL"))
                .body("claims[1].value", equalTo(2500))
                .extract().path("id");
        given().get("/commitments/" + id).then().statusCode(200)
                .body("claims[1].note", equalTo("Counts the support staff."))
                .body("claims[0].sources.publisher", equalTo(List.of("Reuters", "AP")));
        // A commitment whose claims agree is not disputed, and not in /disputes.
        post(CommitmentJson.groundForces(coalition).text("countryCode", "GB")
                .raw("claims", "[{\"field\": \"status\", \"value\": \"PLEDGED\", \"sources\": [" + FT + "]}]")).statusCode(201)
                .body("disputedFields", equalTo(List.of()));

        disputes(coalition).body("total", equalTo(1))
                .body("items[0].recordType", equalTo("commitment"))
                .body("items[0].id", equalTo(id))
                .body("items[0].link", equalTo("/commitments/" + id))
                .body("items[0].coalition", equalTo(coalition))
                .body("items[0].field", equalTo("personnel"))
                .body("items[0].settled", equalTo(false))
                .body("items[0].value", equalTo(2000))
                .body("items[0].claims.value", equalTo(List.of(2000, 2500)));
        disputes(coalition, "recordType", "commitment").body("total", equalTo(1));
        disputes(coalition, "settled", "true").body("total", equalTo(0));

        // Preferring one settles it; the field follows, and the dispute stays listed as settled.
        String settled = PERSONNEL_CLAIMS.replace("\"value\": 2500,", "\"value\": 2500, \"rank\": \"PREFERRED\",");
        given().contentType("application/merge-patch+json").header("If-Match", "\"0\"").body("{\"personnel\": null, \"claims\": " + settled + "}")
                .patch("/commitments/" + id).then().statusCode(200)
                .body("personnel", equalTo(2500))
                .body("disputedFields", equalTo(List.of()));
        disputes(coalition, "settled", "true").body("items.field", equalTo(List.of("personnel"))).body("items[0].value", equalTo(2500));
        disputes(coalition, "settled", "false").body("total", equalTo(0));
        given().get("/commitments/" + id + "/history").then().statusCode(200)
                .body("items[0].state.claims[1].rank", equalTo("NORMAL"))
                .body("items[0].state.disputedFields", equalTo(List.of("personnel")))
                .body("items[0].changedFields", hasItem("claims"))
                .body("items[1].state.claims[1].rank", equalTo("PREFERRED"))
                .body("items[1].changedFields", equalTo(List.of("claims", "disputedFields", "personnel")));

        CommitmentHistoryTests.writtenAt(id, 0, "2025-09-04T10:00:00Z");
        CommitmentHistoryTests.writtenAt(id, 1, "2025-10-01T10:00:00Z");
        given().queryParam("knownAt", "2025-09-05T00:00:00Z").get("/commitments/" + id).then().statusCode(200)
                .body("personnel", equalTo(2000))
                .body("claims[1].rank", equalTo("NORMAL"))
                .body("disputedFields", equalTo(List.of("personnel")));
        given().queryParam("coalition", coalition).queryParam("knownAt", "2025-09-05T00:00:00Z").get("/commitments").then().statusCode(200)
                .body("items.find { it.id == '%s' }.claims".formatted(id), hasSize(2));
    }

    @Test
    void aFieldThatContradictsItsClaimsIsRefusedAndNothingIsWritten() {
        String coalition = "claims-contradicted";
        ReadCopySeeds.activeMembers(coalition, "FR");
        post(CommitmentJson.groundForces(coalition).raw("personnel", "2500").raw("claims", PERSONNEL_CLAIMS)).statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("personnel")))
                .body("errors[0].message", containsString("2000"));
        // A value only deprecated claims give is not one the record may stand by.
        post(CommitmentJson.groundForces(coalition).text("status", "PLEDGED").raw("claims", """
                [{"field": "status", "value": "PLEDGED", "rank": "DEPRECATED", "note": "Misread a statement of intent.", "sources": [%s]}]"""
                .formatted(FT))).statusCode(422).body("errors.field", equalTo(List.of("status")));
        given().queryParam("coalition", coalition).get("/commitments").then().statusCode(200).body("total", equalTo(0));
        disputes(coalition).body("total", equalTo(0));

        // Standing by another value than the deprecated one is a settled dispute.
        post(CommitmentJson.groundForces(coalition).text("status", "UNDER_CONSIDERATION").raw("claims", """
                [{"field": "status", "value": "PLEDGED", "rank": "DEPRECATED", "note": "Misread a statement of intent.", "sources": [%s]}]"""
                .formatted(FT))).statusCode(201).body("disputedFields", equalTo(List.of()));
        disputes(coalition).body("items.field", equalTo(List.of("status"))).body("items[0].settled", equalTo(true));
    }

    @Test
    void eachBadClaimIsNamedAndNothingIsWritten() {
        String coalition = "claims-bad";
        ReadCopySeeds.activeMembers(coalition, "FR");
        post(CommitmentJson.groundForces(coalition).without("personnel").raw("claims", """
                [{"field": "personnel", "value": -5, "sources": [%1$s]},
                 {"field": "status", "value": "LAUNCHED", "sources": [%1$s]},
                 {"field": "announcedOn", "value": "2025-13", "sources": [%1$s]},
                 {"field": "stationedIn", "value": "Ukraine", "sources": [%1$s]},
                 {"field": "description", "value": "Other", "rank": "DEPRECATED", "sources": [%1$s]},
                 {"field": "troops", "value": 1, "sources": [%1$s]},
                 {"field": "conditionNote", "value": "a", "sources": [%1$s]},
                 {"field": "conditionNote", "value": "a", "sources": [%2$s]}]""".formatted(REUTERS, AP)))
                .statusCode(422).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("claims[0].value", "claims[1].value", "claims[2].value", "claims[3].value", "claims[4].note",
                        "claims[5].field", "claims[7].value")));
        // The shape of a claim is checked first, as every body's is.
        post(CommitmentJson.groundForces(coalition).raw("claims", "[{\"field\": \"personnel\", \"value\": 2000, \"sources\": []}]"))
                .statusCode(422).body("errors.field", equalTo(List.of("claims[0].sources")));
        post(CommitmentJson.groundForces(coalition).raw("claims", "[{\"field\": \"personnel\", \"value\": 2000, \"rank\": \"BEST\", \"sources\": ["
                + REUTERS + "]}]")).statusCode(400).contentType("application/problem+json");
        given().queryParam("coalition", coalition).get("/commitments").then().statusCode(200).body("total", equalTo(0));

        given().queryParam("recordType", "coalition").get("/disputes").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("commitment"));
        given().queryParam("settled", "maybe").get("/disputes").then().statusCode(400);
    }

    @Test
    void theSourcesAndWhatRestsOnThem() {
        String coalition = "claims-sources";
        ReadCopySeeds.activeMembers(coalition, "FR");
        String id = post(CommitmentJson.groundForces(coalition).raw("sources", "[" + REUTERS + "]")
                .raw("claims", "[{\"field\": \"status\", \"value\": \"PLEDGED\", \"sources\": [" + FT + "], \"note\": \"The only report of it.\"}]"))
                .statusCode(201).body("claims[0].sources", hasSize(1)).extract().path("id");

        List<String> titles = given().queryParam("coalition", coalition).get("/sources").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.records", equalTo(List.of(0, 1)))
                .body("items.claims", equalTo(List.of(1, 0)))
                .extract().path("items.title");
        assertEquals(List.of("A larger force", "Paris pledges"), titles);
        String ft = given().queryParam("coalition", coalition).get("/sources").then().extract().path("items[0].id");
        given().get("/sources/" + ft + "/citations").then().statusCode(200)
                .body("items.find { it.id == '%s' }.recordType".formatted(id), equalTo("commitment"))
                .body("items.find { it.id == '%s' }.field".formatted(id), equalTo("status"))
                .body("items.find { it.id == '%s' }.link".formatted(id), equalTo("/commitments/" + id))
                .body("items.find { it.id == '%s' }.value".formatted(id), equalTo("PLEDGED"));
        String reuters = given().queryParam("coalition", coalition).get("/sources").then().extract().path("items[1].id");
        given().get("/sources/" + reuters + "/citations").then().statusCode(200)
                .body("items.find { it.id == '%s' }.field".formatted(id), equalTo(null))
                .body("items.find { it.id == '%s' }.coalition".formatted(id), equalTo(coalition));
        given().get("/sources/no-such-source/citations").then().statusCode(404).contentType("application/problem+json");
    }
}
