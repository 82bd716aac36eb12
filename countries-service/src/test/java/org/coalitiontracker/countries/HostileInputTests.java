package org.coalitiontracker.countries;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.coalitiontracker.countries.HostileRequests.HostileRequest;
import org.coalitiontracker.testing.EmbeddedPostgresResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Several hundred malformed and hostile requests against every endpoint: none may cause a 5xx,
 * every 4xx must be a problem whose {@code status} is the HTTP status, no write may succeed and
 * nothing may change in the database.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class HostileInputTests {

    private static final long SEED = 20_250_904L;
    private static final String FIXTURE = "hostile-fixture";
    private static final String DEFAULT_NAME = "Hostile fixture";
    private static final String ODD_BUT_VALID_TEXT = "\u202Eevil\u202C 💣🇺🇦 e\u0301\u0301 Z̸̢a̴l̷g̸o ' OR '1'='1 \"; DROP TABLE coalition; -- ${jndi:x} \u200B\uFEFF";

    @Inject
    DataSource dataSource;

    @Test
    void hostileRequestsAreRefusedAsProblemsAndChangeNothing() throws SQLException {
        createFixture();
        String before = databaseState();
        List<HostileRequest> requests = new HostileRequests(new Random(SEED), FIXTURE).all();
        assertTrue(requests.size() >= 300, "only " + requests.size() + " requests generated");

        List<String> failures = new ArrayList<>();
        for (HostileRequest request : requests) {
            String failure = check(request, send(request));
            if (failure != null) {
                failures.add(failure);
            }
        }

        assertEquals(List.of(), failures, failures.size() + " of " + requests.size() + " requests were mishandled");
        assertEquals(before, databaseState());
    }

    @ParameterizedTest
    @ValueSource(strings = { "\\u0000", "before\\u0000after", "\\ud800", "x\\udfff", "\\ud83d" })
    void textThatCannotBeStoredIsRefused(String escaped) throws SQLException {
        createFixture();
        String before = databaseState();
        given().contentType(ContentType.JSON).body("{\"id\": \"hostile-unstorable\", \"name\": \"" + escaped + "\"}")
                .when().post("/coalitions").then().statusCode(422).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{\"id\": \"hostile-unstorable\", \"name\": \"x\", \"sources\": [{\"title\": \"" + escaped + "\"}]}")
                .when().post("/coalitions").then().statusCode(422).contentType("application/problem+json");
        given().contentType("application/merge-patch+json").body("{\"description\": \"" + escaped + "\"}")
                .when().patch("/coalitions/" + FIXTURE).then().statusCode(422).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{\"role\": \"MEMBER\", \"status\": \"ACTIVE\", \"notes\": \"" + escaped + "\"}")
                .when().put("/coalitions/" + FIXTURE + "/members/PL").then().statusCode(422).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("""
                {"role": "MEMBER", "status": "ACTIVE", "stances": [{"topic": "OTHER", "position": "SUPPORTS", "conditions": "%s"}]}"""
                .formatted(escaped))
                .when().put("/coalitions/" + FIXTURE + "/members/PL").then().statusCode(422).contentType("application/problem+json");
        assertEquals(before, databaseState());
    }

    @Test
    void oddButValidTextIsStoredExactlyAsSent() {
        given().contentType(ContentType.JSON)
                .body("{\"id\": \"hostile-odd-text\", \"name\": \"%s\", \"sources\": [{\"title\": \"%s\"}]}".formatted(json(ODD_BUT_VALID_TEXT), json(ODD_BUT_VALID_TEXT)))
                .when().post("/coalitions").then().statusCode(201);
        given().contentType(ContentType.JSON)
                .body("{\"role\": \"MEMBER\", \"status\": \"ACTIVE\", \"notes\": \"%s\"}".formatted(json(ODD_BUT_VALID_TEXT)))
                .when().put("/coalitions/hostile-odd-text/members/UA").then().statusCode(201);

        given().get("/coalitions/hostile-odd-text").then().statusCode(200)
                .body("name", equalTo(ODD_BUT_VALID_TEXT))
                .body("sources[0].title", equalTo(ODD_BUT_VALID_TEXT));
        given().get("/coalitions/hostile-odd-text/members/UA").then().statusCode(200).body("notes", equalTo(ODD_BUT_VALID_TEXT));
        given().queryParam("q", ODD_BUT_VALID_TEXT).get("/coalitions").then().statusCode(200);
        given().queryParam("q", ODD_BUT_VALID_TEXT).get("/countries").then().statusCode(200).body("total", equalTo(0));
    }

    private static void createFixture() {
        if (given().get("/coalitions/" + FIXTURE).statusCode() == 404) {
            given().contentType(ContentType.JSON).body("{\"id\": \"%s\", \"name\": \"%s\"}".formatted(FIXTURE, DEFAULT_NAME))
                    .when().post("/coalitions").then().statusCode(201);
            given().contentType(ContentType.JSON).body(Fixtures.member("LEAD", "ACTIVE", "2025-03-02", null))
                    .when().put("/coalitions/" + FIXTURE + "/members/FR").then().statusCode(201);
        }
    }

    /** Sends path, query, content type and body exactly as generated. */
    private static final RestAssuredConfig AS_GENERATED = RestAssured.config()
            .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));

    private static Response send(HostileRequest request) {
        RequestSpecification spec = given().config(AS_GENERATED).urlEncodingEnabled(false);
        if (request.contentType() != null) {
            spec = spec.header("Content-Type", request.contentType());
        }
        if (request.ifMatch() != null) {
            spec = spec.header("If-Match", request.ifMatch());
        }
        if (request.body() != null) {
            // rest-assured sends form bodies only from a String
            spec = request.contentType() != null && request.contentType().startsWith("application/x-www-form-urlencoded")
                    ? spec.body(request.body())
                    : spec.body(request.body().getBytes(StandardCharsets.UTF_8));
        }
        return spec.request(request.method(), request.path() + (request.query() == null ? "" : "?" + request.query()));
    }

    /** What is wrong with the response, or null when it is as it must be. */
    private static String check(HostileRequest request, Response response) {
        int status = response.statusCode();
        String problem = null;
        if (status >= 500) {
            problem = "server error";
        } else if (request.isWrite() && status < 400) {
            problem = "a write succeeded";
        } else if (status >= 400) {
            String contentType = response.getContentType();
            if (contentType == null || !contentType.startsWith("application/problem+json")) {
                problem = "not a problem: " + contentType;
            } else if (!Integer.valueOf(status).equals(problemStatus(response))) {
                problem = "problem status differs";
            }
        }
        return problem == null ? null : status + " (" + problem + ") for " + request.describe() + " -> " + abbreviate(response.asString());
    }

    private static Object problemStatus(Response response) {
        try {
            return response.jsonPath().get("status");
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    private String databaseState() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("""
                        select (select count(*) from coalition), (select count(*) from membership),
                               (select version || ' ' || updated_at from coalition where id = '%s'),
                               (select string_agg(country_code || ' ' || version || ' ' || updated_at, ', ') from membership where coalition_id = '%s')"""
                        .formatted(FIXTURE, FIXTURE))) {
            result.next();
            return "coalitions=" + result.getLong(1) + " memberships=" + result.getLong(2) + " fixture=" + result.getString(3)
                    + " members=" + result.getString(4);
        }
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
