package org.coalitiontracker.commitments;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import java.util.List;

import org.coalitiontracker.testing.OwnerStubResource;
import org.coalitiontracker.testing.ReadCopySeeds;
import org.coalitiontracker.testing.EmbeddedPostgresResource;
import org.coalitiontracker.testing.KafkaBrokerResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OwnerStubResource.class, scope = TestResourceScope.GLOBAL)
class CommitmentValidationTests {

    private static final String DEFAULT_COALITION = "validation-coalition";

    private static ValidatableResponse post(CommitmentJson body) {
        return post(body.json());
    }

    private static ValidatableResponse post(String body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/commitments").then();
    }

    private static ValidatableResponse rejected(CommitmentJson body, int status, String field) {
        return post(body).statusCode(status).contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("errors.field", hasItem(field));
    }

    private static CommitmentJson money(String amountJson) {
        return CommitmentJson.financing(DEFAULT_COALITION).raw("amount", amountJson);
    }

    @BeforeEach
    void membersOfTheDefaultCoalition() {
        ReadCopySeeds.activeMembers(DEFAULT_COALITION, "FR", "NO");
    }

    @Test
    void missingRequiredFieldsAreNamed() {
        post("{}").statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:coalition-tracker:problem:validation-failed"))
                .body("errors.field", hasItems("countryCode", "coalitionId", "category"));
        given().contentType(ContentType.JSON).when().post("/commitments").then().statusCode(422).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("null").when().post("/commitments").then().statusCode(422);
    }

    @Test
    void codesSlugsIdsAndDatesMustBeWellFormed() {
        rejected(CommitmentJson.groundForces(DEFAULT_COALITION).text("countryCode", "FRA"), 422, "countryCode");
        rejected(CommitmentJson.groundForces(DEFAULT_COALITION).text("countryCode", "F1"), 422, "countryCode");
        rejected(CommitmentJson.groundForces(DEFAULT_COALITION).text("stationedIn", "Ukraine"), 422, "stationedIn");
        rejected(CommitmentJson.groundForces("Coalition Of The Willing"), 422, "coalitionId");
        rejected(CommitmentJson.groundForces("x".repeat(65)), 422, "coalitionId");
        rejected(CommitmentJson.groundForces(DEFAULT_COALITION).text("announcedAtEventId", "paris-2025-09-04"), 422, "announcedAtEventId")
                .body("errors[0].message", containsString("UUID"));
        rejected(CommitmentJson.groundForces(DEFAULT_COALITION).text("announcedOn", "+100000-01-01"), 422, "announcedOn");
        rejected(CommitmentJson.groundForces(DEFAULT_COALITION).text("announcedOn", "04/09/2025"), 422, "announcedOn")
                .body("errors[0].message", containsString("a month (2025-02)"));
        rejected(CommitmentJson.groundForces(DEFAULT_COALITION).raw("announcedOn", "20250904"), 400, "announcedOn");
        rejected(CommitmentJson.groundForces(DEFAULT_COALITION).text("description", "x".repeat(4001)), 422, "description");
        rejected(CommitmentJson.groundForces(DEFAULT_COALITION).raw("sources", "[{\"url\": \"ftp://x\"}]"), 422, "sources[0].title");
    }

    @Test
    void personnelIsAWholeNumberOfZeroOrMore() {
        rejected(CommitmentJson.groundForces(DEFAULT_COALITION).raw("personnel", "-1"), 422, "personnel");
        rejected(CommitmentJson.groundForces(DEFAULT_COALITION).raw("personnel", "2.5"), 400, "personnel");
        rejected(CommitmentJson.groundForces(DEFAULT_COALITION).raw("personnel", "\"2000\""), 400, "personnel");
        rejected(CommitmentJson.groundForces(DEFAULT_COALITION).raw("personnel", "99999999999"), 400, "personnel");
        post(CommitmentJson.groundForces(DEFAULT_COALITION).raw("personnel", "0")).statusCode(201);
    }

