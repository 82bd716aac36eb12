package org.coalitiontracker.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.coalitiontracker.testing.EmbeddedPostgresResource;
import org.coalitiontracker.testing.KafkaBrokerResource;
import org.coalitiontracker.testing.OwnerStubResource;
import org.coalitiontracker.testing.ReadCopySeeds;
import org.coalitiontracker.testing.TopicReader;
import org.coalitiontracker.testing.Topics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An event known only to the day, or the month: {@code startsOn}, and {@code startsAt} only when a
 * source gives the hour (docs/api-decisions.md, "Two kinds of time", "Events").
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OwnerStubResource.class, scope = TestResourceScope.GLOBAL)
class EventStartTests {

    private static final String MERGE_PATCH = "application/merge-patch+json";

    @BeforeAll
    static void countriesAreInTheCopy() {
        ReadCopySeeds.referenceCountries();
    }

    private static EventJson dayOnly(String title, String startsOn) {
        return EventJson.parisMeeting(title).without("startsAt").without("endsAt").with("startsOn", startsOn);
    }

    private static EventJson timed(String title, String startsAt) {
        return EventJson.parisMeeting(title).with("startsAt", startsAt).without("endsAt");
    }

    private static RequestSpecification listOf(String coalition) {
        return given().queryParam("coalition", coalition);
    }

    @Test
    void aDayOnlyEventRoundTripsWithoutAnInventedHour() {
        String id = dayOnly("Day-only leaders' meeting", "2025-09-04").create();
        given().get("/events/" + id).then().statusCode(200)
                .body("startsOn", equalTo("2025-09-04"))
                .body("$", not(hasKey("startsAt")))
                .body("$", not(hasKey("endsAt")))
                .body("timeZone", equalTo("Europe/Paris"));
        listOf("coalition-of-the-willing").queryParam("q", "Day-only leaders").get("/events").then()
                .body("items[0].startsOn", equalTo("2025-09-04")).body("items[0]", not(hasKey("startsAt")));
    }

    @Test
    void aMonthOnlyEventKeepsItsPrecision() {
        String id = dayOnly("Month-only army chiefs' meeting", "2025-09").create();
        given().get("/events/" + id).then().statusCode(200)
                .body("startsOn", equalTo("2025-09"))
                .body("$", not(hasKey("startsAt")));
    }

    @Test
    void startsOnIsTheLocalDateOfStartsAtWhenLeftOut() {
        // 18:00 in Anchorage on 15 August is 16 August in UTC: the day is where the event is.
        String id = timed("Anchorage evening talks", "2025-08-15T18:00:00-08:00").with("timeZone", "America/Anchorage").create();
        given().get("/events/" + id).then().statusCode(200)
                .body("startsOn", equalTo("2025-08-15"))
                .body("startsAt", equalTo("2025-08-15T18:00:00-08:00"));
        String agreeing = timed("Agreeing start", "2025-08-15T18:00:00-08:00").with("timeZone", "America/Anchorage")
                .with("startsOn", "2025-08-15").create();
        given().get("/events/" + agreeing).then().body("startsOn", equalTo("2025-08-15"));
    }

