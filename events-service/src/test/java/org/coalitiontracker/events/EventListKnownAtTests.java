package org.coalitiontracker.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.coalitiontracker.testing.EmbeddedPostgresResource;
import org.coalitiontracker.testing.KafkaBrokerResource;
import org.coalitiontracker.testing.OwnerStubResource;
import org.coalitiontracker.testing.ReadCopySeeds;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * The event list and the participants as the record held them ({@code knownAt}): answered from the record's history in Java,
 * with the filters and the order of the database query, which {@link #theListAtKnownAtNowIsThePresentListForEveryFilter} checks
 * on the same data.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OwnerStubResource.class, scope = TestResourceScope.GLOBAL)
class EventListKnownAtTests {

    private static final String MERGE_PATCH = "application/merge-patch+json";
    private static final String DEFAULT_STARTS_AT = "2025-09-04T11:00:00+02:00";
    private static final String UPDATED_STARTS_AT = "2025-09-10T11:00:00+02:00";

    @Inject
    DataSource dataSource;

    @BeforeAll
    static void countriesAreInTheCopy() {
        ReadCopySeeds.referenceCountries();
    }

    /** Each test creates its events under its own coalition and lists only those. */
    private static RequestSpecification listOf(String coalition) {
        return given().queryParam("coalition", coalition);
    }

    private static EventJson timed(String coalition, String title, String startsAt, String timeZone) {
        return EventJson.parisMeeting(title).with("coalitionId", coalition).with("startsAt", startsAt).with("timeZone", timeZone)
                .without("endsAt");
    }

    /** An event known only to the day or the month. */
    private static EventJson dayOnly(String coalition, String title, String startsOn, String timeZone) {
        return EventJson.parisMeeting(title).with("coalitionId", coalition).with("startsOn", startsOn).with("timeZone", timeZone)
                .without("startsAt").without("endsAt");
    }

    @Test
    void aRescheduledEventShowsItsOldDateOnTheListAndItsParticipantsThen() {
        String coalition = "known-at-rescheduled";
        String id = timed(coalition, "Leaders' meeting, rescheduled", DEFAULT_STARTS_AT, "Europe/Paris").create();
        EventJson.addParticipant(id, "FR", "CO_CHAIR", "IN_PERSON");
        given().contentType(MERGE_PATCH).header("If-Match", "\"1\"").body("{\"startsAt\": \"" + UPDATED_STARTS_AT + "\"}")
                .patch("/events/" + id).then().statusCode(200).header("ETag", "\"2\"");
        EventJson.addParticipant(id, "GB", "CO_CHAIR", "VIRTUAL");
        List<Instant> recorded = recordedAt(id);
        String beforeReschedule = justBefore(recorded.get(2));

        listOf(coalition).queryParam("knownAt", beforeReschedule).get("/events").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].startsOn", equalTo("2025-09-04"))
                .body("items[0].startsAt", equalTo(DEFAULT_STARTS_AT))
                .body("items[0].version", equalTo(1))
                .body("items[0].participants.countryCode", equalTo(List.of("FR")))
                .body("items[0].participants[0]", not(hasKey("member")));
        listOf(coalition).queryParam("knownAt", beforeReschedule).queryParam("from", "2025-09-08").get("/events").then()
                .body("total", equalTo(0));
        listOf(coalition).queryParam("knownAt", beforeReschedule).queryParam("to", "2025-09-04").get("/events").then()
                .body("items.id", equalTo(List.of(id)));
        listOf(coalition).queryParam("to", "2025-09-04").get("/events").then().body("total", equalTo(0));
        listOf(coalition).get("/events").then().body("items[0].startsOn", equalTo("2025-09-10"))
                .body("items[0].participants[0]", hasKey("member"));