    @Test
    void moneyIsAPositiveDecimalStringInAKnownCurrency() {
        rejected(money("{\"amount\": 1500000.00, \"currency\": \"EUR\"}"), 400, "amount.amount")
                .body("type", equalTo("urn:coalition-tracker:problem:malformed-body"));
        rejected(money("{\"amount\": 1500000, \"currency\": \"EUR\"}"), 400, "amount.amount");
        rejected(money("{\"amount\": \"1500000.00\", \"currency\": \"EURO\"}"), 422, "amount.currency");
        rejected(money("{\"amount\": \"1500000.00\", \"currency\": \"ZZZ\"}"), 422, "amount.currency");
        rejected(money("{\"amount\": \"1500000.00\", \"currency\": \"XAU\"}"), 422, "amount.currency");
        rejected(money("{\"amount\": \"1500000.005\", \"currency\": \"EUR\"}"), 422, "amount.amount")
                .body("errors[0].message", equalTo("has 3 decimal places but EUR allows at most 2"));
        rejected(money("{\"amount\": \"1500.5\", \"currency\": \"JPY\"}"), 422, "amount.amount")
                .body("errors[0].message", equalTo("has 1 decimal places but JPY allows none"));
        rejected(money("{\"amount\": \"-5.00\", \"currency\": \"EUR\"}"), 422, "amount.amount");
        rejected(money("{\"amount\": \"0.00\", \"currency\": \"EUR\"}"), 422, "amount.amount")
                .body("errors[0].message", equalTo("must be greater than zero"));
        rejected(money("{\"amount\": \"1e6\", \"currency\": \"EUR\"}"), 422, "amount.amount");
        rejected(money("{\"amount\": \"1,500,000\", \"currency\": \"EUR\"}"), 422, "amount.amount");
        rejected(money("{\"amount\": \"" + "9".repeat(16) + "\", \"currency\": \"EUR\"}"), 422, "amount.amount");
        rejected(money("{\"amount\": \"" + "9".repeat(1000) + "\", \"currency\": \"EUR\"}"), 422, "amount.amount");
        rejected(money("{\"currency\": \"EUR\"}"), 422, "amount.amount");
        // What a number parser might read, but the decimal-string rule does not allow.
        for (String amount : List.of("NaN", "Infinity", "0x10", "-0", "１０", "1\\u0000")) {
            rejected(money("{\"amount\": \"" + amount + "\", \"currency\": \"EUR\"}"), 422, "amount.amount");
        }
        rejected(money("{\"amount\": \"1\", \"currency\": \"' OR 1=1 --\"}"), 422, "amount.currency");
        rejected(money("\"1500000.00 EUR\""), 400, "amount");

        post(money("{\"amount\": \"" + "9".repeat(15) + ".99\", \"currency\": \"EUR\"}")).statusCode(201)
                .body("amount.amount", equalTo("9".repeat(15) + ".99"));
        post(money("{\"amount\": \"1500.250\", \"currency\": \"KWD\"}")).statusCode(201).body("amount.amount", equalTo("1500.250"));
        post(money("{\"amount\": \"250000000\", \"currency\": \"JPY\"}")).statusCode(201).body("amount.amount", equalTo("250000000"));
    }

    @Test
    void unknownEnumValuesAndFieldsAreMalformed() {
        rejected(CommitmentJson.groundForces(DEFAULT_COALITION).text("category", "TELEPORTATION"), 400, "category")
                .body("errors[0].message", containsString("GROUND_FORCES"));
        rejected(CommitmentJson.groundForces(DEFAULT_COALITION).text("status", "MAYBE"), 400, "status");
        rejected(CommitmentJson.groundForces(DEFAULT_COALITION).raw("conditions", "[\"NATO_ARTICLE_5\"]"), 400, "conditions[0]");
        rejected(CommitmentJson.groundForces(DEFAULT_COALITION).raw("conditions", "\"US_BACKSTOP\""), 400, "conditions");
        rejected(CommitmentJson.groundForces(DEFAULT_COALITION).raw("conditions", "[null]"), 422, "conditions");
        rejected(CommitmentJson.groundForces(DEFAULT_COALITION).raw("category", "3"), 400, "category");
        rejected(CommitmentJson.groundForces(DEFAULT_COALITION).raw("troops", "2000"), 400, "troops");
        rejected(CommitmentJson.groundForces(DEFAULT_COALITION).raw("description", "42"), 400, "description");
    }

