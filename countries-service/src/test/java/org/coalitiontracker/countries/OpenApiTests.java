package org.coalitiontracker.countries;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.coalitiontracker.testing.EmbeddedPostgresResource;
import org.coalitiontracker.testing.OpenApiAudit;
import org.coalitiontracker.testing.SwaggerUiPage;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class OpenApiTests {

    @Test
    void everyOperationParameterFieldAndBodyIsDocumented() {
        String document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
        assertEquals(List.of(), OpenApiAudit.gaps(document));
    }

    @Test
    void swaggerUiOffersAllThreeServicesAndOpensWithThisOne() {
        String page = given().get("/q/swagger-ui/").then().statusCode(200).extract().asString();
        assertEquals(SwaggerUiPage.SUITE_SPECS, SwaggerUiPage.specs(page));
        assertEquals(Optional.of("countries-service"), SwaggerUiPage.primary(page));
    }

    /** The CORS allow-list is the kit's, the same in every service: the suite's own pages may call, others may not. */
    @Test
    void browsersMayCallFromTheSuitesSwaggerUiPagesOnly() {
        given().header("Origin", "http://localhost:8081").header("Access-Control-Request-Method", "PUT")
                .options("/coalitions/any").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:8081")
                .header("Access-Control-Expose-Headers", containsString("ETag"));
        given().header("Origin", "https://elsewhere.example").header("Access-Control-Request-Method", "PUT")
                .options("/coalitions/any").then().statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
    }
}
