package org.coalitiontracker.commitments;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;

import org.coalitiontracker.testing.OwnerStubResource;
import org.coalitiontracker.testing.EmbeddedPostgresResource;
import org.coalitiontracker.testing.KafkaBrokerResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OwnerStubResource.class, scope = TestResourceScope.GLOBAL)
class HealthAndMetricsTests {

    @Test
    void readyIncludesTheDatabaseAndTheChangeEvents() {
        awaitReady();
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'change-events' }.data.kafkaReachable", equalTo(true))
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'Database connections health check' }.status", equalTo("UP"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    /** Just after start, Kafka is not yet known reachable and the read copies have not caught up: that takes a moment. */
    private static void awaitReady() {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!readyWithKafka() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static boolean readyWithKafka() {
        var response = given().get("/q/health/ready");
        return response.statusCode() == 200
                && Boolean.TRUE.equals(response.path("checks.find { it.name == 'change-events' }.data.kafkaReachable"));
    }

    @Test
    void metricsAreServedForPrometheus() {
        given().get("/commitments").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("# TYPE"))
                .body(containsString("http_server_requests_seconds_count{"))
                .body(containsString("uri=\"/commitments\""));
    }
}
