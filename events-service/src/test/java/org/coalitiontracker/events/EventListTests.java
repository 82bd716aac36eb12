package org.coalitiontracker.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.coalitiontracker.testing.OwnerStubResource;
import org.coalitiontracker.testing.ReadCopySeeds;
import org.coalitiontracker.testing.EmbeddedPostgresResource;
import org.coalitiontracker.testing.KafkaBrokerResource;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OwnerStubResource.class, scope = TestResourceScope.GLOBAL)
class EventListTests {

    @BeforeAll
    static void countriesAreInTheCopy() {
        ReadCopySeeds.referenceCountries();
    }

    @Inject
    SessionFactory sessionFactory;

    /** Each test creates its events under its own coalition and lists only those. */
    private static RequestSpecification listOf(String coalition) {
        return given().queryParam("coalition", coalition);
    }

    private static EventJson event(String coalition, String title, String startsAt, String timeZone) {
        return EventJson.parisMeeting(title).with("coalitionId", coalition).with("startsAt", startsAt).with("timeZone", timeZone)
                .without("endsAt");
    }

    @Test
    void fromAndToTakeDatesInTheEventsOwnTimeZoneOrInstants() {
        String coalition = "list-from-to";
        String march = event(coalition, "Paris summit of 31 countries", "2025-03-27T11:00:00+01:00", "Europe/Paris").create();
        String anchorageEvening = event(coalition, "Anchorage evening talks", "2025-08-15T18:00:00-08:00", "America/Anchorage").create();
        String washington = event(coalition, "White House meeting", "2025-08-18T13:00:00-04:00", "America/New_York").create();
        String parisAfterMidnight = event(coalition, "Paris night call", "2025-09-04T00:30:00+02:00", "Europe/Paris").create();
        String paris = event(coalition, "Paris leaders' meeting", "2025-09-04T11:00:00+02:00", "Europe/Paris").create();

        // 00:30 in Paris is still 3 September in UTC: a date means the day where the event is.
        listOf(coalition).queryParam("from", "2025-09-04").queryParam("to", "2025-09-04").get("/events")
                .then().statusCode(200).body("items.id", equalTo(List.of(parisAfterMidnight, paris)));
        // 18:00 in Anchorage on 15 August is 16 August in UTC.
        listOf(coalition).queryParam("to", "2025-08-15").get("/events")
                .then().body("items.id", equalTo(List.of(march, anchorageEvening)));
        listOf(coalition).queryParam("from", "2025-08-16").queryParam("to", "2025-08-31").get("/events")
                .then().body("items.id", equalTo(List.of(washington)));

        listOf(coalition).queryParam("from", "2025-09-04T00:00:00+02:00").get("/events")
                .then().body("items.id", equalTo(List.of(parisAfterMidnight, paris)));
        listOf(coalition).queryParam("from", "2025-09-03T23:00:00Z").get("/events")
                .then().body("items.id", equalTo(List.of(paris)));
        listOf(coalition).queryParam("from", "2025-08-16T02:00:00Z").queryParam("to", "2025-09-04T11:00:00+02:00").get("/events")
                .then().body("items.id", equalTo(List.of(anchorageEvening, washington, parisAfterMidnight, paris)));
        listOf(coalition).queryParam("to", "2025-09-04T10:59:59+02:00").get("/events")
                .then().body("items.id", equalTo(List.of(march, anchorageEvening, washington, parisAfterMidnight)));
        listOf(coalition).queryParam("from", "2025-09-05").queryParam("to", "2025-09-01").get("/events")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void badTimeParametersAre400NamingTheParameter() {
        Map<String, String> bad = Map.of("from", "2025-02-30", "to", "04/09/2025", "updatedSince", "yesterday");
        bad.forEach((name, value) -> given().queryParam(name, value).get("/events")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:coalition-tracker:problem:invalid-parameter"))
                .body("errors[0].field", equalTo(name)));
        given().queryParam("from", "2025-09-04T11:00:00").get("/events").then().statusCode(400).body("errors[0].field", equalTo("from"));
        given().queryParam("to", "+300000-01-01T00:00:00Z").get("/events").then().statusCode(400).body("errors[0].field", equalTo("to"));
        given().queryParam("updatedSince", "-999999999-01-01T00:00:00Z").get("/events").then().statusCode(400);
    }

    @Test
    void kindFormatAndStatusFilterCaseInsensitively() {
        String coalition = "list-vocabularies";
        String summit = event(coalition, "Leaders' summit", "2025-03-27T11:00:00+01:00", "Europe/Paris").with("format", "IN_PERSON").create();
        String call = event(coalition, "Leaders' call", "2025-08-18T20:00:00+02:00", "Europe/Paris").with("kind", "CALL")
                .with("format", "VIRTUAL").with("status", "ANNOUNCED").create();
        String planning = event(coalition, "Army chiefs' planning", "2025-09-05T09:00:00+02:00", "Europe/Paris")
                .with("kind", "MILITARY_PLANNING").with("status", "POSTPONED").create();

        listOf(coalition).queryParam("kind", "call").get("/events").then().body("items.id", equalTo(List.of(call)));
        listOf(coalition).queryParam("format", "Hybrid").get("/events").then().body("items.id", equalTo(List.of(planning)));
        listOf(coalition).queryParam("status", "HELD").get("/events").then().body("items.id", equalTo(List.of(summit)));
        listOf(coalition).queryParam("kind", "LEADERS_SUMMIT").queryParam("status", "held").queryParam("format", "in_person")
                .get("/events").then().body("items.id", equalTo(List.of(summit)));

        given().queryParam("kind", "SUMMIT").get("/events").then().statusCode(400)
                .body("errors[0].field", equalTo("kind"))
                .body("errors[0].message", containsString("LEADERS_SUMMIT, MINISTERIAL, MILITARY_PLANNING, BILATERAL, CALL, OTHER"));
        given().queryParam("format", "PHONE").get("/events").then().statusCode(400).body("errors[0].field", equalTo("format"));
        given().queryParam("status", "DONE").get("/events").then().statusCode(400).body("errors[0].field", equalTo("status"));
    }

    @Test
    void countryFindsTheEventsHeldThereAndThoseItTakesPartIn() {
        String coalition = "list-country";
        String heldInFrance = event(coalition, "Held in Paris", "2025-03-27T11:00:00+01:00", "Europe/Paris").create();
        String franceCalledIn = event(coalition, "London talks", "2025-05-10T10:00:00+01:00", "Europe/London")
                .with("location", Map.of("city", "London", "countryCode", "GB")).create();
        EventJson.addParticipant(franceCalledIn, "FR", "PARTICIPANT", "VIRTUAL");
        String withoutFrance = event(coalition, "Berlin talks", "2025-06-01T10:00:00+02:00", "Europe/Berlin")
                .with("location", Map.of("city", "Berlin", "countryCode", "DE")).create();
        EventJson.addParticipant(withoutFrance, "GB", "GUEST", "PHONE");
        EventJson.addParticipant(withoutFrance, "TR", "OBSERVER", "UNKNOWN");

        listOf(coalition).queryParam("country", "FR").get("/events").then().body("items.id", equalTo(List.of(heldInFrance, franceCalledIn)));
        listOf(coalition).queryParam("country", "gb").get("/events").then().body("items.id", equalTo(List.of(franceCalledIn, withoutFrance)));
        listOf(coalition).queryParam("country", "TR").get("/events").then().body("items.id", equalTo(List.of(withoutFrance)));
        listOf(coalition).queryParam("country", "US").get("/events").then().body("total", equalTo(0));

        given().queryParam("country", "FRA").get("/events").then().statusCode(400).body("errors[0].field", equalTo("country"));
    }

    @Test
    void coalitionMatchesTheSlugExactly() {
        String coalition = "list-coalition";
        String ours = event(coalition, "Our coalition's meeting", "2025-09-04T11:00:00+02:00", "Europe/Paris").create();
        event(coalition + "-other", "Another coalition's meeting", "2025-09-04T11:00:00+02:00", "Europe/Paris").create();

        listOf(coalition).get("/events").then().statusCode(200).body("items.id", equalTo(List.of(ours)));
        given().queryParam("coalition", "list-coal").get("/events").then().statusCode(200).body("total", equalTo(0));
        given().queryParam("coalition", "Coalition of the Willing").get("/events").then().statusCode(400)
                .body("errors[0].field", equalTo("coalition"));
    }

    @Test
    void qFindsTextInTitleOrSummaryCaseInsensitively() {
        String coalition = "list-text";
        String inTitle = event(coalition, "Reassurance force planning", "2025-03-27T11:00:00+01:00", "Europe/Paris")
                .with("summary", "Army chiefs meet.").create();
        String inSummary = event(coalition, "Leaders' meeting", "2025-09-04T11:00:00+02:00", "Europe/Paris")
                .with("summary", "Agenda: the REASSURANCE force and a 100% ceasefire.").create();
        event(coalition, "Air defence talks", "2025-10-01T11:00:00+02:00", "Europe/Paris").without("summary").create();

        listOf(coalition).queryParam("q", "reassurance").get("/events").then().body("items.id", equalTo(List.of(inTitle, inSummary)));
        listOf(coalition).queryParam("q", "  Force PLANNING ").get("/events").then().body("items.id", equalTo(List.of(inTitle)));
        listOf(coalition).queryParam("q", "100%").get("/events").then().body("items.id", equalTo(List.of(inSummary)));
        listOf(coalition).queryParam("q", "%").get("/events").then().body("items.id", equalTo(List.of(inSummary)));
        listOf(coalition).queryParam("q", "_").get("/events").then().body("total", equalTo(0));
        listOf(coalition).queryParam("q", "' or 1=1 --").get("/events").then().statusCode(200).body("total", equalTo(0));
        given().queryParam("q", "x".repeat(201)).get("/events").then().statusCode(400).body("errors[0].field", equalTo("q"));
        given().queryParam("q", "a\u0000b").get("/events").then().statusCode(400).body("errors[0].field", equalTo("q"));
    }

    @Test
    void updatedSinceFindsWhatChanged() {
        String coalition = "list-updated-since";
        String id = event(coalition, "Synced event", "2025-09-04T11:00:00+02:00", "Europe/Paris").create();
        String updatedAt = given().get("/events/" + id).then().extract().path("updatedAt");

        listOf(coalition).queryParam("updatedSince", updatedAt).get("/events").then().body("items.id", equalTo(List.of(id)));
        listOf(coalition).queryParam("updatedSince", "2999-01-01").get("/events").then().body("total", equalTo(0));
        listOf(coalition).queryParam("updatedSince", "2025-01-01").get("/events").then().body("total", equalTo(1));
    }

    @Test
    void filtersCombine() {
        String coalition = "list-combined";
        String wanted = event(coalition, "Leaders' meeting on guarantees", "2025-09-04T11:00:00+02:00", "Europe/Paris").create();
        EventJson.addParticipant(wanted, "UA", "GUEST", "IN_PERSON");
        String otherKind = event(coalition, "Call on guarantees", "2025-09-04T15:00:00+02:00", "Europe/Paris").with("kind", "CALL").create();
        EventJson.addParticipant(otherKind, "UA", "PARTICIPANT", "PHONE");
        String tooEarly = event(coalition, "Leaders' meeting on guarantees", "2025-03-27T11:00:00+01:00", "Europe/Paris").create();
        EventJson.addParticipant(tooEarly, "UA", "GUEST", "IN_PERSON");
        event(coalition, "Leaders' meeting on guarantees without Ukraine", "2025-09-05T11:00:00+02:00", "Europe/Paris").create();

        listOf(coalition).queryParam("kind", "LEADERS_SUMMIT").queryParam("country", "UA").queryParam("from", "2025-09-01")
                .queryParam("q", "guarantees").queryParam("status", "HELD").queryParam("format", "HYBRID").get("/events")
                .then().statusCode(200).body("items.id", equalTo(List.of(wanted))).body("total", equalTo(1));
    }

    @Test
    void pagesAreSortedByStartThenTitleThenIdWithLinks() {
        String coalition = "list-paging";
        List<String> sameStart = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            sameStart.add(event(coalition, "Parallel session", "2025-09-04T11:00:00+02:00", "Europe/Paris").create());
        }
        sameStart.sort(null);
        String first = event(coalition, "Opening", "2025-09-04T09:00:00+02:00", "Europe/Paris").create();
        // The same instant as the parallel sessions, sent at another offset and in another zone:
        // its title comes first; the parallel sessions, of one title, follow by id.
        String sameInstant = event(coalition, "London link-up", "2025-09-04T10:00:00+01:00", "Europe/London").create();
        List<String> expected = new ArrayList<>(List.of(first, sameInstant));
        expected.addAll(sameStart);

        listOf(coalition).queryParam("size", 2).get("/events")
                .then().statusCode(200)
                .body("items.id", equalTo(expected.subList(0, 2)))
                .body("page", equalTo(0)).body("size", equalTo(2)).body("total", equalTo(5))
                .header("Link", containsString("rel=\"next\""))
                .header("Link", containsString("coalition=" + coalition))
                .header("Link", not(containsString("rel=\"prev\"")));
        String middleLinks = String.join(", ", listOf(coalition).queryParam("size", 2).queryParam("page", 1).get("/events")
                .then().body("items.id", equalTo(expected.subList(2, 4)))
                .extract().headers().getValues("Link"));
        assertTrue(middleLinks.contains("page=2&size=2>; rel=\"next\""), middleLinks);
        assertTrue(middleLinks.contains("page=0&size=2>; rel=\"prev\""), middleLinks);
        listOf(coalition).queryParam("size", 2).queryParam("page", 2).get("/events")
                .then().body("items.id", equalTo(expected.subList(4, 5)))
                .header("Link", containsString("page=1"))
                .header("Link", not(containsString("rel=\"next\"")));
        listOf(coalition).queryParam("size", 2).queryParam("page", 3).get("/events").then().statusCode(200).body("items", hasSize(0));

        given().queryParam("size", 100000).get("/events").then().statusCode(200).body("size", equalTo(200));
        given().queryParam("page", "first").get("/events").then().statusCode(400).body("errors[0].field", equalTo("page"));
        given().queryParam("page", -1).get("/events").then().statusCode(400).body("errors[0].field", equalTo("page"));
        given().queryParam("size", 0).get("/events").then().statusCode(400).body("errors[0].field", equalTo("size"));
    }

    @Test
    void listItemsCarryTheirParticipantsLoadedInOneQuery() {
        String coalition = "list-participants";
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String id = event(coalition, "Meeting " + i, "2025-09-0" + (i + 1) + "T11:00:00+02:00", "Europe/Paris").create();
            EventJson.addParticipant(id, "GB", "CO_CHAIR", "VIRTUAL");
            EventJson.addParticipant(id, "FR", "CO_CHAIR", "IN_PERSON");
            ids.add(id);
        }

        sessionFactory.getStatistics().clear();
        listOf(coalition).get("/events")
                .then().statusCode(200)
                .body("items.id", equalTo(ids))
                .body("items[3].participants.countryCode", equalTo(List.of("FR", "GB")))
                .body("items[0].participants[1].attendance", equalTo("VIRTUAL"));
        long statements = sessionFactory.getStatistics().getPrepareStatementCount();
        // The count, the page of events, one query for the participants of the whole page, and one
        // for their memberships in the read copy (the events have a coalition).
        assertEquals(4, statements, "SQL statements for one list request");
        assertTrue(sessionFactory.getStatistics().getCollectionFetchCount() <= 1, "participant collections fetched separately");
    }
}