    @Test
    void malformedBodiesAndWrongMediaTypesAreProblems() {
        post("{\"countryCode\": \"FR\", ").statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:coalition-tracker:problem:malformed-body"));
        post("[1, 2, 3]").statusCode(400).contentType("application/problem+json");
        post("{\"countryCode\": \"FR\"} trailing").statusCode(400);
        post("{\"countryCode\": \"FR\", \"countryCode\": \"GB\"}").statusCode(400);
        given().contentType(ContentType.TEXT).body(CommitmentJson.groundForces(DEFAULT_COALITION).json())
                .when().post("/commitments").then().statusCode(415).contentType("application/problem+json").body("status", equalTo(415));
        given().contentType(ContentType.XML).body("<commitment/>")
                .when().post("/commitments").then().statusCode(415).contentType("application/problem+json");
        post(CommitmentJson.groundForces(DEFAULT_COALITION).text("description", "x".repeat(1_100_000))).statusCode(413)
                .contentType("application/problem+json");
    }

    /** The kit decides whether unstorable text is malformed (400) or invalid (422); either way the field is named. */
    private static ValidatableResponse unstorable(String body, String field) {
        return given().contentType(ContentType.JSON).body(body).when().post("/commitments")
                .then().statusCode(anyOf(equalTo(400), equalTo(422))).contentType("application/problem+json")
                .body("errors[0].field", equalTo(field));
    }

    @Test
    void textThatCannotBeStoredIsRefused() {
        unstorable(CommitmentJson.groundForces(DEFAULT_COALITION).raw("description", "\"before\\u0000after\"").json(), "description");
        unstorable(CommitmentJson.groundForces(DEFAULT_COALITION).raw("sources", "[{\"title\": \"a\\u0000b\"}]").json(), "sources[0].title");
        unstorable(CommitmentJson.groundForces(DEFAULT_COALITION).raw("countryCode", "\"F\\u0000\"").json(), "countryCode");
        unstorable(CommitmentJson.groundForces(DEFAULT_COALITION).raw("description", "\"lone \\ud800 surrogate\"").json(), "description")
                .body("errors[0].message", containsString("surrogate"));
        unstorable(CommitmentJson.groundForces(DEFAULT_COALITION).raw("conditionNote", "\"reversed \\udc00\\ud800 pair\"").json(), "conditionNote");
        String id = CommitmentJson.groundForces(DEFAULT_COALITION).raw("description", "\"emoji \\ud83c\\uddfa\\ud83c\\udde6, RTL \\u202e, Türkiye\"")
                .create();
        given().get("/commitments/" + id).then().body("description", equalTo("emoji \ud83c\uddfa\ud83c\udde6, RTL \u202e, Türkiye"));
        given().contentType(ContentType.JSON).body("{\"description\": \"patched \\u0000\"}")
                .when().patch("/commitments/" + id).then().statusCode(anyOf(equalTo(400), equalTo(422)))
                .body("errors[0].field", equalTo("description"));
        given().get("/commitments/" + id).then().header("ETag", "\"0\"");
    }

    @Test
    void patchBodiesAreValidatedLikePut() {
        String id = CommitmentJson.financing(DEFAULT_COALITION).create();
        given().contentType(ContentType.JSON).body("{\"amount\": {\"currency\": \"JPY\"}}")
                .when().patch("/commitments/" + id)
                .then().statusCode(422).body("errors.field", hasItem("amount.amount"));
        given().contentType(ContentType.JSON).body("{\"countryCode\": null}")
                .when().patch("/commitments/" + id)
                .then().statusCode(422).body("errors.field", hasItem("countryCode"));
        given().contentType(ContentType.JSON).body("{\"personnel\": \"many\"}")
                .when().patch("/commitments/" + id).then().statusCode(400).body("errors[0].field", equalTo("personnel"));
        given().contentType(ContentType.JSON).body("[]").when().patch("/commitments/" + id).then().statusCode(400);
        given().contentType(ContentType.JSON).body("{\"personnel\": ").when().patch("/commitments/" + id).then().statusCode(400);
        given().contentType("application/json-patch+json").body("[{\"op\": \"remove\", \"path\": \"/amount\"}]")
                .when().patch("/commitments/" + id).then().statusCode(415).contentType("application/problem+json");
        given().get("/commitments/" + id).then().statusCode(200).header("ETag", "\"0\"").body("amount.amount", equalTo("1500000.00"));
    }
}
