package org.coalitiontracker.commitments;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;

import org.coalitiontracker.testing.OwnerStubResource;
import org.coalitiontracker.testing.ReadCopySeeds;
import org.coalitiontracker.testing.EmbeddedPostgresResource;
import org.coalitiontracker.testing.KafkaBrokerResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OwnerStubResource.class, scope = TestResourceScope.GLOBAL)
class CommitmentResourceTests {

    private static final String DEFAULT_DESCRIPTION = "Troops for a reassurance force in Ukraine once a ceasefire holds";
    private static final String UPDATED_DESCRIPTION = "A limited ground presence focused on logistics";
    private static final int DEFAULT_PERSONNEL = 2000;
    private static final int UPDATED_PERSONNEL = 2500;

    @Test
    void createReadReplacePatchDelete() {
        ReadCopySeeds.activeMembers("crud-coalition", "FR");
        String location = given().contentType(ContentType.JSON).body(CommitmentJson.groundForces("crud-coalition").json())
                .when().post("/commitments")
                .then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("id", notNullValue())
                .body("countryCode", equalTo("FR"))
                .body("coalitionId", equalTo("crud-coalition"))
                .body("category", equalTo("GROUND_FORCES"))
                .body("status", equalTo("PLEDGED"))
                .body("description", equalTo(DEFAULT_DESCRIPTION))
                .body("personnel", equalTo(DEFAULT_PERSONNEL))
                .body("conditions", equalTo(List.of("US_BACKSTOP", "CEASEFIRE")))
                .body("stationedIn", equalTo("UA"))
                .body("announcedOn", equalTo("2025-09-04"))
                .body("sources[0].publisher", equalTo("Élysée Palace"))
                .body("version", equalTo(0))
                .body("createdAt", notNullValue())
                .body("amount", nullValue())
                .extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);

        given().when().get(location)
                .then().statusCode(200).header("ETag", "\"0\"").body("id", equalTo(id)).body("description", equalTo(DEFAULT_DESCRIPTION));

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(CommitmentJson.groundForces("crud-coalition").text("description", UPDATED_DESCRIPTION)
                        .without("conditions").without("conditionNote").json())
                .when().put("/commitments/" + id)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("description", equalTo(UPDATED_DESCRIPTION))
                .body("conditions", equalTo(List.of()))
                .body("conditionNote", nullValue())
                .body("version", equalTo(1));

        given().contentType("application/merge-patch+json").header("If-Match", "\"1\"")
                .body("{\"status\": \"CONFIRMED\", \"personnel\": %d, \"amount\": {\"amount\": \"120000000\", \"currency\": \"eur\"}}"
                        .formatted(UPDATED_PERSONNEL))
                .when().patch("/commitments/" + id)
                .then().statusCode(200).header("ETag", "\"2\"")
                .body("status", equalTo("CONFIRMED"))
                .body("personnel", equalTo(UPDATED_PERSONNEL))
                .body("amount.amount", equalTo("120000000.00"))
                .body("amount.currency", equalTo("EUR"))
                .body("description", equalTo(UPDATED_DESCRIPTION));

        given().contentType(ContentType.JSON).body("{\"personnel\": null, \"amount\": {\"amount\": \"99.5\"}}")
                .when().patch("/commitments/" + id)
                .then().statusCode(200).header("ETag", "\"3\"")
                .body("personnel", nullValue())
                .body("amount.amount", equalTo("99.50"))
                .body("amount.currency", equalTo("EUR"));

