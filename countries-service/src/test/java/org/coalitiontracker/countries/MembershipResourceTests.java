package org.coalitiontracker.countries;

import static io.restassured.RestAssured.given;
import static org.coalitiontracker.countries.Fixtures.createCoalition;
import static org.coalitiontracker.countries.Fixtures.createCoalitionIfAbsent;
import static org.coalitiontracker.countries.Fixtures.member;
import static org.coalitiontracker.countries.Fixtures.putMember;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.coalitiontracker.testing.EmbeddedPostgresResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class MembershipResourceTests {

    private static final String DEFAULT_NOTES = "Co-leads the coalition with the United Kingdom.";
    private static final String UPDATED_NOTES = "Named by every source as a co-lead.";
    private static final String DEFAULT_BODY = """
            {"role": "LEAD", "status": "ACTIVE", "joinedOn": "2025-03-02",
             "stances": [{"topic": "GROUND_TROOPS_IN_UKRAINE", "position": "CONDITIONAL", "conditions": "Once a ceasefire holds",
                          "statedOn": "2025-09-04", "sources": [{"title": "Leaders meet in Paris", "publisher": "Élysée"}]}],
             "notes": "%s",
             "sources": [{"title": "Coalition leaders meet", "publisher": "Euronews", "url": "https://www.euronews.com/a", "publishedOn": "2025-09-04"}]}"""
            .formatted(DEFAULT_NOTES);
    private static final String UPDATED_BODY = """
            {"role": "MEMBER", "status": "WITHDRAWN", "joinedOn": "2025-03-02", "leftOn": "2025-10-01"}""";

    @Inject
    DataSource dataSource;

    @Test
    void putCreatesAMembershipThenReplacesIt() {
        createCoalition("members-crud");
        String location = given().contentType(ContentType.JSON).body(DEFAULT_BODY)
                .when().put("/coalitions/members-crud/members/fra")
                .then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("coalitionId", equalTo("members-crud"))
                .body("countryCode", equalTo("FR"))
                .body("countryName", equalTo("France"))
                .body("blocs", equalTo(List.of("EU", "NATO")))
                .body("role", equalTo("LEAD"))
                .body("status", equalTo("ACTIVE"))
                .body("joinedOn", equalTo("2025-03-02"))
                .body("leftOn", nullValue())
                .body("stances[0].topic", equalTo("GROUND_TROOPS_IN_UKRAINE"))
                .body("stances[0].position", equalTo("CONDITIONAL"))
                .body("stances[0].conditions", equalTo("Once a ceasefire holds"))
                .body("stances[0].statedOn", equalTo("2025-09-04"))
                .body("stances[0].sources[0].publisher", equalTo("Élysée"))
                .body("notes", equalTo(DEFAULT_NOTES))
                .body("sources[0].url", equalTo("https://www.euronews.com/a"))
                .body("version", equalTo(0))
                .body("createdAt", notNullValue())
                .extract().header("Location");
        org.hamcrest.MatcherAssert.assertThat(location, endsWith("/coalitions/members-crud/members/FR"));

        for (String code : List.of("FR", "fr", "FRA", "fRa")) {
            given().when().get("/coalitions/members-crud/members/{code}", code)
                    .then().statusCode(200).header("ETag", "\"0\"").body("countryCode", equalTo("FR")).body("notes", equalTo(DEFAULT_NOTES));
        }

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(UPDATED_BODY)
                .when().put("/coalitions/members-crud/members/FR")
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("role", equalTo("MEMBER"))
                .body("status", equalTo("WITHDRAWN"))
                .body("leftOn", equalTo("2025-10-01"))
                .body("stances", equalTo(List.of()))
                .body("notes", nullValue())
                .body("sources", equalTo(List.of()));

        given().contentType(ContentType.JSON).body(DEFAULT_BODY.replace(DEFAULT_NOTES, UPDATED_NOTES))
                .when().put("/coalitions/members-crud/members/fr")
                .then().statusCode(200).header("ETag", "\"2\"").body("notes", equalTo(UPDATED_NOTES));
        given().get("/coalitions/members-crud/members/FR").then().statusCode(200).header("ETag", "\"2\"").body("role", equalTo("LEAD"));
    }

    @Test
    void deleteRemovesTheMembership() {
        createCoalition("members-delete");
        putMember("members-delete", "GB", DEFAULT_BODY);
        given().header("If-Match", "\"0\"").when().delete("/coalitions/members-delete/members/gbr").then().statusCode(204);
        given().get("/coalitions/members-delete/members/GB").then().statusCode(404).contentType("application/problem+json");
        given().delete("/coalitions/members-delete/members/GB").then().statusCode(404).contentType("application/problem+json");
        given().get("/coalitions/members-delete").then().statusCode(200);
    }

    @Test
    void staleIfMatchIsRefusedAndNothingChanges() {
        createCoalition("members-stale");
        putMember("members-stale", "IT", DEFAULT_BODY);
        given().contentType(ContentType.JSON).header("If-Match", "\"7\"").body(UPDATED_BODY)
                .when().put("/coalitions/members-stale/members/IT")
                .then().statusCode(412).contentType("application/problem+json")
                .body("status", equalTo(412))
                .body("errors[0].field", equalTo("If-Match"));
        given().contentType(ContentType.JSON).header("If-Match", "W/\"0\"").body(UPDATED_BODY)
                .when().put("/coalitions/members-stale/members/IT").then().statusCode(412);
        given().header("If-Match", "\"3\"").when().delete("/coalitions/members-stale/members/IT").then().statusCode(412);
        given().get("/coalitions/members-stale/members/IT").then().statusCode(200).header("ETag", "\"0\"").body("role", equalTo("LEAD"));
    }

    @Test
    void ifMatchOnAMembershipThatDoesNotExistIsRefused() {
        createCoalition("members-none-to-match");
        for (String ifMatch : List.of("\"0\"", "*")) {
            given().contentType(ContentType.JSON).header("If-Match", ifMatch).body(DEFAULT_BODY)
                    .when().put("/coalitions/members-none-to-match/members/PL")
                    .then().statusCode(412).contentType("application/problem+json").body("errors[0].field", equalTo("If-Match"));
        }
        given().get("/coalitions/members-none-to-match/members/PL").then().statusCode(404);
    }

    @Test
    void anUnknownCoalitionIs404() {
        given().get("/coalitions/no-such-coalition/members").then().statusCode(404)
                .contentType("application/problem+json").body("type", equalTo("urn:coalition-tracker:problem:not-found"));
        given().get("/coalitions/no-such-coalition/members/FR").then().statusCode(404).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(DEFAULT_BODY).when().put("/coalitions/no-such-coalition/members/FR")
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
        given().delete("/coalitions/no-such-coalition/members/FR").then().statusCode(404).contentType("application/problem+json");
        given().get("/coalitions/Not A Slug/members").then().statusCode(404).contentType("application/problem+json");
    }

    @ParameterizedTest
    @CsvSource({ "ZZ, 'not an ISO 3166-1 country code'", "zzz, 'not an ISO 3166-1 country code'",
            "F, 'alpha-2 or alpha-3'", "FRAN, 'alpha-2 or alpha-3'", "F1, 'alpha-2 or alpha-3'", "'F R', 'alpha-2 or alpha-3'" })
    void anUnknownOrMalformedCountryIs422OnPutAnd404OnRead(String code, String message) {
        String coalition = "members-unknown-country";
        createCoalitionIfAbsent(coalition);
        given().contentType(ContentType.JSON).body(DEFAULT_BODY)
                .when().put("/coalitions/{id}/members/{code}", coalition, code)
                .then().statusCode(422).contentType("application/problem+json")
                .body("status", equalTo(422))
                .body("type", equalTo("urn:coalition-tracker:problem:rule-violated"))
                .body("errors[0].field", equalTo("countryCode"))
                .body("errors[0].message", containsString(message));
        given().get("/coalitions/{id}/members/{code}", coalition, code).then().statusCode(404).contentType("application/problem+json");
        given().delete("/coalitions/{id}/members/{code}", coalition, code).then().statusCode(404).contentType("application/problem+json");
        given().get("/coalitions/{id}/members", coalition).then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void leftOnBeforeJoinedOnIs422() {
        createCoalition("members-dates");
        given().contentType(ContentType.JSON).body(member("MEMBER", "WITHDRAWN", "2025-03-02", "2025-03-01"))
                .when().put("/coalitions/members-dates/members/DE")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:coalition-tracker:problem:rule-violated"))
                .body("errors[0].field", equalTo("leftOn"))
                .body("errors[0].message", containsString("2025-03-02"));
        given().get("/coalitions/members-dates/members/DE").then().statusCode(404);

        given().contentType(ContentType.JSON).body(member("MEMBER", "WITHDRAWN", "2025-03-02", "2025-03-02"))
                .when().put("/coalitions/members-dates/members/DE").then().statusCode(201);
        given().contentType(ContentType.JSON).body(member("MEMBER", "WITHDRAWN", null, "2025-03-02"))
                .when().put("/coalitions/members-dates/members/DE").then().statusCode(200);
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(member("MEMBER", "WITHDRAWN", "2025-04-01", "2025-03-02"))
                .when().put("/coalitions/members-dates/members/DE").then().statusCode(422).body("errors[0].field", equalTo("leftOn"));
        given().get("/coalitions/members-dates/members/DE").then().statusCode(200).header("ETag", "\"1\"").body("joinedOn", nullValue());
    }

    @Test
    void invalidFieldsAre422NamingEachField() {
        createCoalition("members-invalid");
        given().contentType(ContentType.JSON).body("""
                {"notes": "%s",
                 "stances": [{"conditions": "x"}, null],
                 "sources": [{"url": "ftp://example.org"}]}""".formatted("x".repeat(4001)))
                .when().put("/coalitions/members-invalid/members/ES")
                .then().statusCode(422).contentType("application/problem+json")
                .body("status", equalTo(422))
                .body("type", equalTo("urn:coalition-tracker:problem:validation-failed"))
                .body("errors.field", hasItem("status"))
                .body("errors.field", hasItem("notes"))
                .body("errors.field", hasItem("stances[0].topic"))
                .body("errors.field", hasItem("stances[0].position"))
                .body("errors.field", hasItem("stances[1]"))
                .body("errors.field", hasItem("sources[0].title"))
                .body("errors.field", hasItem("sources[0].url"));
        given().contentType(ContentType.JSON).when().put("/coalitions/members-invalid/members/ES")
                .then().statusCode(422).contentType("application/problem+json");
        given().get("/coalitions/members-invalid/members/ES").then().statusCode(404);
        // A date PostgreSQL cannot store is refused while the body is read, naming the field.
        given().contentType(ContentType.JSON).body("{\"role\": \"MEMBER\", \"status\": \"ACTIVE\", \"joinedOn\": \"+99999-01-01\"}")
                .when().put("/coalitions/members-invalid/members/ES")
                .then().statusCode(422).body("errors[0].field", equalTo("joinedOn"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"role\": \"LEAD\", \"status\": ",
            "{\"role\": \"LEAD\", \"status\": \"ACTIVE\"} trailing",
            "{\"role\": \"CHAIR\", \"status\": \"ACTIVE\"}",
            "{\"role\": \"LEAD\", \"status\": 1}",
            "{\"role\": \"LEAD\", \"status\": \"ACTIVE\", \"joinedOn\": 20250904}",
            "{\"role\": \"LEAD\", \"status\": \"ACTIVE\", \"joinedOn\": [2025, 9, 4]}",
            "{\"role\": \"LEAD\", \"status\": \"ACTIVE\", \"stances\": [{\"topic\": \"NAVAL\", \"position\": \"SUPPORTS\"}]}",
            "{\"role\": \"LEAD\", \"status\": \"ACTIVE\", \"stances\": {}}",
            "{\"role\": \"LEAD\", \"status\": \"ACTIVE\", \"notes\": 42}",
            "{\"role\": \"LEAD\", \"status\": \"ACTIVE\", \"colour\": \"blue\"}",
            "{\"role\": \"LEAD\", \"role\": \"MEMBER\", \"status\": \"ACTIVE\"}",
            "[]" })
    void malformedBodiesAre400(String body) {
        createCoalitionIfAbsent("members-malformed");
        given().contentType(ContentType.JSON).body(body)
                .when().put("/coalitions/members-malformed/members/PT")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("type", equalTo("urn:coalition-tracker:problem:malformed-body"));
    }

    @Test
    void wrongContentTypeIs415() {
        createCoalition("members-content-type");
        given().contentType(ContentType.TEXT).body(member("LEAD", "ACTIVE", null, null))
                .when().put("/coalitions/members-content-type/members/FR")
                .then().statusCode(415).contentType("application/problem+json").body("status", equalTo(415));
        given().get("/coalitions/members-content-type/members/FR").then().statusCode(404);
    }

    @Test
    void listIsSortedByCountryCodeAndPaged() {
        createMembersOf("members-list");
        given().when().get("/coalitions/members-list/members")
                .then().statusCode(200)
                .body("total", equalTo(6))
                .body("items.countryCode", equalTo(List.of("FR", "GB", "IT", "NO", "NZ", "TR")))
                .body("items[0].countryName", equalTo("France"))
                .body("items[0].blocs", equalTo(List.of("EU", "NATO")));
        given().queryParam("size", 4).when().get("/coalitions/members-list/members")
                .then().statusCode(200)
                .body("items.countryCode", equalTo(List.of("FR", "GB", "IT", "NO")))
                .header("Link", containsString("rel=\"next\""));
        given().queryParam("size", 4).queryParam("page", 1).when().get("/coalitions/members-list/members")
                .then().statusCode(200)
                .body("items.countryCode", equalTo(List.of("NZ", "TR")))
                .header("Link", containsString("rel=\"prev\""));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "role=lead                   | FR,GB",
            "role=OBSERVER               | NZ",
            "status=WITHDRAWN            | NO",
            "status=prospective          | TR",
            "bloc=EU                     | FR,IT",
            "bloc=NATO                   | FR,GB,IT,NO,TR",
            "asOf=2025-09-04             | FR,GB,IT,NZ",
            "asOf=2025-09-01             | FR,GB,IT",
            "asOf=2025-08-31             | FR,GB,IT,NO",
            "asOf=2025-03-02             | FR,GB,IT,NO",
            "asOf=2025-03-01             | ''",
            "role=LEAD&bloc=EU           | FR",
            "status=ACTIVE&asOf=2025-09-04 | FR,GB,IT,NZ",
            "updatedSince=2000-01-01     | FR,GB,IT,NO,NZ,TR",
            "updatedSince=2999-01-01T00:00:00+02:00 | ''" })
    void filtersNarrowTheList(String query, String expectedCodes) {
        createMembersOf("members-filter");
        List<String> expected = expectedCodes.isEmpty() ? List.of() : List.of(expectedCodes.split(","));
        given().when().get("/coalitions/members-filter/members?" + query)
                .then().statusCode(200)
                .body("items.countryCode", equalTo(expected))
                .body("total", equalTo(expected.size()));
    }

    @ParameterizedTest
    @CsvSource({ "role, CHAIR", "status, SOMETIMES", "bloc, ASEAN", "asOf, yesterday", "asOf, 2025-02-30", "asOf, +99999-01-01",
            "updatedSince, soon", "page, -1", "size, abc" })
    void badFilterValuesAre400(String name, String value) {
        createCoalitionIfAbsent("members-bad-filter");
        given().queryParam(name, value).when().get("/coalitions/members-bad-filter/members")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("type", equalTo("urn:coalition-tracker:problem:invalid-parameter"))
                .body("errors[0].field", equalTo(name));
    }

    @Test
    void deletingTheCoalitionDeletesItsMemberships() throws SQLException {
        createCoalition("members-cascade");
        putMember("members-cascade", "FR", DEFAULT_BODY);
        putMember("members-cascade", "GB", DEFAULT_BODY);
        assertEquals(2, membershipRows("members-cascade"));

        given().header("If-Match", "\"0\"").when().delete("/coalitions/members-cascade").then().statusCode(204);

        assertEquals(0, membershipRows("members-cascade"));
        given().get("/coalitions/members-cascade/members").then().statusCode(404);
        given().get("/coalitions/members-cascade/members/FR").then().statusCode(404);
        createCoalition("members-cascade");
        given().get("/coalitions/members-cascade/members").then().statusCode(200).body("total", equalTo(0));
    }

    /** FR, GB, IT: leads and a member since launch; NO left; NZ joined later; TR's joining date is unknown. */
    private static void createMembersOf(String coalition) {
        if (given().get("/coalitions/{id}", coalition).statusCode() == 200) {
            return;
        }
        Fixtures.createCoalition(coalition);
        putMember(coalition, "FR", member("LEAD", "ACTIVE", "2025-03-02", null));
        putMember(coalition, "GBR", member("LEAD", "ACTIVE", "2025-03-02", null));
        putMember(coalition, "it", member("MEMBER", "ACTIVE", "2025-03-02", null));
        putMember(coalition, "NO", member("MEMBER", "WITHDRAWN", "2025-03-02", "2025-09-01"));
        putMember(coalition, "NZ", member("OBSERVER", "ACTIVE", "2025-09-04", null));
        putMember(coalition, "TUR", member("PARTNER", "PROSPECTIVE", null, null));
    }

    private long membershipRows(String coalition) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count = connection.prepareStatement("select count(*) from membership where coalition_id = ?")) {
            count.setString(1, coalition);
            try (ResultSet result = count.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
