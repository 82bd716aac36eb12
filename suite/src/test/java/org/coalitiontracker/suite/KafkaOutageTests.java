package org.coalitiontracker.suite;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;

/** Kafka down delays change events; it never fails or loses a write. */
class KafkaOutageTests {

    private static final String COALITION = "outage-coalition";
    private static final List<String> MEMBERS = List.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR",
            "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL");

    private static RunningSuite suite;

    @BeforeAll
    static void startSuite() throws InterruptedException {
        suite = RunningSuite.start();
    }

    @AfterAll
    static void stopSuite() {
        if (suite != null) {
            suite.close();
        }
    }

    @Test
    void writesSucceedWhileKafkaIsDownAndEveryEventArrivesWhenItReturns() throws InterruptedException {
        String countries = suite.url(SuiteService.COUNTRIES);
        String commitments = suite.url(SuiteService.COMMITMENTS);
        given().contentType(ContentType.JSON).body("{\"id\": \"%s\", \"name\": \"Outage\"}".formatted(COALITION))
                .post(countries + "/coalitions").then().statusCode(201);

        suite.stopKafka();
        for (String member : MEMBERS) {
            given().contentType(ContentType.JSON).body("{\"role\": \"MEMBER\", \"status\": \"ACTIVE\", \"joinedOn\": \"2025-03-02\"}")
                    .put(countries + "/coalitions/" + COALITION + "/members/" + member).then().statusCode(201);
        }
        // commitments-service's copy cannot have them yet: it asks countries-service, which answers.
        for (String member : MEMBERS.subList(0, 5)) {
            given().contentType(ContentType.JSON).body("""
                    {"countryCode": "%s", "coalitionId": "%s", "category": "TRAINING", "status": "PLEDGED"}""".formatted(member, COALITION))
                    .post(commitments + "/commitments").then().statusCode(201);
        }
        // Reads go on too: the service stays ready while Kafka is down.
        given().get(countries + "/q/health/ready").then().statusCode(200);

        suite.startKafka();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline && copied(commitments, "memberships") < MEMBERS.size() + 0L) {
            Thread.sleep(250);
        }
        assertEquals(MEMBERS.size(), copied(commitments, "memberships"), "memberships in commitments-service's copy");
        for (String member : MEMBERS.subList(0, 5)) {
            awaitCommitmentCount(countries, member);
        }
        // The backlog gauge is sampled about once a second, so it may trail the deliveries a little.
        long drained = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        Integer backlog;
        do {
            Thread.sleep(250);
            backlog = given().get(countries + "/q/health/ready").then().statusCode(200)
                    .extract().path("checks.find { it.name == 'change-events' }.data.outboxBacklog");
        } while (backlog != 0 && System.nanoTime() < drained);
        assertEquals(0, backlog, "countries-service's outbox backlog");
    }

    private static long copied(String service, String copy) {
        List<Integer> records = given().get(service + "/admin/read-copies").then().statusCode(200)
                .extract().path("findAll { it.readCopy == '" + copy + "' }.records");
        return records.isEmpty() ? 0 : records.get(0);
    }

    private static void awaitCommitmentCount(String countries, String member) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            Integer total = given().get(countries + "/coalitions/" + COALITION + "/members/" + member).then().statusCode(200)
                    .extract().path("commitmentSummary.total");
            if (total != null && total == 1) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(member + "'s commitment never reached countries-service's copy (total " + total + ")");
            }
            Thread.sleep(250);
        }
    }
}