        given().header("If-Match", "\"3\"").when().delete("/commitments/" + id).then().statusCode(204);
        given().when().get("/commitments/" + id).then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:coalition-tracker:problem:not-found"))
                .body("instance", equalTo("/commitments/" + id));
        // The record keeps what it held: the history ends with the deletion.
        given().when().get("/commitments/" + id + "/history").then().statusCode(200)
                .body("items.operation[-1]", equalTo("DELETED")).body("items.version[-1]", equalTo(4));
    }

    @Test
    void codesAreStoredInUpperCaseAndTheServerAssignsTheId() {
        ReadCopySeeds.activeMembers("case-coalition", "GB");
        String id = CommitmentJson.groundForces("case-coalition").text("countryCode", "gb").text("stationedIn", "pl").create();
        given().get("/commitments/" + id).then().statusCode(200)
                .body("countryCode", equalTo("GB")).body("stationedIn", equalTo("PL"));
        given().contentType(ContentType.JSON).body(CommitmentJson.groundForces("case-coalition").text("id", id).json())
                .when().post("/commitments").then().statusCode(400).body("errors[0].field", equalTo("id"));
    }

    @Test
    void anUnchangedReplaceKeepsTheVersion() {
        ReadCopySeeds.activeMembers("unchanged-coalition", "NO");
        CommitmentJson body = CommitmentJson.financing("unchanged-coalition");
        String id = body.create();
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body.json())
                .when().put("/commitments/" + id)
                .then().statusCode(200).header("ETag", "\"0\"").body("amount.amount", equalTo("1500000.00"));
        given().contentType(ContentType.JSON).body(body.copy().raw("amount", "{\"amount\": \"1500000\", \"currency\": \"EUR\"}").json())
                .when().put("/commitments/" + id)
                .then().statusCode(200).header("ETag", "\"0\"");
        given().get("/commitments/" + id + "/history").then().body("total", equalTo(1));
    }

    @Test
    void staleIfMatchIsRefusedAndNothingChanges() {
        ReadCopySeeds.activeMembers("stale-coalition", "FR");
        String id = CommitmentJson.groundForces("stale-coalition").create();
        String body = CommitmentJson.groundForces("stale-coalition").text("description", UPDATED_DESCRIPTION).json();
        given().contentType(ContentType.JSON).header("If-Match", "\"7\"").body(body)
                .when().put("/commitments/" + id)
                .then().statusCode(412).contentType("application/problem+json")
                .body("errors[0].field", equalTo("If-Match"));
        given().contentType(ContentType.JSON).header("If-Match", "W/\"0\"").body("{\"personnel\": 1}")
                .when().patch("/commitments/" + id).then().statusCode(412).contentType("application/problem+json");
        given().header("If-Match", "\"5\"").when().delete("/commitments/" + id).then().statusCode(412);
        given().contentType(ContentType.JSON).header("If-Match", "\"1\", \"0\"").body(body)
                .when().put("/commitments/" + id).then().statusCode(200).header("ETag", "\"1\"");
        given().header("If-Match", "*").when().delete("/commitments/" + id).then().statusCode(204);
    }

    @Test
    void unknownIdsAreNotFound() {
        String missing = "3f1c0a52-6f0e-4d7e-9a51-0d7f3b7e2c11";
        given().get("/commitments/" + missing).then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
        given().contentType(ContentType.JSON).body(CommitmentJson.groundForces("missing-coalition").json())
                .when().put("/commitments/" + missing).then().statusCode(404);
        given().contentType(ContentType.JSON).body("{\"personnel\": 1}").when().patch("/commitments/" + missing).then().statusCode(404);
        given().when().delete("/commitments/" + missing).then().statusCode(404);
        given().when().get("/commitments/" + missing + "/history").then().statusCode(404);
        given().get("/commitments/not-a-uuid").then().statusCode(404).contentType("application/problem+json");
        given().get("/commitments/not-a-uuid/history").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void theSummaryPathIsNotTakenForAnId() {
        given().queryParam("groupBy", "country").get("/commitments/summary").then().statusCode(200).body("groupBy", equalTo("country"));
        given().when().delete("/commitments/summary").then().statusCode(405).contentType("application/problem+json");
        given().get("/commitments").then().statusCode(200).contentType(ContentType.JSON);
    }
}
