package org.coalitiontracker.countries;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;

import org.coalitiontracker.testing.EmbeddedPostgresResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * Claims on coalitions and memberships through HTTP: validated like the fields they claim, the
 * field's value following from them, {@code /disputes} and {@code /sources} answering from them.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class ClaimsTests {

    private static final String REUTERS = "{\"title\": \"Leaders gather in London\", \"publisher\": \"Reuters\", \"url\": \"https://example.org/reuters\"}";
    private static final String AP = "{\"title\": \"A coalition forms\", \"publisher\": \"AP\", \"url\": \"https://example.org/ap\"}";
    private static final String BBC = "{\"title\": \"Who is in\", \"publisher\": \"BBC\", \"url\": \"https://example.org/bbc\"}";
    private static final String FT = "{\"title\": \"A March launch\", \"publisher\": \"FT\"}";

    private static final String LAUNCH_CLAIMS = """
            [{"field": "launchedOn", "value": "2025-02", "sources": [%s, %s, %s]},
             {"field": "launchedOn", "value": "2025-03", "sources": [%s], "note": "Dates it from the first planning meeting."},
             {"field": "reportedSize", "value": 30, "sources": [%s, %s]},
             {"field": "reportedSize", "value": 31, "sources": [%s]}]""".formatted(REUTERS, AP, BBC, FT, REUTERS, AP, BBC);

    private static ValidatableResponse create(String id, String extra) {
        return given().contentType(ContentType.JSON).body("{\"id\": \"%s\", \"name\": \"Claims %s\"%s}".formatted(id, id, extra))
                .post("/coalitions").then();
    }

    @Test
    void disagreeingClaimsMarkTheFieldDisputedAndGiveItTheValueMostSourcesGive() {
        create("claims-launch", ", \"claims\": " + LAUNCH_CLAIMS).statusCode(201)
                .body("launchedOn", equalTo("2025-02"))
                .body("disputedFields", equalTo(List.of("launchedOn", "reportedSize")))
                .body("claims", hasSize(4))
                .body("claims[0].rank", equalTo("NORMAL"))
                .body("claims[2].value", equalTo(30));
        given().get("/coalitions/claims-launch").then().body("claims[1].value", equalTo("2025-03"))
                .body("claims[1].note", equalTo("Dates it from the first planning meeting."));

        given().queryParam("coalition", "claims-launch").get("/disputes").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.field", equalTo(List.of("launchedOn", "reportedSize")))
                .body("items.settled", equalTo(List.of(false, false)))
                .body("items[0].recordType", equalTo("coalition"))
                .body("items[0].id", equalTo("claims-launch"))
                .body("items[0].link", equalTo("/coalitions/claims-launch"))
                .body("items[0].value", equalTo("2025-02"))
                .body("items[0].claims.value", equalTo(List.of("2025-02", "2025-03")))
                .body("items[1].value", equalTo(30));

        // Preferring one settles it; the field follows, and the dispute stays listed as settled.
        String settled = LAUNCH_CLAIMS.replace("\"value\": \"2025-03\", \"sources\"", "\"value\": \"2025-03\", \"rank\": \"PREFERRED\", \"sources\"");
        given().contentType("application/merge-patch+json").header("If-Match", "\"0\"").body("{\"launchedOn\": null, \"claims\": " + settled + "}")
                .patch("/coalitions/claims-launch").then().statusCode(200)
                .body("launchedOn", equalTo("2025-03"))
                .body("disputedFields", equalTo(List.of("reportedSize")));
        given().queryParam("coalition", "claims-launch").queryParam("settled", "true").get("/disputes").then().statusCode(200)
                .body("items.field", equalTo(List.of("launchedOn")));
        given().queryParam("coalition", "claims-launch").queryParam("settled", "false").get("/disputes").then().statusCode(200)
                .body("items.field", equalTo(List.of("reportedSize")));

        // Claims are part of the record: in its history and in what it held at an instant.
        given().get("/coalitions/claims-launch/history").then().statusCode(200)
                .body("items[0].state.claims[1].rank", equalTo("NORMAL"))
                .body("items[1].state.claims[1].rank", equalTo("PREFERRED"))
                .body("items[1].changedFields", hasItem("claims"));
    }

    @Test
    void aFieldThatContradictsItsClaimsIsRefused() {
        create("claims-contradicted", ", \"launchedOn\": \"2025-03\", \"claims\": " + LAUNCH_CLAIMS).statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("launchedOn")))
                .body("errors[0].message", containsString("\"2025-02\""));
        given().get("/coalitions/claims-contradicted").then().statusCode(404);
        // A value only deprecated claims give is not one the record may stand by.
        create("claims-contradicted", """
                , "launchedOn": "2025-03", "claims": [{"field": "launchedOn", "value": "2025-03", "rank": "DEPRECATED", "note": "A misreading.",
                  "sources": [%s]}]""".formatted(FT)).statusCode(422).body("errors.field", equalTo(List.of("launchedOn")));
        create("claims-contradicted", """
                , "launchedOn": "2025-02", "claims": [{"field": "launchedOn", "value": "2025-03", "rank": "DEPRECATED", "note": "A misreading.",
                  "sources": [%s]}]""".formatted(FT)).statusCode(201).body("disputedFields", equalTo(List.of()));
        given().queryParam("coalition", "claims-contradicted").get("/disputes").then()
                .body("items.field", equalTo(List.of("launchedOn"))).body("items[0].settled", equalTo(true))
                .body("items[0].value", equalTo(null));
    }

    @Test
    void eachBadClaimIsNamed() {
        create("claims-bad", """
                , "claims": [{"field": "launchedOn", "value": "2025-13", "sources": [%1$s]},
                             {"field": "foundedBy", "value": "x", "sources": [%1$s]},
                             {"field": "name", "value": "Other", "rank": "DEPRECATED", "sources": [%1$s]},
                             {"field": "reportedSize", "value": "thirty", "sources": [%1$s]},
                             {"field": "description", "value": "a", "rank": "PREFERRED", "sources": [%1$s]},
                             {"field": "description", "value": "b", "rank": "PREFERRED", "sources": [%1$s]},
                             {"field": "description", "value": "a", "sources": [%2$s]}]""".formatted(REUTERS, AP))
                .statusCode(422).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("claims[0].value", "claims[1].field", "claims[2].note", "claims[3].value", "claims[5].rank",
                        "claims[6].value")));
        // The shape of a claim is checked first, as every body's is.
        create("claims-bad", ", \"claims\": [{\"field\": \"launchedOn\", \"value\": \"2025\", \"sources\": []}, {\"field\": \"name\"}]")
                .statusCode(422).body("errors.field", equalTo(List.of("claims[0].sources", "claims[1].sources", "claims[1].value")));
        given().get("/coalitions/claims-bad").then().statusCode(404);
        create("claims-bad", ", \"claims\": [{\"field\": \"launchedOn\", \"value\": \"2025-02\", \"rank\": \"BEST\", \"sources\": [" + REUTERS + "]}]")
                .statusCode(400).contentType("application/problem+json");
        given().queryParam("recordType", "treaty").get("/disputes").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("coalition, membership"));
        given().queryParam("settled", "maybe").get("/disputes").then().statusCode(400);
    }

    @Test
    void aMembershipOnASingleReportAndTheSourcesItRestsOn() {
        create("claims-member", ", \"sources\": [" + REUTERS + "]").statusCode(201);
        given().contentType(ContentType.JSON).body("""
                {"role": "MEMBER", "status": "ACTIVE", "joinedOn": "2025-03",
                 "claims": [{"field": "status", "value": "ACTIVE", "sources": [%s], "note": "The only report naming it a member."}]}"""
                .formatted(FT)).put("/coalitions/claims-member/members/NZ").then().statusCode(201)
                .body("claims[0].sources", hasSize(1))
                .body("disputedFields", equalTo(List.of()));
        given().queryParam("coalition", "claims-member").get("/disputes").then().body("total", equalTo(0));
        given().queryParam("coalition", "claims-member").queryParam("recordType", "membership").get("/disputes").then().body("total", equalTo(0));

        List<String> titles = given().queryParam("coalition", "claims-member").get("/sources").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.records", equalTo(List.of(0, 1)))
                .body("items.claims", equalTo(List.of(1, 0)))
                .extract().path("items.title");
        org.junit.jupiter.api.Assertions.assertEquals(List.of("A March launch", "Leaders gather in London"), titles);
        String ft = given().queryParam("coalition", "claims-member").get("/sources").then().extract().path("items[0].id");
        given().get("/sources/" + ft + "/citations").then().statusCode(200)
                .body("items.recordType", hasItem("membership"))
                .body("items.find { it.id == 'claims-member/NZ' }.field", equalTo("status"))
                .body("items.find { it.id == 'claims-member/NZ' }.link", equalTo("/coalitions/claims-member/members/NZ"))
                .body("items.find { it.id == 'claims-member/NZ' }.value", equalTo("ACTIVE"));
        given().get("/sources/no-such-source/citations").then().statusCode(404).contentType("application/problem+json");
    }
}
