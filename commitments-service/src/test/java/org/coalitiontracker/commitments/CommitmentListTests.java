package org.coalitiontracker.commitments;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;

import org.coalitiontracker.testing.OwnerStubResource;
import org.coalitiontracker.testing.ReadCopySeeds;
import org.coalitiontracker.testing.EmbeddedPostgresResource;
import org.coalitiontracker.testing.KafkaBrokerResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OwnerStubResource.class, scope = TestResourceScope.GLOBAL)
class CommitmentListTests {

    private static final String PARIS_MEETING = "6a1f5f63-2b7c-4e54-9d0a-5d1a3c0e9f21";

    /** Five commitments in their own coalition; returns the ids by country. */
    private static Map<String, String> recordFive(String coalition) {
        ReadCopySeeds.activeMembers(coalition, "FR", "GB", "TR", "PL", "IT");
        ReadCopySeeds.event(PARIS_MEETING, "Coalition leaders meet in Paris");
        String fr = CommitmentJson.groundForces(coalition).text("announcedAtEventId", PARIS_MEETING).create();
        String gb = new CommitmentJson().text("countryCode", "GB").text("coalitionId", coalition).text("category", "AIR")
                .text("status", "CONFIRMED").raw("conditions", "[\"US_BACKSTOP\"]").text("announcedAtEventId", PARIS_MEETING)
                .text("announcedOn", "2025-09-04").create();
        String tr = new CommitmentJson().text("countryCode", "TR").text("coalitionId", coalition).text("category", "MARITIME")
                .text("status", "UNDER_CONSIDERATION").text("description", "Black Sea maritime security").text("announcedOn", "2025-03-27").create();
        String pl = new CommitmentJson().text("countryCode", "PL").text("coalitionId", coalition).text("category", "SUPPORT_FORCES_NEIGHBOURING")
                .text("status", "PLEDGED").text("stationedIn", "PL").create();
        String it = new CommitmentJson().text("countryCode", "IT").text("coalitionId", coalition).text("category", "TRAINING")
                .text("status", "WITHDRAWN").text("announcedOn", "2025-08-18").create();
        return Map.of("FR", fr, "GB", gb, "TR", tr, "PL", pl, "IT", it);
    }

    private static ValidatableResponse list(String coalition, Object... parameters) {
        var request = given().queryParam("coalition", coalition);
        for (int i = 0; i < parameters.length; i += 2) {
            if (parameters[i + 1] instanceof List<?> values) {
                request.queryParam((String) parameters[i], values);
            } else {
                request.queryParam((String) parameters[i], parameters[i + 1]);
            }
        }
        return request.when().get("/commitments").then().statusCode(200);
    }

    private static List<String> countries(String coalition, Object... parameters) {
        return list(coalition, parameters).extract().path("items.countryCode");
    }

    @Test
    void sortedByTheDayTheAnnouncementCountsFromThenCountryAndCategoryWithUndatedLast() {
        Map<String, String> ids = recordFive("list-order");
        // On one day, by country and then category, so that every install lists them alike; a month counts from its last day.
        String frenchAir = CommitmentJson.groundForces("list-order").text("category", "AIR").create();
        String turkishSeptember = new CommitmentJson().text("countryCode", "TR").text("coalitionId", "list-order").text("category", "TRAINING")
                .text("status", "PLEDGED").text("announcedOn", "2025-09").create();
        list("list-order").body("total", equalTo(7)).body("items.id", equalTo(List.of(ids.get("TR"), ids.get("IT"), frenchAir, ids.get("FR"),
                ids.get("GB"), turkishSeptember, ids.get("PL"))));
    }

    @Test
    void everyFilterNarrowsTheList() {
        String coalition = "list-filters";
        recordFive(coalition);
        assertEquals(List.of("FR"), countries(coalition, "country", "fr"));
        assertEquals(List.of("GB"), countries(coalition, "category", "air"));
        assertEquals(List.of("FR", "PL"), countries(coalition, "status", "PLEDGED"));
        assertEquals(List.of("IT"), countries(coalition, "status", "WITHDRAWN"));
        assertEquals(List.of("FR"), countries(coalition, "condition", "ceasefire"));
        assertEquals(2, countries(coalition, "condition", "US_BACKSTOP").size());
        assertEquals(List.of(), countries(coalition, "condition", "UN_MANDATE"));
        assertEquals(List.of("PL"), countries(coalition, "stationedIn", "pl"));
        assertEquals(2, countries(coalition, "event", PARIS_MEETING).size());
        assertEquals(List.of(), countries(coalition, "event", "00000000-0000-0000-0000-000000000000"));
        assertEquals(List.of("FR"), countries(coalition, "country", "FR", "category", "GROUND_FORCES", "condition", "US_BACKSTOP"));
        assertEquals(List.of(), countries(coalition, "country", "GB", "category", "GROUND_FORCES"));
        assertEquals(List.of(), countries("list-filters-none"));
    }