        given().queryParam("knownAt", beforeReschedule).get("/events/" + id + "/participants").then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("total", equalTo(1))
                .body("items.countryCode", equalTo(List.of("FR")))
                .body("items[0]", not(hasKey("member")));
        given().queryParam("knownAt", recorded.get(3).toString()).get("/events/" + id + "/participants").then().statusCode(200)
                .header("ETag", "\"3\"").body("items.countryCode", equalTo(List.of("FR", "GB")));
        given().get("/events/" + id + "/participants").then().header("ETag", "\"3\"").body("items[0]", hasKey("member"));
    }

    @Test
    void participantsAddedAndRemovedAnswerAsTheyWereAtEachVersion() {
        String coalition = "known-at-participants";
        String id = timed(coalition, "Participants come and go", DEFAULT_STARTS_AT, "Europe/Paris").create();
        EventJson.addParticipant(id, "FR", "CO_CHAIR", "IN_PERSON");
        EventJson.addParticipant(id, "UA", "GUEST", "IN_PERSON");
        given().header("If-Match", "\"2\"").delete("/events/" + id + "/participants/FR").then().statusCode(204);
        List<Instant> recorded = recordedAt(id);
        String created = recorded.get(0).toString();
        String withBoth = recorded.get(2).toString();
        String afterRemoval = recorded.get(3).toString();

        String participants = "/events/" + id + "/participants";
        given().queryParam("knownAt", created).get(participants).then().statusCode(200)
                .header("ETag", "\"0\"").body("total", equalTo(0)).body("items", empty());
        given().queryParam("knownAt", withBoth).get(participants).then()
                .header("ETag", "\"2\"").body("items.countryCode", equalTo(List.of("FR", "UA")));
        given().queryParam("knownAt", afterRemoval).get(participants).then()
                .header("ETag", "\"3\"").body("items.countryCode", equalTo(List.of("UA")));

        // updatedSince tests when each participation was last written, as on the present list.
        String uaUpdatedAt = given().queryParam("knownAt", withBoth).get(participants + "/UA").then().extract().path("updatedAt");
        given().queryParam("knownAt", withBoth).queryParam("updatedSince", uaUpdatedAt).get(participants).then()
                .body("items.countryCode", equalTo(List.of("UA")));

        given().queryParam("knownAt", withBoth).get(participants + "/fr").then().statusCode(200)
                .header("ETag", "\"2\"")
                .body("countryCode", equalTo("FR"))
                .body("role", equalTo("CO_CHAIR"))
                .body("$", not(hasKey("member")));
        given().get(participants + "/FR").then().statusCode(404);
        given().queryParam("knownAt", afterRemoval).get(participants + "/FR").then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:coalition-tracker:problem:not-found"))
                .body("detail", containsString("had no participant 'FR' in the record at"));
        given().queryParam("knownAt", created).get(participants + "/UA").then().statusCode(404);

        // country= finds the event through a participant it had then.
        listOf(coalition).queryParam("country", "FR").queryParam("knownAt", withBoth).get("/events").then()
                .body("items.id", equalTo(List.of(id)));
        listOf(coalition).queryParam("country", "FR").queryParam("knownAt", afterRemoval).get("/events").then()
                .body("total", equalTo(1)); // still held in France
        listOf(coalition).queryParam("country", "UA").queryParam("knownAt", created).get("/events").then()
                .body("total", equalTo(0));
        listOf(coalition).queryParam("country", "UA").queryParam("knownAt", withBoth).get("/events").then()
                .body("items.id", equalTo(List.of(id)));
    }

    @Test
    void aDeletedEventIsAbsentNowAndListedBeforeItsDeletion() {
        String coalition = "known-at-deleted";
        String kept = timed(coalition, "Kept meeting", DEFAULT_STARTS_AT, "Europe/Paris").create();
        String deleted = timed(coalition, "Deleted meeting", "2025-09-05T11:00:00+02:00", "Europe/Paris").create();
        EventJson.addParticipant(deleted, "DE", "PARTICIPANT", "VIRTUAL");
        given().header("If-Match", "\"1\"").delete("/events/" + deleted).then().statusCode(204);
        List<Instant> recorded = recordedAt(deleted);
        String beforeDeletion = justBefore(recorded.get(2));

        listOf(coalition).get("/events").then().body("items.id", equalTo(List.of(kept)));
        listOf(coalition).queryParam("knownAt", Instant.now().toString()).get("/events").then().body("items.id", equalTo(List.of(kept)));
        listOf(coalition).queryParam("knownAt", beforeDeletion).get("/events").then()
                .body("items.id", equalTo(List.of(kept, deleted)))
                .body("items[1].participants.countryCode", equalTo(List.of("DE")));
        // Before the kept one was recorded, neither was.
        listOf(coalition).queryParam("knownAt", justBefore(recordedAt(kept).get(0))).get("/events").then().body("total", equalTo(0));

        given().queryParam("knownAt", beforeDeletion).get("/events/" + deleted + "/participants").then().statusCode(200)
                .header("ETag", "\"1\"").body("items.countryCode", equalTo(List.of("DE")));
        given().queryParam("knownAt", beforeDeletion).get("/events/" + deleted + "/participants/DE").then().statusCode(200);
        given().queryParam("knownAt", recorded.get(2).toString()).get("/events/" + deleted + "/participants").then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("no event '" + deleted + "' in the record at"));
        given().queryParam("knownAt", recorded.get(2).toString()).get("/events/" + deleted + "/participants/DE").then().statusCode(404);
        given().queryParam("knownAt", justBefore(recorded.get(0))).get("/events/" + deleted + "/participants").then().statusCode(404);
    }

    @Test
    void filtersAndOrderApplyToTheRecordedVersions() {
        String coalition = "known-at-filters";
        String summit = timed(coalition, "Summit on guarantees", DEFAULT_STARTS_AT, "Europe/Paris").with("format", "IN_PERSON").create();
        String call = timed(coalition, "Call", "2025-09-04T09:00:00+02:00", "Europe/Paris").with("kind", "CALL").with("format", "VIRTUAL")
                .with("summary", "On the reassurance force.").create();
        String sameDay = dayOnly(coalition, "All-day planning", "2025-09-04", "Europe/Paris").with("status", "ANNOUNCED").create();
        String september = dayOnly(coalition, "Some time in September", "2025-09", "Europe/Paris").create();
        EventJson.addParticipant(call, "UA", "GUEST", "PHONE");
        Instant then = Instant.now();
        // Later changes the list at `then` does not see: the summit becomes a call, the planning is held, UA leaves the call.
        given().contentType(MERGE_PATCH).header("If-Match", "\"0\"").body("{\"kind\": \"CALL\", \"title\": \"Renamed\"}")
                .patch("/events/" + summit).then().statusCode(200);
        given().contentType(MERGE_PATCH).header("If-Match", "\"0\"").body("{\"status\": \"HELD\"}")
                .patch("/events/" + sameDay).then().statusCode(200);
        given().header("If-Match", "\"1\"").delete("/events/" + call + "/participants/UA").then().statusCode(204);
        String knownAt = then.toString();

        // The day, the event known only to the day first, the hour, and September (counting from the 30th) last.
        listOf(coalition).queryParam("knownAt", knownAt).get("/events").then().statusCode(200)
                .body("items.id", equalTo(List.of(sameDay, call, summit, september)))
                .body("items[2].title", equalTo("Summit on guarantees"));
        listOf(coalition).queryParam("knownAt", knownAt).queryParam("kind", "call").get("/events").then()
                .body("items.id", equalTo(List.of(call)));
        listOf(coalition).queryParam("kind", "call").get("/events").then().body("items.id", equalTo(List.of(call, summit)));
        listOf(coalition).queryParam("knownAt", knownAt).queryParam("status", "ANNOUNCED").get("/events").then()
                .body("items.id", equalTo(List.of(sameDay)));
        listOf(coalition).queryParam("knownAt", knownAt).queryParam("format", "IN_PERSON").get("/events").then()
                .body("items.id", equalTo(List.of(summit)));
        listOf(coalition).queryParam("knownAt", knownAt).queryParam("country", "UA").get("/events").then()
                .body("items.id", equalTo(List.of(call)));
        listOf(coalition).queryParam("country", "UA").get("/events").then().body("total", equalTo(0));
        listOf(coalition).queryParam("knownAt", knownAt).queryParam("q", "GUARANTEES").get("/events").then()
                .body("items.id", equalTo(List.of(summit)));
        listOf(coalition).queryParam("knownAt", knownAt).queryParam("q", "reassurance").get("/events").then()
                .body("items.id", equalTo(List.of(call)));
        listOf(coalition).queryParam("knownAt", knownAt).queryParam("from", "2025-09-05").get("/events").then()
                .body("items.id", equalTo(List.of(september)));
        listOf(coalition).queryParam("knownAt", knownAt).queryParam("from", "2025-09-04T10:00:00+02:00").queryParam("to", "2025-09-04")
                .get("/events").then().body("items.id", equalTo(List.of(sameDay, summit)));
        given().queryParam("knownAt", knownAt).queryParam("coalition", coalition + "-other").get("/events").then().body("total", equalTo(0));

        // updatedSince tests when the version then was written: the summit was created before the planning, the rest after.
        String sameDayUpdatedAt = given().queryParam("knownAt", knownAt).get("/events/" + sameDay).then().extract().path("updatedAt");
        listOf(coalition).queryParam("knownAt", knownAt).queryParam("updatedSince", sameDayUpdatedAt).get("/events").then()
                .body("items.id", equalTo(List.of(sameDay, call, september)));
    }

    /**
     * The list at knownAt is filtered and sorted in Java, the present list by the database: on the same data (knownAt now is
     * the present record), every filter and the order give the same answer. The data has what the order and the filters turn
     * on: days in several time zones, events known only to the day or the month, ties broken by title (in case and
     * punctuation, by code point) and by id, participants, missing summaries and locations.
     */
    @Test
    void theListAtKnownAtNowIsThePresentListForEveryFilter() {
        String coalition = "known-at-agree";
        List<String> ids = new ArrayList<>();
        ids.add(timed(coalition, "Paris leaders' meeting", DEFAULT_STARTS_AT, "Europe/Paris").create());
        ids.add(timed(coalition, "Paris night call", "2025-09-04T00:30:00+02:00", "Europe/Paris").with("kind", "CALL").create());
        ids.add(timed(coalition, "Anchorage evening talks", "2025-08-15T18:00:00-08:00", "America/Anchorage")
                .with("location", Map.of("city", "Anchorage", "countryCode", "US")).create());
        ids.add(dayOnly(coalition, "Auckland day", "2025-09-04", "Pacific/Auckland").without("location").create());
        ids.add(dayOnly(coalition, "Los Angeles day", "2025-09-04", "America/Los_Angeles").without("summary").create());
        ids.add(dayOnly(coalition, "apple", "2025-09-04", "Europe/Paris").create());
        ids.add(dayOnly(coalition, "Banana", "2025-09-04", "Europe/Paris").create());
        ids.add(dayOnly(coalition, "Éclair", "2025-09-04", "Europe/Paris").create());
        ids.add(dayOnly(coalition, "Leaders call", "2025-09-04", "Europe/Paris").create());
        ids.add(dayOnly(coalition, "Leaders' call", "2025-09-04", "Europe/Paris").create());
        ids.add(dayOnly(coalition, "Some time in September", "2025-09", "Europe/Paris").with("status", "ANNOUNCED").create());
        for (int i = 0; i < 4; i++) {
            ids.add(timed(coalition, "Parallel session", "2025-09-05T10:00:00+02:00", "Europe/Paris").with("format", "VIRTUAL").create());
        }
        EventJson.addParticipant(ids.get(2), "UA", "GUEST", "VIRTUAL");
        EventJson.addParticipant(ids.get(3), "FR", "PARTICIPANT", "IN_PERSON");
        EventJson.addParticipant(ids.get(12), "GB", "OBSERVER", "PHONE");
        String middle = given().get("/events/" + ids.get(6)).then().extract().path("updatedAt");

        List<Map<String, String>> filters = List.of(
                Map.of(),
                Map.of("from", "2025-09-04"), Map.of("to", "2025-09-04"), Map.of("from", "2025-09-05", "to", "2025-09-30"),
                Map.of("from", "2025-09-04T06:00:00Z"), Map.of("from", "2025-09-04T13:00:00Z"), Map.of("to", "2025-09-03T20:00:00Z"),
                Map.of("from", "2025-09-03T23:00:00Z", "to", "2025-09-04T11:00:00+02:00"), Map.of("to", "2025-08-16T01:59:59Z"),
                Map.of("kind", "CALL"), Map.of("format", "VIRTUAL"), Map.of("status", "ANNOUNCED"),
                Map.of("country", "FR"), Map.of("country", "US"), Map.of("country", "UA"), Map.of("country", "GB"),
                Map.of("q", "CALL"), Map.of("q", "macron"), Map.of("q", "'"), Map.of("q", "éclair"),
                Map.of("updatedSince", middle), Map.of("country", "FR", "from", "2025-09-04", "q", "a"));
        String knownAt = Instant.now().toString();
        for (Map<String, String> filter : filters) {
            JsonPath present = listOf(coalition).queryParams(filter).queryParam("size", 200).get("/events").then().statusCode(200)
                    .extract().jsonPath();
            JsonPath recorded = listOf(coalition).queryParams(filter).queryParam("size", 200).queryParam("knownAt", knownAt)
                    .get("/events").then().statusCode(200).extract().jsonPath();
            assertEquals(present.getList("items.id"), recorded.getList("items.id"), "the same events in the same order for " + filter);
            assertEquals(present.getInt("total"), recorded.getInt("total"), "total for " + filter);
        }
        List<String> all = listOf(coalition).queryParam("size", 200).get("/events").then().extract().path("items.id");
        assertEquals(ids.size(), all.size());
        List<String> titlesOnTheFourth = listOf(coalition).queryParam("from", "2025-09-04").queryParam("to", "2025-09-04")
                .queryParam("knownAt", knownAt).get("/events").then().extract().path("items.title");
        // Code point order: upper case before lower, a space before an apostrophe, an accented letter after every ASCII one.
        assertEquals(List.of("Auckland day", "Banana", "Leaders call", "Leaders' call", "Los Angeles day", "apple", "Éclair",
                "Paris night call", "Paris leaders' meeting"), titlesOnTheFourth);
    }

    @Test
    void pagesAtKnownAtCountTheWholeListAndLinkOnWithTheSameKnownAt() {
        String coalition = "known-at-paging";
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            expected.add(timed(coalition, "Meeting " + i, "2025-09-0" + i + "T11:00:00+02:00", "Europe/Paris").create());
        }
        String knownAt = Instant.now().toString();
        timed(coalition, "Meeting 6, recorded later", "2025-09-06T11:00:00+02:00", "Europe/Paris").create();

        String links = String.join(", ", listOf(coalition).queryParam("knownAt", knownAt).queryParam("size", 2).queryParam("page", 1)
                .get("/events").then().statusCode(200)
                .body("items.id", equalTo(expected.subList(2, 4)))
                .body("page", equalTo(1)).body("size", equalTo(2)).body("total", equalTo(5))
                .extract().headers().getValues("Link"));
        assertTrue(links.contains("rel=\"next\"") && links.contains("rel=\"prev\""), links);
        assertTrue(links.contains("knownAt="), links);
        listOf(coalition).queryParam("knownAt", knownAt).queryParam("size", 2).queryParam("page", 2).get("/events").then()
                .body("items.id", equalTo(expected.subList(4, 5))).body("total", equalTo(5))
                .header("Link", not(containsString("rel=\"next\"")));
        listOf(coalition).queryParam("knownAt", knownAt).queryParam("size", 2).queryParam("page", 9).get("/events").then()
                .statusCode(200).body("items", empty()).body("total", equalTo(5));
        listOf(coalition).get("/events").then().body("total", equalTo(6));

        String id = expected.get(0);
        for (String code : List.of("FR", "GB", "UA")) {
            EventJson.addParticipant(id, code, "PARTICIPANT", "VIRTUAL");
        }
        given().queryParam("knownAt", Instant.now().toString()).queryParam("size", 2).queryParam("page", 1)
                .get("/events/" + id + "/participants").then().statusCode(200)
                .body("items.countryCode", equalTo(List.of("UA"))).body("total", equalTo(3))
                .header("Link", containsString("rel=\"prev\""));
    }

    /** States recorded before events had a start day carry only `startsAt`: the day they are listed on is its local date. */
    @Test
    void aStateRecordedBeforeStartDaysIsListedOnTheDayOfItsInstant() throws SQLException {
        String coalition = "known-at-before-start-days";
        String later = timed(coalition, "Recorded with a start day", "2025-09-04T09:00:00+02:00", "Europe/Paris").create();
        String old = UUID.randomUUID().toString();
        Instant recordedAt = recordedAt(later).get(0).minusSeconds(60);
        String state = EventJson.toJson(Map.ofEntries(Map.entry("id", old), Map.entry("title", "Recorded before start days"),
                Map.entry("kind", "CALL"), Map.entry("status", "HELD"), Map.entry("startsAt", "2025-09-04T23:30:00-04:00"),
                Map.entry("timeZone", "America/New_York"), Map.entry("coalitionId", coalition), Map.entry("sources", List.of()),
                Map.entry("participants", List.of()), Map.entry("version", 0), Map.entry("createdAt", recordedAt.toString()),
                Map.entry("updatedAt", recordedAt.toString())));
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("insert into record_version (topic, aggregate_key, version, "
                        + "operation, state, changed_fields, recorded_at) values (?, ?, 0, 'CREATED', cast(? as jsonb), '{}', ?)")) {
            insert.setString(1, EventsServiceContract.EVENTS.topicName());
            insert.setString(2, old);
            insert.setString(3, state);
            insert.setTimestamp(4, Timestamp.from(recordedAt));
            insert.executeUpdate();
        }
        String knownAt = Instant.now().toString();
        // 23:30 in New York on 4 September is the 5th in Paris and in UTC: its day is the 4th, after the Paris 09:00 by instant.
        listOf(coalition).queryParam("knownAt", knownAt).get("/events").then().statusCode(200)
                .body("items.id", equalTo(List.of(later, old)));
        listOf(coalition).queryParam("knownAt", knownAt).queryParam("to", "2025-09-04").get("/events").then()
                .body("items.id", equalTo(List.of(later, old)));
        listOf(coalition).queryParam("knownAt", knownAt).queryParam("from", "2025-09-05").get("/events").then()
                .body("total", equalTo(0));
    }

    @Test
    void aMalformedKnownAtIsTheSameProblemAsOnGetOne() {
        String id = EventJson.parisMeeting("Known at: parameters").create();
        Map<String, Object> onGetOne = problem(given().queryParam("knownAt", "04/09/2025"), "/events/" + id);
        assertEquals("urn:coalition-tracker:problem:invalid-parameter", onGetOne.get("type"));
        for (String path : List.of("/events", "/events/" + id + "/participants", "/events/" + id + "/participants/FR")) {
            assertEquals(onGetOne, problem(given().queryParam("knownAt", "04/09/2025"), path), path);
            given().queryParam("knownAt", "2025-09-04", "2025-09-05").get(path).then().statusCode(400)
                    .body("errors[0].field", equalTo("knownAt"));
            given().queryParam("knownAt", "+300000-01-01T00:00:00Z").get(path).then().statusCode(400)
                    .body("errors[0].field", equalTo("knownAt"));
        }
        // A date is the end of that day: an event recorded today is in the list at today's date.
        given().queryParam("knownAt", Instant.now().toString().substring(0, 10)).queryParam("coalition", "coalition-of-the-willing")
                .queryParam("q", "Known at: parameters").get("/events").then().statusCode(200).body("items.id", equalTo(List.of(id)));
    }

    private static Map<String, Object> problem(RequestSpecification request, String path) {
        Map<String, Object> body = new LinkedHashMap<>(request.get(path).then().statusCode(400)
                .contentType("application/problem+json").extract().jsonPath().getMap(""));
        body.remove("instance");
        return body;
    }

    private static List<Instant> recordedAt(String id) {
        return given().queryParam("size", 200).get("/events/" + id + "/history").then().statusCode(200).extract().jsonPath()
                .<String>getList("items.recordedAt").stream().map(Instant::parse).toList();
    }

    /** The last instant the record can tell from {@code instant} (it keeps microseconds): before it, so the version then. */
    private static String justBefore(Instant instant) {
        return instant.minus(1, ChronoUnit.MICROS).toString();
    }
}
