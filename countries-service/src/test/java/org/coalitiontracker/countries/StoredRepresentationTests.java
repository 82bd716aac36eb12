package org.coalitiontracker.countries;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.coalitiontracker.testing.EmbeddedPostgresResource;
import org.coalitiontracker.testing.StoredRepresentationCheck;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** GET one answers from the coalition's stored representation (kit.stored): the same bytes as loading the coalition. */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class StoredRepresentationTests {

    @Test
    void aCoalitionWithSourcesAndClaimsAnswersAsItsEntityDoes() {
        given().contentType(ContentType.JSON).body("""
                {"id": "stored-cotw", "name": "Coalition of the \\"willing\\", ünïcödé", "description": "Security guarantees\\nfor Ukraine",
                 "sources": [{"title": "Summit report", "publisher": "Euronews", "url": "https://www.euronews.com/a", "publishedOn": "2025-03-26"}],
                 "claims": [{"field": "launchedOn", "value": "2025-03-02", "sources": [{"title": "Summit report", "publisher": "Euronews"}]},
                            {"field": "launchedOn", "value": "2025-03", "sources": [{"title": "Planning", "publisher": "FT"}],
                             "note": "Dates it from the first planning meeting."}]}""")
                .post("/coalitions").then().statusCode(201);
        given().contentType("application/merge-patch+json").header("If-Match", "\"0\"").body("{\"description\": \"Changed\"}")
                .patch("/coalitions/stored-cotw").then().statusCode(200);
        given().get("/coalitions/stored-cotw").then().statusCode(200).header("ETag", "\"1\"").body("description", equalTo("Changed"))
                .body("disputedFields", equalTo(java.util.List.of("launchedOn")));
        StoredRepresentationCheck.answersAsTheEntityDoes(CountriesServiceContract.COALITIONS, "stored-cotw", "/coalitions/stored-cotw");
    }
}
