package org.coalitiontracker.countries;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import org.coalitiontracker.testing.EmbeddedPostgresResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class CoalitionResourceTests {

    private static final String DEFAULT_NAME = "Coalition of the Willing";
    private static final String UPDATED_NAME = "Coalition of the Willing (Paris–London)";

    private static String body(String id, String name) {
        return """
                {"id": "%s", "name": "%s", "description": "Security guarantees for Ukraine", "launchedOn": "2025-03-02",
                 "sources": [{"title": "Summit report", "publisher": "Euronews", "url": "https://www.euronews.com/a", "publishedOn": "2025-03-26",
                              "note": "formally launched in March 2025"}]}""".formatted(id, name);
    }

    @Test
    void idsSortByCodePointInTheListNowAndAtKnownAt() {
        for (String id : new String[] {"order-ab", "order-a-b", "order-a1"}) {
            given().contentType(ContentType.JSON).body("{\"id\": \"%s\", \"name\": \"%s\"}".formatted(id, id)).post("/coalitions")
                    .then().statusCode(201);
        }
        // A locale's collation would pass over the hyphen; code points put it before digits and letters.
        java.util.List<String> expected = java.util.List.of("order-a-b", "order-a1", "order-ab");
        given().queryParam("q", "order-a").get("/coalitions").then().statusCode(200).body("items.id", equalTo(expected));
        given().queryParam("q", "order-a").queryParam("knownAt", java.time.Instant.now().toString()).get("/coalitions").then()
                .statusCode(200).body("items.id", equalTo(expected));
    }

    @Test
    void createReadReplacePatchDelete() {
        String location = given().contentType(ContentType.JSON).body(body("cotw-crud", DEFAULT_NAME))
                .when().post("/coalitions")
                .then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("id", equalTo("cotw-crud"))
                .body("sources[0].note", equalTo("formally launched in March 2025"))
                .body("createdAt", notNullValue())
                .extract().header("Location");
        org.junit.jupiter.api.Assertions.assertTrue(location.endsWith("/coalitions/cotw-crud"), location);

        given().when().get("/coalitions/cotw-crud")
                .then().statusCode(200).header("ETag", "\"0\"").body("name", equalTo(DEFAULT_NAME));

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"name\": \"%s\", \"launchedOn\": \"2025-02-17\"}".formatted(UPDATED_NAME))
                .when().put("/coalitions/cotw-crud")
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("name", equalTo(UPDATED_NAME))
                .body("description", nullValue())
                .body("launchedOn", equalTo("2025-02-17"));

        given().contentType("application/merge-patch+json").header("If-Match", "\"1\"")
                .body("{\"description\": \"Around 30 countries\"}")
                .when().patch("/coalitions/cotw-crud")
                .then().statusCode(200).header("ETag", "\"2\"")
                .body("name", equalTo(UPDATED_NAME))
                .body("description", equalTo("Around 30 countries"));

        given().contentType(ContentType.JSON).body("{\"launchedOn\": null}")
                .when().patch("/coalitions/cotw-crud")
                .then().statusCode(200).body("launchedOn", nullValue()).body("description", equalTo("Around 30 countries"));

        given().header("If-Match", "\"3\"").when().delete("/coalitions/cotw-crud").then().statusCode(204);
        given().when().get("/coalitions/cotw-crud").then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:coalition-tracker:problem:not-found"))
                .body("instance", equalTo("/coalitions/cotw-crud"));
    }

    @Test
    void duplicateIdIsAConflict() {
        given().contentType(ContentType.JSON).body(body("cotw-dup", DEFAULT_NAME)).post("/coalitions").then().statusCode(201);
        given().contentType(ContentType.JSON).body(body("cotw-dup", UPDATED_NAME))
                .when().post("/coalitions")
                .then().statusCode(409).contentType("application/problem+json").body("status", equalTo(409));
        given().get("/coalitions/cotw-dup").then().body("name", equalTo(DEFAULT_NAME));
    }

    @Test
    void staleIfMatchIsRefusedAndNothingChanges() {
        given().contentType(ContentType.JSON).body(body("cotw-stale", DEFAULT_NAME)).post("/coalitions").then().statusCode(201);
        given().contentType(ContentType.JSON).header("If-Match", "\"7\"").body("{\"name\": \"x\"}")
                .when().put("/coalitions/cotw-stale")
                .then().statusCode(412).contentType("application/problem+json")
                .body("errors[0].field", equalTo("If-Match"));
        given().contentType(ContentType.JSON).header("If-Match", "W/\"0\"").body("{\"name\": \"x\"}")
                .when().patch("/coalitions/cotw-stale").then().statusCode(412);
        given().header("If-Match", "\"5\"").when().delete("/coalitions/cotw-stale").then().statusCode(412);
        given().get("/coalitions/cotw-stale").then().statusCode(200).header("ETag", "\"0\"").body("name", equalTo(DEFAULT_NAME));
    }

    @Test
    void invalidBodiesAreProblemsAndWriteNothing() {
        given().contentType(ContentType.JSON).body("{\"id\": \"Not A Slug\", \"name\": \"\", \"sources\": [{\"url\": \"ftp://x\"}]}")
                .when().post("/coalitions")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("id"))
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("sources[0].title"))
                .body("errors.field", hasItem("sources[0].url"));
        given().contentType(ContentType.JSON).body("{\"id\": \"cotw-bad\", \"name\": ")
                .when().post("/coalitions").then().statusCode(400).body("type", equalTo("urn:coalition-tracker:problem:malformed-body"));
        given().contentType(ContentType.JSON).body("{\"id\": \"cotw-bad\", \"name\": 42}")
                .when().post("/coalitions").then().statusCode(400).body("errors[0].field", equalTo("name"));
        // A date of reduced precision: text that is no such date is invalid (422), a number is no text at all (400).
        given().contentType(ContentType.JSON).body("{\"id\": \"cotw-bad\", \"name\": \"x\", \"launchedOn\": \"02/03/2025\"}")
                .when().post("/coalitions").then().statusCode(422)
                .body("errors[0].field", equalTo("launchedOn"))
                .body("errors[0].message", containsString("a month (2025-02)"));
        given().contentType(ContentType.JSON).body("{\"id\": \"cotw-bad\", \"name\": \"x\", \"launchedOn\": 2025}")
                .when().post("/coalitions").then().statusCode(400).body("errors[0].field", equalTo("launchedOn"));
        given().contentType(ContentType.JSON).body("{\"id\": \"cotw-bad\", \"name\": \"x\", \"colour\": \"blue\"}")
                .when().post("/coalitions").then().statusCode(400).body("errors[0].field", equalTo("colour"));
        given().contentType(ContentType.TEXT).body("id=cotw-bad")
                .when().post("/coalitions").then().statusCode(415).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{\"id\": \"cotw-bad\", \"name\": \"" + "x".repeat(1_100_000) + "\"}")
                .when().post("/coalitions").then().statusCode(413).contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .when().post("/coalitions").then().statusCode(422).contentType("application/problem+json");
        given().get("/coalitions/cotw-bad").then().statusCode(404);
    }

    @Test
    void nullSourcesAndDatesTheDatabaseCannotHoldAre422() {
        given().contentType(ContentType.JSON).body("{\"id\": \"cotw-null-source\", \"name\": \"x\", \"sources\": [null]}")
                .when().post("/coalitions")
                .then().statusCode(422).contentType("application/problem+json").body("errors[0].field", equalTo("sources[0]"));
        given().contentType(ContentType.JSON).body("{\"id\": \"cotw-far-future\", \"name\": \"x\", \"launchedOn\": \"+99999999-01-01\"}")
                .when().post("/coalitions")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("launchedOn"))
                .body("errors[0].message", containsString("between 0001 and 9999"));
        given().contentType(ContentType.JSON).body(body("cotw-null-source", DEFAULT_NAME)).post("/coalitions").then().statusCode(201);
        given().contentType(ContentType.JSON).body("{\"name\": \"x\", \"sources\": [null]}")
                .when().put("/coalitions/cotw-null-source").then().statusCode(422).body("errors[0].field", equalTo("sources[0]"));
        given().contentType("application/merge-patch+json").body("{\"launchedOn\": \"-0001-01-01\"}")
                .when().patch("/coalitions/cotw-null-source").then().statusCode(422).body("errors[0].field", equalTo("launchedOn"));
        given().get("/coalitions/cotw-null-source").then().statusCode(200).header("ETag", "\"0\"");
        given().get("/coalitions/cotw-far-future").then().statusCode(404);
    }

    @Test
    void listPagesWithLinksAndFilters() {
        for (int i = 0; i < 3; i++) {
            given().contentType(ContentType.JSON).body(body("paged-" + i, "Paged " + i)).post("/coalitions").then().statusCode(201);
        }
        given().queryParam("q", "paged").queryParam("size", 2)
                .when().get("/coalitions")
                .then().statusCode(200)
                .body("total", equalTo(3)).body("size", equalTo(2)).body("page", equalTo(0))
                .body("items.id", equalTo(java.util.List.of("paged-0", "paged-1")))
                .header("Link", containsString("rel=\"next\""));
        given().queryParam("q", "PAGED").queryParam("size", 2).queryParam("page", 1)
                .when().get("/coalitions")
                .then().statusCode(200)
                .body("items.id", equalTo(java.util.List.of("paged-2")))
                .header("Link", containsString("rel=\"prev\""));
        given().queryParam("size", 100000).get("/coalitions").then().statusCode(200).body("size", equalTo(200));
        given().queryParam("page", "first").get("/coalitions").then().statusCode(400).body("errors[0].field", equalTo("page"));
        given().queryParam("updatedSince", "yesterday").get("/coalitions").then().statusCode(400)
                .body("type", equalTo("urn:coalition-tracker:problem:invalid-parameter"));
        given().queryParam("q", "paged").queryParam("updatedSince", "2999-01-01").get("/coalitions").then().statusCode(200).body("total", equalTo(0));
    }

    /** Text that looks like an attack, or is odd Unicode, is still just text: stored and answered exactly as sent, and searchable. */
    @Test
    void oddButValidTextIsStoredExactlyAsSent() {
        String odd = "\u202Eevil\u202C 💣🇺🇦 e\u0301\u0301 Z̸̢a̴l̷g̸o ' OR '1'='1 \"; DROP TABLE coalition; -- ${jndi:x} \u200B\uFEFF";
        String json = odd.replace("\\", "\\\\").replace("\"", "\\\"");
        given().contentType(ContentType.JSON).body("{\"id\": \"odd-text\", \"name\": \"%s\", \"sources\": [{\"title\": \"%s\"}]}".formatted(json, json))
                .when().post("/coalitions").then().statusCode(201);
        given().contentType(ContentType.JSON).body("{\"role\": \"MEMBER\", \"status\": \"ACTIVE\", \"notes\": \"%s\"}".formatted(json))
                .when().put("/coalitions/odd-text/members/UA").then().statusCode(201);

        given().get("/coalitions/odd-text").then().statusCode(200).body("name", equalTo(odd)).body("sources[0].title", equalTo(odd));
        given().get("/coalitions/odd-text/members/UA").then().statusCode(200).body("notes", equalTo(odd));
        given().queryParam("q", odd).get("/coalitions").then().statusCode(200);
        given().queryParam("q", odd).get("/countries").then().statusCode(200).body("total", equalTo(0));
    }
}
