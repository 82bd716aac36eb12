package org.coalitiontracker.suite;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.coalitiontracker.testing.EventContracts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * The three services as one system: each started from its jar as its own process, against one
 * embedded PostgreSQL and a real Kafka broker, watching changes travel between them.
 */
class ChangeEventsAcrossServicesTests {

    private static final String COALITION = "coalition-of-the-willing";

    private static RunningSuite suite;
    private static String countries;
    private static String events;
    private static String commitments;

    @BeforeAll
    static void startSuite() throws InterruptedException {
        suite = RunningSuite.start();
        countries = suite.url(SuiteService.COUNTRIES);
        events = suite.url(SuiteService.EVENTS);
        commitments = suite.url(SuiteService.COMMITMENTS);
        given().contentType(ContentType.JSON).body("{\"id\": \"%s\", \"name\": \"Coalition of the Willing\"}".formatted(COALITION))
                .post(countries + "/coalitions").then().statusCode(201);
    }

    @AfterAll
    static void stopSuite() {
        if (suite != null) {
            suite.close();
        }
    }

    @Test
    void aMembershipJustCreatedCanCommitAtOnceAndANonMemberCannot() {
        given().contentType(ContentType.JSON).body("{\"role\": \"LEAD\", \"status\": \"ACTIVE\", \"joinedOn\": \"2025-02-17\"}")
                .put(countries + "/coalitions/" + COALITION + "/members/FR").then().statusCode(201);
        // No wait: if the copy has not caught up yet, commitments-service asks countries-service.
        given().contentType(ContentType.JSON).body(commitment("FR", null))
                .post(commitments + "/commitments").then().statusCode(201);

        given().contentType(ContentType.JSON).body(commitment("DE", null))
                .post(commitments + "/commitments").then().statusCode(422)
                .body("errors[0].field", equalTo("countryCode"));
    }

    @Test
    void participantsAndCommitmentsTravelToTheOtherServices() throws InterruptedException {
        given().contentType(ContentType.JSON).body("{\"role\": \"LEAD\", \"status\": \"ACTIVE\", \"joinedOn\": \"2025-02-17\"}")
                .put(countries + "/coalitions/" + COALITION + "/members/GB").then().statusCode(anyOf201or200());
        String event = given().contentType(ContentType.JSON).body("""
                {"title": "Coalition of the Willing leaders' meeting", "kind": "LEADERS_SUMMIT", "format": "HYBRID", "status": "HELD",
                 "startsAt": "2025-09-04T11:00:00+02:00", "timeZone": "Europe/Paris", "coalitionId": "%s",
                 "location": {"venue": "Élysée Palace", "city": "Paris", "countryCode": "FR"}}""".formatted(COALITION))
                .post(events + "/events").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body("{\"role\": \"CO_CHAIR\", \"attendance\": \"VIRTUAL\"}")
                .put(events + "/events/" + event + "/participants/GB").then().statusCode(201);

        // events-service learns from countries-service's events that GB is a member.
        await(() -> given().get(events + "/events/" + event + "/participants/GB").then().statusCode(200),
                r -> r.body("member", equalTo(true)));

        String commitment = given().contentType(ContentType.JSON).body(commitment("GB", event))
                .post(commitments + "/commitments").then().statusCode(201).extract().path("id");

        // events-service lists it among what was announced there; countries-service counts it for the member.
        await(() -> given().get(events + "/events/" + event + "/commitments").then().statusCode(200),
                r -> r.body("items.id", hasItem(commitment)));
        await(() -> given().get(countries + "/coalitions/" + COALITION + "/members/GB").then().statusCode(200),
                r -> r.body("commitmentSummary.byCategory.GROUND_FORCES", equalTo(1)).body("events[0].eventId", equalTo(event)));
        // and commitments-service shows the event's title from its copy.
        await(() -> given().get(commitments + "/commitments/" + commitment).then().statusCode(200),
                r -> r.body("eventTitle", equalTo("Coalition of the Willing leaders' meeting")));
    }

    @Test
    void aRebuiltReadCopyEqualsItsSource() throws InterruptedException {
        given().contentType(ContentType.JSON).body("{\"role\": \"MEMBER\", \"status\": \"ACTIVE\", \"joinedOn\": \"2025-03-02\"}")
                .put(countries + "/coalitions/" + COALITION + "/members/NL").then().statusCode(anyOf201or200());
        for (int i = 0; i < 3; i++) {
            given().contentType(ContentType.JSON).body(commitment("NL", null)).post(commitments + "/commitments").then().statusCode(201);
        }
        int total = given().get(commitments + "/commitments?size=1").then().statusCode(200).extract().path("total");
        await(() -> given().get(events + "/admin/read-copies").then().statusCode(200),
                r -> r.body("find { it.readCopy == 'commitments' }.records", equalTo(total)));

        given().header("Authorization", "Bearer " + suite.adminToken()).post(events + "/admin/read-copies/commitments/rebuild").then().statusCode(200)
                .body("records", equalTo(total));
        given().get(events + "/admin/read-copies").then().body("find { it.readCopy == 'commitments' }.records", equalTo(total));
    }

    /**
     * The change-event contract across services: each serves its own AsyncAPI document, and every
     * field a consumer reads from a copy is in the payload schema its producer publishes.
     */
    @Test
    void everyFieldAServiceReadsFromACopyIsInTheSchemaItsOwnerPublishes() {
        Map<String, JsonNode> documents = new LinkedHashMap<>();
        for (SuiteService service : SuiteService.values()) {
            JsonNode document = EventContracts.parse(given().get(suite.url(service) + "/asyncapi.yaml").then().statusCode(200)
                    .extract().asString());
            assertEquals("3.0.0", document.path("asyncapi").asText(), service.module());
            documents.put(service.module(), document);
        }
        assertEquals(List.of(), EventContracts.unmetReads(documents));
    }

    private static org.hamcrest.Matcher<Integer> anyOf201or200() {
        return org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201));
    }

    private static String commitment(String country, String event) {
        return """
                {"countryCode": "%s", "coalitionId": "%s", "category": "GROUND_FORCES", "status": "PLEDGED",
                 "personnel": 1000, "conditions": ["US_BACKSTOP"]%s}"""
                .formatted(country, COALITION, event == null ? "" : ", \"announcedAtEventId\": \"" + event + "\"");
    }

    private static void await(java.util.function.Supplier<ValidatableResponse> request, Consumer<ValidatableResponse> expectations)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            try {
                expectations.accept(request.get());
                return;
            } catch (AssertionError notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
                Thread.sleep(100);
            }
        }
    }
}
