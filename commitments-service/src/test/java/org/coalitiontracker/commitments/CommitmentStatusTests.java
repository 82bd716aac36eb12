package org.coalitiontracker.commitments;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
class CommitmentStatusTests {

    private static final List<String> STATUSES = List.of("UNDER_CONSIDERATION", "PLEDGED", "CONFIRMED", "DELIVERED", "WITHDRAWN");

    /** The documented table: which other statuses each status may change to. */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "UNDER_CONSIDERATION", Set.of("PLEDGED", "CONFIRMED", "DELIVERED", "WITHDRAWN"),
            "PLEDGED", Set.of("CONFIRMED", "DELIVERED", "WITHDRAWN"),
            "CONFIRMED", Set.of("DELIVERED", "WITHDRAWN"),
            "DELIVERED", Set.of(),
            "WITHDRAWN", Set.of("UNDER_CONSIDERATION", "PLEDGED"));

    private static String create(String status) {
        ReadCopySeeds.activeMembers("status-rules", "FR");
        return CommitmentJson.groundForces("status-rules").text("status", status).create();
    }

    @Test
    void everyChangeFollowsTheTableThroughPutAndPatch() {
        List<String> wrong = new ArrayList<>();
        for (String from : STATUSES) {
            for (String to : STATUSES) {
                boolean allowed = from.equals(to) || ALLOWED.get(from).contains(to);
                int expected = allowed ? 200 : 422;
                int viaPut = given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                        .body(CommitmentJson.groundForces("status-rules").text("status", to).json())
                        .when().put("/commitments/" + create(from)).then().extract().statusCode();
                int viaPatch = given().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                        .body("{\"status\": \"" + to + "\"}")
                        .when().patch("/commitments/" + create(from)).then().extract().statusCode();
                if (viaPut != expected || viaPatch != expected) {
                    wrong.add(from + " -> " + to + ": PUT " + viaPut + ", PATCH " + viaPatch + ", expected " + expected);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void aRefusedChangeNamesTheRuleAndWritesNothing() {
        String delivered = create("DELIVERED");
        given().contentType(ContentType.JSON).body("{\"status\": \"WITHDRAWN\", \"personnel\": 1}")
                .when().patch("/commitments/" + delivered)
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:coalition-tracker:problem:rule-violated"))
                .body("errors[0].field", equalTo("status"))
                .body("detail", containsString("DELIVERED is final"));
        given().get("/commitments/" + delivered).then().header("ETag", "\"0\"").body("personnel", equalTo(2000));
        given().get("/commitments/" + delivered + "/history").then().body("total", equalTo(1));

        given().contentType(ContentType.JSON).body("{\"status\": \"CONFIRMED\"}")
                .when().patch("/commitments/" + create("WITHDRAWN"))
                .then().statusCode(422).body("detail", containsString("re-pledge"))
                .body("errors[0].message", containsString("Allowed from WITHDRAWN: UNDER_CONSIDERATION, PLEDGED"));
        given().contentType(ContentType.JSON).body("{\"status\": \"PLEDGED\"}")
                .when().patch("/commitments/" + create("CONFIRMED"))
                .then().statusCode(422).body("detail", containsString("never back"));
    }

    @Test
    void aWithdrawnCommitmentComesBackByARePledge() {
        String id = create("CONFIRMED");
        for (String status : List.of("WITHDRAWN", "PLEDGED", "CONFIRMED", "DELIVERED")) {
            given().contentType(ContentType.JSON).body("{\"status\": \"" + status + "\"}")
                    .when().patch("/commitments/" + id).then().statusCode(200).body("status", equalTo(status));
        }
        given().get("/commitments/" + id + "/history").then()
                .body("items.state.status", equalTo(List.of("CONFIRMED", "WITHDRAWN", "PLEDGED", "CONFIRMED", "DELIVERED")));
        given().get("/commitments/" + id).then()
                .body("statusHistory.status", equalTo(List.of("CONFIRMED", "WITHDRAWN", "PLEDGED", "CONFIRMED", "DELIVERED")));
    }
}