    /** `status` is the one filter that takes several values; any other repeated filter is refused, never read as its first value. */
    @Test
    void aRepeatedStatusMeansAnyOfThemAndAnyOtherRepeatedFilterIsABadRequest() {
        String coalition = "list-repeated";
        recordFive(coalition);
        assertEquals(List.of("FR", "GB", "PL"), countries(coalition, "status", List.of("PLEDGED", "confirmed")).stream().sorted().toList());
        assertEquals(List.of("TR", "IT"), countries(coalition, "status", List.of("UNDER_CONSIDERATION", "WITHDRAWN")));
        given().queryParam("coalition", coalition).queryParam("status", "PLEDGED", "SOMETIMES").get("/commitments")
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
        for (String single : List.of("country", "coalition", "category", "page")) {
            given().queryParam(single, "FR", "GB").get("/commitments")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("urn:coalition-tracker:problem:invalid-parameter"))
                    .body("errors[0].field", equalTo(single))
                    .body("detail", containsString("given 2 times; it takes one value"));
        }
        given().queryParam("groupBy", "country", "status").get("/commitments/summary")
                .then().statusCode(400).body("errors[0].field", equalTo("groupBy"));
    }

    @Test
    void withdrawnCommitmentsAreInThePlainListUnlessLeftOut() {
        String coalition = "list-withdrawn";
        recordFive(coalition);
        list(coalition).body("total", equalTo(5));
        list(coalition, "includeWithdrawn", "true").body("total", equalTo(5));
        list(coalition, "includeWithdrawn", "FALSE").body("total", equalTo(4)).body("items.countryCode", not(org.hamcrest.Matchers.hasItem("IT")));
        list(coalition, "includeWithdrawn", "false", "status", "withdrawn").body("total", equalTo(1));
    }

    @Test
    void updatedSinceFindsRecentChanges() {
        String coalition = "list-updated-since";
        Map<String, String> ids = recordFive(coalition);
        list(coalition, "updatedSince", "2000-01-01").body("total", equalTo(5));
        list(coalition, "updatedSince", "2999-01-01T00:00:00+02:00").body("total", equalTo(0));
        String updatedAt = given().get("/commitments/" + ids.get("TR")).then().extract().path("updatedAt");
        given().contentType("application/merge-patch+json").body("{\"status\": \"PLEDGED\"}").patch("/commitments/" + ids.get("TR"))
                .then().statusCode(200);
        String changedAt = given().get("/commitments/" + ids.get("TR")).then().extract().path("updatedAt");
        assertEquals(List.of("TR"), countries(coalition, "updatedSince", changedAt));
        list(coalition, "updatedSince", updatedAt).body("total", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
    }

    @Test
    void pagesCarryLinks() {
        String coalition = "list-pages";
        recordFive(coalition);
        list(coalition, "size", 2).body("total", equalTo(5)).body("size", equalTo(2)).body("items.size()", equalTo(2))
                .header("Link", containsString("rel=\"next\""))
                .header("Link", containsString("coalition=" + coalition));
        list(coalition, "size", 2, "page", 2).body("items.size()", equalTo(1)).body("page", equalTo(2))
                .header("Link", containsString("rel=\"prev\""));
        list(coalition, "size", 100000).body("size", equalTo(200));
    }

    @Test
    void unacceptableFilterValuesAreBadRequests() {
        Object[][] cases = {
                { "country", "FRA" }, { "country", "1" }, { "coalition", "Not A Slug" }, { "coalition", "x".repeat(65) },
                { "category", "TELEPORTATION" }, { "status", "maybe" }, { "condition", "NATO_ARTICLE_5" }, { "stationedIn", "Ukraine" },
                { "event", "paris" }, { "asOf", "yesterday" }, { "asOf", "2025-13-01" }, { "asOf", "+999999999-12-31" },
                { "includeWithdrawn", "yes" }, { "updatedSince", "soon" }, { "updatedSince", "+999999999-12-31T00:00:00Z" },
                { "page", "-1" }, { "size", "0" }, { "page", "first" } };
        for (Object[] bad : cases) {
            given().queryParam((String) bad[0], bad[1]).when().get("/commitments")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("urn:coalition-tracker:problem:invalid-parameter"))
                    .body("errors[0].field", equalTo(bad[0]));
        }
    }

    private static void assertEquals(Object expected, Object actual) {
        org.junit.jupiter.api.Assertions.assertEquals(expected, actual);
    }
}
