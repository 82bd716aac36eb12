package org.coalitiontracker.countries;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.coalitiontracker.testing.EmbeddedPostgresResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class HealthAndMetricsTests {

    private static final String DATABASE_CHECK = "Database connections health check";

    @Test
    void isReadyWithAWorkingDatabase() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(DATABASE_CHECK))
                .body("checks.find { it.name == '" + DATABASE_CHECK + "' }.status", equalTo("UP"));
    }

    @Test
    void isLive() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void servesPrometheusMetricsForHttpRequests() {
        given().get("/countries/FR").then().statusCode(200);
        given().accept("text/plain").when().get("/q/metrics")
                .then().statusCode(200)
                .contentType(containsString("text/plain; version=0.0.4"))
                .body(containsString("# TYPE http_server_requests_seconds"))
                .body(containsString("http_server_requests_seconds_count{"))
                .body(containsString("uri=\"/countries/{code}\""));
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .contentType(containsString("application/openmetrics-text"))
                .body(containsString("http_server_requests_seconds_count{"));
    }
}