    @Test
    void aStartThatIsMissingDisagreesOrIsNoDateIs422OnStartsOn() {
        String marker = "start-rules-marker";
        given().contentType(ContentType.JSON).body(dayOnly(marker, "2025-09-04").without("startsOn").json())
                .post("/events").then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:coalition-tracker:problem:rule-violated"))
                .body("errors[0].field", equalTo("startsOn"))
                .body("errors[0].message", containsString("startsAt"));
        // The UTC date of the start (16 August) is not the day in Anchorage.
        given().contentType(ContentType.JSON).body(timed(marker, "2025-08-15T18:00:00-08:00").with("timeZone", "America/Anchorage")
                        .with("startsOn", "2025-08-16").json())
                .post("/events").then().statusCode(422)
                .body("errors[0].field", equalTo("startsOn"))
                .body("errors[0].message", containsString("2025-08-15"));
        // With an hour, the day is known: a month is not enough.
        given().contentType(ContentType.JSON).body(timed(marker, "2025-09-04T11:00:00+02:00").with("startsOn", "2025-09").json())
                .post("/events").then().statusCode(422).body("errors[0].field", equalTo("startsOn"));
        given().contentType(ContentType.JSON).body(dayOnly(marker, "2025-02-30").json())
                .post("/events").then().statusCode(422).body("errors[0].field", equalTo("startsOn"));
        given().contentType(ContentType.JSON).body(dayOnly(marker, "2025-13").json())
                .post("/events").then().statusCode(422).body("errors[0].field", equalTo("startsOn"));
        given().contentType(ContentType.JSON).body(dayOnly(marker, "3025-09-04").json())
                .post("/events").then().statusCode(422).body("errors[0].field", equalTo("startsOn"));
        given().contentType(ContentType.JSON).body(dayOnly(marker, "2025-09-04").with("startsOn", 20250904).json())
                .post("/events").then().statusCode(400).body("errors[0].field", equalTo("startsOn"));
        // An end needs the hour of the start.
        given().contentType(ContentType.JSON).body(dayOnly(marker, "2025-09-04").with("endsAt", "2025-09-04T13:30:00+02:00").json())
                .post("/events").then().statusCode(422).body("errors[0].field", equalTo("endsAt"));

        given().queryParam("q", marker).get("/events").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void listsSortByStartDayThenDayOnlyFirstThenByInstantTitleAndId() {
        String coalition = "start-order";
        String month = dayOnly("Army chiefs' meeting in September", "2025-09").with("coalitionId", coalition).create();
        String late = timed("Leaders' meeting", "2025-09-04T11:00:00+02:00").with("coalitionId", coalition).create();
        String dayOnly = dayOnly("Paris day-only meeting", "2025-09-04").with("coalitionId", coalition).create();
        String nextDay = timed("Follow-up call", "2025-09-05T10:00:00+02:00").with("coalitionId", coalition).create();
        String early = timed("Opening", "2025-09-04T09:00:00+02:00").with("coalitionId", coalition).create();
        String briefing = dayOnly("A day-only briefing", "2025-09-04").with("coalitionId", coalition).create();
        String anchorage = dayOnly("Anchorage day-only talks", "2025-09-03").with("timeZone", "America/Anchorage")
                .with("coalitionId", coalition).create();

        listOf(coalition).get("/events").then().statusCode(200)
                .body("items.id", equalTo(List.of(anchorage, briefing, dayOnly, early, late, nextDay, month)))
                .body("items.startsOn", equalTo(List.of("2025-09-03", "2025-09-04", "2025-09-04", "2025-09-04", "2025-09-04", "2025-09-05",
                        "2025-09")));

        // A date compares with the start day; a month counts from its last day.
        listOf(coalition).queryParam("from", "2025-09-04").queryParam("to", "2025-09-04").get("/events")
                .then().body("items.id", equalTo(List.of(briefing, dayOnly, early, late)));
        listOf(coalition).queryParam("to", "2025-09-29").get("/events")
                .then().body("items.id", equalTo(List.of(anchorage, briefing, dayOnly, early, late, nextDay)));
        listOf(coalition).queryParam("from", "2025-09-05").get("/events")
                .then().body("items.id", equalTo(List.of(nextDay, month)));
        listOf(coalition).queryParam("from", "2025-09-30").queryParam("to", "2025-09-30").get("/events")
                .then().body("items.id", equalTo(List.of(month)));

        // An instant compares with startsAt, and for an event without one, its day in the event's time
        // zone with the start day: 10:00 in Paris is still 4 September in Anchorage, 09:30 is 3 September.
        listOf(coalition).queryParam("from", "2025-09-04T10:00:00+02:00").get("/events")
                .then().body("items.id", equalTo(List.of(briefing, dayOnly, late, nextDay, month)));
        listOf(coalition).queryParam("from", "2025-09-04T09:30:00+02:00").get("/events")
                .then().body("items.id", equalTo(List.of(anchorage, briefing, dayOnly, late, nextDay, month)));
        listOf(coalition).queryParam("to", "2025-09-04T08:00:00+02:00").get("/events")
                .then().body("items.id", equalTo(List.of(anchorage, briefing, dayOnly)));
        listOf(coalition).queryParam("from", "2025-09-04T09:00:00+02:00").queryParam("to", "2025-09-04T09:00:00+02:00").get("/events")
                .then().body("items.id", equalTo(List.of(anchorage, briefing, dayOnly, early)));
    }

    @Test
    void aPatchMovesTheDayWithStartsAtAndRefusesADayThatDisagrees() {
        String id = EventJson.parisMeeting("Patched start").create();
        given().contentType(MERGE_PATCH).header("If-Match", "\"0\"").body("{\"startsOn\": \"2025-09-05\"}")
                .patch("/events/" + id).then().statusCode(422)
                .body("errors[0].field", equalTo("startsOn"))
                .body("errors[0].message", containsString("2025-09-04"));
        given().get("/events/" + id).then().header("ETag", "\"0\"").body("startsOn", equalTo("2025-09-04"));

        // startsAt alone moves the day with it (endsAt too, or it would end before it starts).
        given().contentType(MERGE_PATCH).header("If-Match", "\"0\"")
                .body("{\"startsAt\": \"2025-09-05T10:00:00+02:00\", \"endsAt\": \"2025-09-05T12:00:00+02:00\"}")
                .patch("/events/" + id).then().statusCode(200).header("ETag", "\"1\"")
                .body("startsOn", equalTo("2025-09-05")).body("startsAt", equalTo("2025-09-05T10:00:00+02:00"));

        // Forgetting the hour keeps the day; the end goes with it.
        given().contentType(MERGE_PATCH).body("{\"startsAt\": null}")
                .patch("/events/" + id).then().statusCode(422).body("errors[0].field", equalTo("endsAt"));
        given().contentType(MERGE_PATCH).header("If-Match", "\"1\"").body("{\"startsAt\": null, \"endsAt\": null}")
                .patch("/events/" + id).then().statusCode(200).header("ETag", "\"2\"")
                .body("startsOn", equalTo("2025-09-05")).body("$", not(hasKey("startsAt"))).body("$", not(hasKey("endsAt")));

        // Without an hour the day is the client's to change, to a month too.
        given().contentType(MERGE_PATCH).header("If-Match", "\"2\"").body("{\"startsOn\": \"2025-09\"}")
                .patch("/events/" + id).then().statusCode(200).header("ETag", "\"3\"")
                .body("startsOn", equalTo("2025-09")).body("$", not(hasKey("startsAt")));

        // Both at once must agree; then the day follows startsAt and timeZone.
        given().contentType(MERGE_PATCH).body("{\"startsOn\": \"2025-09-06\", \"startsAt\": \"2025-09-07T01:00:00+02:00\"}")
                .patch("/events/" + id).then().statusCode(422).body("errors[0].field", equalTo("startsOn"));
        given().contentType(MERGE_PATCH).header("If-Match", "\"3\"")
                .body("{\"startsOn\": \"2025-09-06\", \"startsAt\": \"2025-09-06T01:00:00+02:00\"}")
                .patch("/events/" + id).then().statusCode(200).header("ETag", "\"4\"").body("startsOn", equalTo("2025-09-06"));
        given().contentType(MERGE_PATCH).header("If-Match", "\"4\"").body("{\"timeZone\": \"America/New_York\"}")
                .patch("/events/" + id).then().statusCode(200).header("ETag", "\"5\"")
                .body("startsAt", equalTo("2025-09-05T19:00:00-04:00")).body("startsOn", equalTo("2025-09-05"));
    }

    @Test
    void aPutWithTheDayAloneReplacesTheHour() {
        String id = EventJson.parisMeeting("Replaced start").create();
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(dayOnly("Replaced start", "2025-09-04").json())
                .put("/events/" + id).then().statusCode(200).header("ETag", "\"1\"")
                .body("startsOn", equalTo("2025-09-04")).body("$", not(hasKey("startsAt"))).body("$", not(hasKey("endsAt")));
    }

    @Test
    void changeEventsCarryStartsOnAndStartsAtOnlyWhenKnown() {
        String dayOnly = dayOnly("Published day-only meeting", "2025-09-04").create();
        String timed = EventJson.parisMeeting("Published timed meeting").create();

        JsonNode day = ReadCopySeeds.parse(TopicReader.value(TopicReader.await(Topics.EVENTS.topicName(), r -> dayOnly.equals(r.key()), 1).get(0)));
        assertEquals("2025-09-04", day.get("startsOn").asText());
        assertFalse(day.has("startsAt"), day.toString());
        assertFalse(day.has("endsAt"), day.toString());
        List<ConsumerRecord<String, byte[]>> records = TopicReader.await(Topics.EVENTS.topicName(), r -> timed.equals(r.key()), 1);
        JsonNode hour = ReadCopySeeds.parse(TopicReader.value(records.get(0)));
        assertEquals("2025-09-04", hour.get("startsOn").asText());
        assertEquals("2025-09-04T11:00:00+02:00", hour.get("startsAt").asText());
    }
}
