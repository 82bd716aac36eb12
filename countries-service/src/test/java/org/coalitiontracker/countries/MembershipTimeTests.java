package org.coalitiontracker.countries;

import static io.restassured.RestAssured.given;
import static org.coalitiontracker.countries.Fixtures.createCoalition;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Arrays;
import java.util.List;

import org.coalitiontracker.testing.EmbeddedPostgresResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * World time on coalitions and memberships: dates of the precision the sources give, the role
 * over time, stances superseded and kept, and {@code asOf} (alone and with {@code knownAt}).
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class MembershipTimeTests {

    private static ValidatableResponse put(String coalition, String country, String body) {
        return given().contentType(ContentType.JSON).body(body).put("/coalitions/" + coalition + "/members/" + country).then();
    }

    private static ValidatableResponse members(String coalition, Object... parameters) {
        var request = given();
        for (int i = 0; i < parameters.length; i += 2) {
            request.queryParam((String) parameters[i], parameters[i + 1]);
        }
        return request.get("/coalitions/" + coalition + "/members").then().statusCode(200);
    }

    @Test
    void aRoleChangedTodayLeavesEveryEarlierDayAsItWas() {
        String coalition = "time-role-today";
        createCoalition(coalition);
        put(coalition, "NO", """
                {"role": "MEMBER", "status": "ACTIVE", "joinedOn": "2025-03-02"}""").statusCode(201)
                .body("roleHistory", equalTo(List.of(java.util.Map.of("role", "MEMBER", "from", "2025-03-02"))));
        put(coalition, "NO", """
                {"role": "OBSERVER", "status": "ACTIVE", "joinedOn": "2025-03-02"}""").statusCode(200)
                .body("role", equalTo("OBSERVER"))
                .body("roleHistory.role", equalTo(List.of("MEMBER", "OBSERVER")))
                .body("roleHistory.from", equalTo(Arrays.asList("2025-03-02", null)));

        members(coalition, "asOf", "2025-03-27").body("items.role", equalTo(List.of("MEMBER")));
        members(coalition, "asOf", "2025-03-27", "role", "MEMBER").body("items.countryCode", equalTo(List.of("NO")));
        members(coalition, "asOf", "2025-03-27", "role", "OBSERVER").body("total", equalTo(0));
        members(coalition, "role", "OBSERVER").body("items.countryCode", equalTo(List.of("NO")));
        given().queryParam("asOf", "2025-03-27").get("/coalitions/" + coalition + "/members/NO").then().statusCode(200)
                .body("role", equalTo("MEMBER"));
        given().get("/coalitions/" + coalition + "/members/NO").then().body("role", equalTo("OBSERVER"));
    }

    @Test
    void aDatedRoleTimelineAndMonthDatesCountFromTheirLastDay() {
        String coalition = "time-role-dated";
        createCoalition(coalition);
        put(coalition, "FR", """
                {"status": "ACTIVE", "joinedOn": "2025-03",
                 "roleHistory": [{"role": "MEMBER", "from": "2025-03"}, {"role": "LEAD", "from": "2025-08-18", "note": "Co-lead"}]}""")
                .statusCode(201).body("role", equalTo("LEAD")).body("joinedOn", equalTo("2025-03"));

        // "Joined in March 2025" is not yet true on 15 March.
        members(coalition, "asOf", "2025-03-15").body("total", equalTo(0));
        given().queryParam("asOf", "2025-03-15").get("/coalitions/" + coalition + "/members/FR").then().statusCode(404)
                .body("detail", containsString("2025-03-15"));
        members(coalition, "asOf", "2025-03-31").body("items.role", equalTo(List.of("MEMBER")));
        members(coalition, "asOf", "2025-08-17").body("items.role", equalTo(List.of("MEMBER")));
        members(coalition, "asOf", "2025-08-18").body("items.role", equalTo(List.of("LEAD")));

        // Left "in October": still a member on 15 October, no longer on the 31st.
        put(coalition, "FR", """
                {"status": "WITHDRAWN", "joinedOn": "2025-03", "leftOn": "2025-10"}""").statusCode(200)
                .body("roleHistory.role", equalTo(List.of("MEMBER", "LEAD")));
        members(coalition, "asOf", "2025-10-15").body("items.countryCode", equalTo(List.of("FR")));
        members(coalition, "asOf", "2025-10-31").body("total", equalTo(0));
    }

    @Test
    void aSupersededStanceIsKeptAndAsOfBeforeItsReplacementShowsIt() {
        String coalition = "time-stances";
        createCoalition(coalition);
        put(coalition, "IT", """
                {"role": "MEMBER", "status": "ACTIVE", "joinedOn": "2025-03-02", "stances": [
                  {"topic": "GROUND_TROOPS_IN_UKRAINE", "position": "UNDECIDED", "statedOn": "2025-03"},
                  {"topic": "GROUND_TROOPS_IN_UKRAINE", "position": "OPPOSES", "statedOn": "2025-09-04"},
                  {"topic": "AIR_SUPPORT", "position": "CONDITIONAL", "statedOn": "2025-08-18", "conditions": "With a US backstop"}]}""")
                .statusCode(201)
                .body("stances.position", equalTo(List.of("UNDECIDED", "OPPOSES", "CONDITIONAL")))
                .body("stancesInForce.topic", equalTo(List.of("GROUND_TROOPS_IN_UKRAINE", "AIR_SUPPORT")))
                .body("stancesInForce.position", equalTo(List.of("OPPOSES", "CONDITIONAL")));

        given().queryParam("asOf", "2025-06-01").get("/coalitions/" + coalition + "/members/IT").then().statusCode(200)
                .body("stances.position", equalTo(List.of("UNDECIDED")))
                .body("stancesInForce.position", equalTo(List.of("UNDECIDED")));
        members(coalition, "asOf", "2025-09-03").body("items[0].stancesInForce.position", equalTo(List.of("UNDECIDED", "CONDITIONAL")));
        members(coalition, "asOf", "2025-09-04").body("items[0].stancesInForce.position", equalTo(List.of("OPPOSES", "CONDITIONAL")));

        // What did the record hold before the stances were written, about June?
        String created = given().get("/coalitions/" + coalition + "/members/IT/history").then().statusCode(200)
                .extract().path("items[0].recordedAt");
        given().queryParam("knownAt", created).queryParam("asOf", "2025-09-05").get("/coalitions/" + coalition + "/members/IT")
                .then().statusCode(200).header("ETag", "\"0\"").body("stancesInForce.position", equalTo(List.of("OPPOSES", "CONDITIONAL")));
    }

    @Test
    void theMemberListAsTheRecordHeldItDeletionsNotYetMadeAndCombinedWithAsOf() {
        String coalition = "time-known-at-list";
        createCoalition(coalition);
        put(coalition, "FR", """
                {"role": "MEMBER", "status": "ACTIVE", "joinedOn": "2025-03-02"}""").statusCode(201);
        put(coalition, "IT", """
                {"role": "MEMBER", "status": "ACTIVE", "joinedOn": "2025-09"}""").statusCode(201);
        put(coalition, "FR", """
                {"role": "LEAD", "status": "ACTIVE", "joinedOn": "2025-03-02"}""").statusCode(200);
        given().delete("/coalitions/" + coalition + "/members/IT").then().statusCode(204);
        String beforeTheChanges = java.time.Instant.parse(given().get("/coalitions/" + coalition + "/members/FR/history").then()
                .extract().<String>path("items[1].recordedAt")).minusNanos(1000).toString();

        members(coalition).body("items.countryCode", equalTo(List.of("FR"))).body("items[0].role", equalTo("LEAD"));
        members(coalition, "knownAt", beforeTheChanges).body("total", equalTo(2))
                .body("items.countryCode", equalTo(List.of("FR", "IT")))
                .body("items.role", equalTo(List.of("MEMBER", "MEMBER")))
                .body("items[0].version", equalTo(0));
        members(coalition, "knownAt", beforeTheChanges, "asOf", "2025-09-15").body("items.countryCode", equalTo(List.of("FR")));
        members(coalition, "knownAt", beforeTheChanges, "asOf", "2025-09-30").body("items.countryCode", equalTo(List.of("FR", "IT")));
        members(coalition, "knownAt", beforeTheChanges, "size", "1", "page", "1").body("total", equalTo(2))
                .body("items.countryCode", equalTo(List.of("IT")));
        members(coalition, "knownAt", java.time.Instant.now().toString(), "role", "LEAD").body("items.countryCode", equalTo(List.of("FR")));
        given().queryParam("knownAt", "2020-01-01").get("/coalitions/" + coalition + "/members").then().statusCode(404)
                .contentType("application/problem+json");
    }

    private static ValidatableResponse coalitions(Object... parameters) {
        var request = given().queryParam("q", "time-launch-list-");
        for (int i = 0; i < parameters.length; i += 2) {
            request.queryParam((String) parameters[i], parameters[i + 1]);
        }
        return request.get("/coalitions").then().statusCode(200);
    }

    @Test
    void theCoalitionListInWorldTimeAndAsTheRecordHeldIt() {
        String body = "{\"id\": \"%s\", \"name\": \"%s\", \"launchedOn\": %s}";
        for (String[] coalition : new String[][] {{"time-launch-list-a", "\"2025-02\""}, {"time-launch-list-b", "\"2025-03-06\""},
                {"time-launch-list-c", "null"}}) {
            given().contentType(ContentType.JSON).body(body.formatted(coalition[0], coalition[0], coalition[1])).post("/coalitions")
                    .then().statusCode(201);
        }
        String created = java.time.Instant.parse(given().get("/coalitions/time-launch-list-c/history").then()
                .extract().<String>path("items[0].recordedAt")).plusNanos(1000).toString();
        given().contentType("application/merge-patch+json").header("If-Match", "\"0\"").body("{\"launchedOn\": \"2025\"}")
                .patch("/coalitions/time-launch-list-b").then().statusCode(200);
        given().delete("/coalitions/time-launch-list-a").then().statusCode(204);

        // World time: "launched in February 2025" stands from its last day; an undated launch counts for no day.
        coalitions().body("items.id", equalTo(List.of("time-launch-list-b", "time-launch-list-c")));
        coalitions("asOf", "2025-12-30").body("total", equalTo(0));
        coalitions("asOf", "2025-12-31").body("items.id", equalTo(List.of("time-launch-list-b")));
        // Record time: before the change and the deletion, with the same filters and order.
        coalitions("knownAt", created).body("total", equalTo(3))
                .body("items.id", equalTo(List.of("time-launch-list-a", "time-launch-list-b", "time-launch-list-c")))
                .body("items.launchedOn", equalTo(Arrays.asList("2025-02", "2025-03-06", null)))
                .body("items.version", equalTo(List.of(0, 0, 0)));
        coalitions("knownAt", created, "asOf", "2025-02-27").body("total", equalTo(0));
        coalitions("knownAt", created, "asOf", "2025-02-28").body("items.id", equalTo(List.of("time-launch-list-a")));
        coalitions("knownAt", created, "asOf", "2025-03-06").body("items.id", equalTo(List.of("time-launch-list-a", "time-launch-list-b")));
        coalitions("knownAt", created, "size", "2", "page", "1").body("total", equalTo(3))
                .body("items.id", equalTo(List.of("time-launch-list-c")));
        coalitions("knownAt", java.time.Instant.now().toString()).body("items.id", equalTo(List.of("time-launch-list-b", "time-launch-list-c")))
                .body("items[0].launchedOn", equalTo("2025"));
        given().queryParam("knownAt", "2020-01-01").queryParam("q", "time-launch-list-").get("/coalitions").then().statusCode(200)
                .body("total", equalTo(0));
        given().queryParam("knownAt", "soon").get("/coalitions").then().statusCode(400).contentType("application/problem+json");
        given().queryParam("asOf", "2025-02").get("/coalitions").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aCoalitionLaunchedInAMonthKeepsThatPrecision() {
        given().contentType(ContentType.JSON).body("{\"id\": \"time-launched\", \"name\": \"Launched in February\", \"launchedOn\": \"2025-02\"}")
                .post("/coalitions").then().statusCode(201).body("launchedOn", equalTo("2025-02"));
        given().get("/coalitions/time-launched").then().body("launchedOn", equalTo("2025-02"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a month that does not exist       | joinedOn             | {"role": "MEMBER", "status": "ACTIVE", "joinedOn": "2025-13"}
            a day that does not exist         | leftOn               | {"role": "MEMBER", "status": "ACTIVE", "joinedOn": "2025", "leftOn": "2025-02-30"}
            left before joining began         | leftOn               | {"role": "MEMBER", "status": "ACTIVE", "joinedOn": "2025-03", "leftOn": "2025-02"}
            a stance on no such day           | stances[0].statedOn  | {"role": "MEMBER", "status": "ACTIVE", "stances": [{"topic": "OTHER", "position": "SUPPORTS", "statedOn": "2025-00"}]}
            a role timeline back in time      | roleHistory[1].from  | {"status": "ACTIVE", "roleHistory": [{"role": "MEMBER", "from": "2025-08"}, {"role": "LEAD", "from": "2025-08-18"}]}
            a step without a role             | roleHistory[0].role  | {"status": "ACTIVE", "roleHistory": [{"from": "2025-08"}]}
            neither role nor timeline         | role                 | {"status": "ACTIVE"}
            """)
    void aBadDateOrTimelineIsA422NamingTheFieldAndWritesNothing(String bad, String field, String body) {
        String coalition = "time-bad";
        Fixtures.createCoalitionIfAbsent(coalition);
        put(coalition, "DE", body).statusCode(422).contentType("application/problem+json").body("errors[0].field", equalTo(field));
        given().get("/coalitions/" + coalition + "/members/DE").then().statusCode(404);
        given().contentType(ContentType.JSON).body("{\"name\": \"x\", \"launchedOn\": \"2025-02-30\"}").put("/coalitions/" + coalition)
                .then().statusCode(422).body("errors[0].field", equalTo("launchedOn"));
    }
}
