package org.coalitiontracker.kit.tests;

import static io.restassured.RestAssured.given;
import static org.coalitiontracker.kit.tests.WidgetCalls.TOPIC;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.coalitiontracker.kit.http.AdmissionControl;
import org.coalitiontracker.kit.problem.Problem;
import org.coalitiontracker.kit.problem.ProblemType;
import org.coalitiontracker.kit.tests.app.HeldRequests;
import org.coalitiontracker.testing.DatabaseFingerprint;
import org.coalitiontracker.testing.EmbeddedPostgresResource;
import org.coalitiontracker.testing.KafkaBrokerResource;
import org.coalitiontracker.testing.OutboxRows;
import org.coalitiontracker.testing.TopicReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * With its admission limit reached, the service refuses the next request at once with a 503
 * problem and {@code Retry-After}, writes nothing for a refused write, still answers health and
 * metrics, and admits requests again as soon as the ones in flight are answered.
 */
@QuarkusTest
@TestProfile(AdmissionControlTests.TwoInFlight.class)
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = HttpPortResource.class, scope = TestResourceScope.GLOBAL)
class AdmissionControlTests {

    private static final int LIMIT = 2;

    /** The kit's settings with a limit small enough for a test to fill with held requests. */
    public static class TwoInFlight implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("coalition.http.admission.max-in-flight", Integer.toString(LIMIT));
        }
    }

    @Inject
    HeldRequests held;

    @Inject
    AdmissionControl admission;

    @Inject
    DataSource dataSource;

    private final ExecutorService clients = Executors.newFixedThreadPool(LIMIT);

    @AfterEach
    void letGo() throws InterruptedException {
        held.releaseAll();
        clients.shutdown();
        clients.awaitTermination(30, TimeUnit.SECONDS);
    }

    @Test
    void overTheLimitTheNextRequestIs503WithRetryAfterWritesNothingAndHealthStillAnswers() throws Exception {
        String admittedLater = "admitted-after-the-storm";
        String shed = "shed-while-full";
        WidgetCalls.put(admittedLater, "before");
        OutboxRows.awaitEmpty();

        held.hold();
        List<Future<String>> inFlight = new ArrayList<>();
        for (int i = 0; i < LIMIT; i++) {
            inFlight.add(clients.submit(() -> given().get("/held").then().statusCode(200).extract().asString()));
        }
        Await.until(() -> assertEquals(LIMIT, held.waiting()));
        assertEquals(LIMIT, admission.inFlight());
        DatabaseFingerprint before = DatabaseFingerprint.of(dataSource);

        given().get("/widgets/" + admittedLater).then().statusCode(503)
                .header("Retry-After", "5")
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(ProblemType.SERVICE_UNAVAILABLE.typeUri()))
                .body("status", equalTo(503))
                .body("instance", equalTo("/widgets/" + admittedLater));
        given().contentType(ContentType.JSON).body("{\"name\": \"never stored\"}").put("/widgets/" + shed)
                .then().statusCode(503).header("Retry-After", "5").body("type", equalTo(ProblemType.SERVICE_UNAVAILABLE.typeUri()));
        given().contentType(ContentType.JSON).body("{\"name\": \"renamed while full\"}").put("/widgets/" + admittedLater)
                .then().statusCode(503);

        // Health and metrics are not counted against the limit: probes and scrapes answer during a storm.
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("admission_shed_total 3.0"))
                .body(containsString("admission_in_flight " + LIMIT + ".0"));

        // The refused writes wrote nothing: no row, no outbox row, no change event.
        assertEquals(before, DatabaseFingerprint.of(dataSource));
        assertEquals(0, OutboxRows.pending());
        assertEquals(List.of(), TopicReader.readAll(TOPIC, r -> shed.equals(r.key())));

        held.releaseAll();
        for (Future<String> request : inFlight) {
            assertEquals("released", request.get(30, TimeUnit.SECONDS));
        }
        Await.until(() -> assertEquals(0, admission.inFlight()));
        // Admitted again, and still nothing of the refused write.
        assertEquals(1, WidgetCalls.put(admittedLater, "after"));
        given().get("/widgets/" + shed).then().statusCode(404);
        given().get("/widgets/" + admittedLater).then().statusCode(200).body("name", equalTo("after"));
    }
}
