package org.coalitiontracker.commitments;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.coalitiontracker.commitments.domain.CommitmentVersion;
import org.coalitiontracker.kit.time.PartialDate;
import org.coalitiontracker.testing.EmbeddedPostgresResource;
import org.coalitiontracker.testing.KafkaBrokerResource;
import org.coalitiontracker.testing.OwnerStubResource;
import org.coalitiontracker.testing.ReadCopySeeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * World time on commitments: the status timeline, dates of the precision the sources give, and
 * {@code asOf} answering what stood on a day, alone and with {@code knownAt}.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OwnerStubResource.class, scope = TestResourceScope.GLOBAL)
class CommitmentTimelineTests {

    /** France's ground forces: considered in March 2025, pledged on 18 August, confirmed at the 4 September meeting. */
    private static final String FRANCE_TIMELINE = """
            [{"status": "UNDER_CONSIDERATION", "on": "2025-03", "note": "First talked of in March"},
             {"status": "PLEDGED", "on": "2025-08-18", "sources": [%s]},
             {"status": "CONFIRMED", "on": "2025-09-04"}]""".formatted(CommitmentJson.DEFAULT_SOURCE);

    private static ValidatableResponse list(String coalition, Object... parameters) {
        var request = given().queryParam("coalition", coalition);
        for (int i = 0; i < parameters.length; i += 2) {
            request.queryParam((String) parameters[i], parameters[i + 1]);
        }
        return request.when().get("/commitments").then().statusCode(200);
    }

    private static String withTimeline(String coalition, String country, String timeline) {
        ReadCopySeeds.activeMembers(coalition, country);
        return CommitmentJson.groundForces(coalition).text("countryCode", country).without("status").raw("statusHistory", timeline).create();
    }

    @Test
    void asOfAnswersTheStatusInForceOnThatDayCountingAPeriodFromItsLastDay() {
        String coalition = "timeline-as-of";
        String france = withTimeline(coalition, "FR", FRANCE_TIMELINE);

        given().get("/commitments/" + france).then().statusCode(200)
                .body("status", equalTo("CONFIRMED"))
                .body("statusHistory.status", equalTo(List.of("UNDER_CONSIDERATION", "PLEDGED", "CONFIRMED")))
                .body("statusHistory.on", equalTo(List.of("2025-03", "2025-08-18", "2025-09-04")))
                .body("statusHistory[0].note", equalTo("First talked of in March"))
                .body("statusHistory[1].sources[0].publisher", equalTo("Élysée Palace"));

        // "March 2025" is not yet true on 30 March: it counts from the 31st.
        list(coalition, "asOf", "2025-03-30").body("total", equalTo(0));
        list(coalition, "asOf", "2025-03-31").body("total", equalTo(1)).body("items[0].status", equalTo("UNDER_CONSIDERATION"));
        list(coalition, "asOf", "2025-08-17").body("items[0].status", equalTo("UNDER_CONSIDERATION"));
        list(coalition, "asOf", "2025-08-18").body("items[0].status", equalTo("PLEDGED"));
        list(coalition, "asOf", "2025-09-04").body("items[0].status", equalTo("CONFIRMED"));
        list(coalition, "asOf", "2025-09-04", "status", "PLEDGED").body("total", equalTo(0));
        list(coalition, "asOf", "2025-08-20", "status", "PLEDGED").body("items[0].id", equalTo(france));
        list(coalition, "status", "PLEDGED").body("total", equalTo(0));

        given().queryParam("asOf", "2025-08-20").get("/commitments/" + france).then().statusCode(200).body("status", equalTo("PLEDGED"));
        given().queryParam("asOf", "2025-03-01").get("/commitments/" + france).then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("2025-03-01"));
        given().queryParam("asOf", "2025-13-01").get("/commitments/" + france).then().statusCode(400)
                .body("errors[0].field", equalTo("asOf"));
    }

    @Test
    void aStatusSentAloneIsAStepDatedByTheAnnouncementFirstAndUndatedAfter() {
        String coalition = "timeline-status-alone";
        ReadCopySeeds.activeMembers(coalition, "GB");
        String britain = CommitmentJson.groundForces(coalition).text("countryCode", "GB").text("status", "PLEDGED")
                .text("announcedOn", "2025-09").create();
        given().get("/commitments/" + britain).then().body("announcedOn", equalTo("2025-09"))
                .body("statusHistory", equalTo(List.of(Map.of("status", "PLEDGED", "on", "2025-09"))));
        list(coalition, "asOf", "2025-09-15").body("total", equalTo(0));
        list(coalition, "asOf", "2025-09-30").body("items[0].status", equalTo("PLEDGED"));

        given().contentType("application/merge-patch+json").body("{\"status\": \"CONFIRMED\"}").patch("/commitments/" + britain)
                .then().statusCode(200).body("status", equalTo("CONFIRMED"))
                .body("statusHistory.status", equalTo(List.of("PLEDGED", "CONFIRMED")))
                .body("statusHistory.on", equalTo(Arrays.asList("2025-09", null)));
        // The sources gave no date for the confirmation, so no day in the world has it yet.
        list(coalition, "asOf", "2026-06-01").body("items[0].status", equalTo("PLEDGED"));
        list(coalition).body("items[0].status", equalTo("CONFIRMED"));

        // Dating it replaces the timeline; a PATCH that names only the timeline leaves the status to it.
        given().contentType("application/merge-patch+json")
                .body("{\"statusHistory\": [{\"status\": \"PLEDGED\", \"on\": \"2025-09\"}, {\"status\": \"CONFIRMED\", \"on\": \"2025-11-03\"}]}")
                .patch("/commitments/" + britain).then().statusCode(200).body("status", equalTo("CONFIRMED"));
        list(coalition, "asOf", "2026-06-01").body("items[0].status", equalTo("CONFIRMED"));
        list(coalition, "asOf", "2025-11-02").body("items[0].status", equalTo("PLEDGED"));
        given().contentType(ContentType.JSON).body(CommitmentJson.groundForces(coalition).text("countryCode", "GB").without("status").json())
                .put("/commitments/" + britain).then().statusCode(200)
                .body("statusHistory.on", equalTo(List.of("2025-09", "2025-11-03")));
    }

    @Test
    void withdrawnCommitmentsStandOutsideAsOfUnlessAskedForAndTheSummaryFollows() {
        String coalition = "timeline-withdrawn";
        withTimeline(coalition, "FR", FRANCE_TIMELINE);
        withTimeline(coalition, "IT", """
                [{"status": "UNDER_CONSIDERATION", "on": "2025-02"}, {"status": "WITHDRAWN", "on": "2025-08-20"}]""");

        list(coalition, "asOf", "2025-08-19").body("items.countryCode", org.hamcrest.Matchers.containsInAnyOrder("FR", "IT"));
        list(coalition, "asOf", "2025-08-20").body("items.countryCode", equalTo(List.of("FR")));
        list(coalition, "asOf", "2025-08-20", "includeWithdrawn", "true").body("total", equalTo(2));
        list(coalition, "asOf", "2025-08-20", "status", "WITHDRAWN").body("items.countryCode", equalTo(List.of("IT")));

        given().queryParam("coalition", coalition).queryParam("groupBy", "status").queryParam("asOf", "2025-08-19")
                .get("/commitments/summary").then().statusCode(200)
                .body("groups.key", equalTo(List.of("PLEDGED", "UNDER_CONSIDERATION")))
                .body("groups.count", equalTo(List.of(1, 1)));
        given().queryParam("coalition", coalition).queryParam("groupBy", "status").queryParam("asOf", "2025-09-04")
                .queryParam("includeWithdrawn", "true").get("/commitments/summary").then().statusCode(200)
                .body("groups.key", equalTo(List.of("CONFIRMED", "WITHDRAWN")));
        given().queryParam("coalition", coalition).queryParam("groupBy", "status").queryParam("asOf", "2025-01-31")
                .get("/commitments/summary").then().statusCode(200).body("groups", equalTo(List.of()));
    }

    @Test
    void asOfAndKnownAtCombine() {
        String coalition = "timeline-both-axes";
        String france = withTimeline(coalition, "FR", """
                [{"status": "PLEDGED", "on": "2025-08-18"}]""");
        // (The timeline's source has accents: the body is sent as UTF-8, which RestAssured assumes only for application/json.)
        given().contentType("application/merge-patch+json; charset=UTF-8").body("{\"statusHistory\": " + FRANCE_TIMELINE + "}")
                .patch("/commitments/" + france).then().statusCode(200);
        // The record learned of the pledge on 1 September and of the rest on 10 September.
        QuarkusTransaction.requiringNew().run(() -> {
            UUID id = UUID.fromString(france);
            CommitmentVersion.update("changedAt = ?1 where commitmentId = ?2 and version = 0", Instant.parse("2025-09-01T09:00:00Z"), id);
            CommitmentVersion.update("supersededAt = ?1 where commitmentId = ?2 and version = 0", Instant.parse("2025-09-10T09:00:00Z"), id);
            CommitmentVersion.update("changedAt = ?1 where commitmentId = ?2 and version = 1", Instant.parse("2025-09-10T09:00:00Z"), id);
        });

        // What did we know on 2 September about 5 September? Only the pledge.
        list(coalition, "asOf", "2025-09-05", "knownAt", "2025-09-02").body("items[0].status", equalTo("PLEDGED"))
                .body("items[0].version", equalTo(0));
        list(coalition, "asOf", "2025-09-05").body("items[0].status", equalTo("CONFIRMED"));
        list(coalition, "asOf", "2025-08-17", "knownAt", "2025-09-02").body("total", equalTo(0));
        // On 11 September the record knew that France had been considering it since March.
        list(coalition, "asOf", "2025-04-01", "knownAt", "2025-09-11").body("items[0].status", equalTo("UNDER_CONSIDERATION"));
        list(coalition, "asOf", "2025-04-01", "knownAt", "2025-09-02").body("total", equalTo(0));
        list(coalition, "asOf", "2025-09-05", "knownAt", "2025-08-31").body("total", equalTo(0));

        given().queryParam("asOf", "2025-09-05").queryParam("knownAt", "2025-09-02").get("/commitments/" + france)
                .then().statusCode(200).header("ETag", "\"0\"").body("status", equalTo("PLEDGED"));
    }

    /**
     * Lists and summaries read the status on a day from spans the database derives from each
     * timeline (migration V9); a single GET applies the rule to the timeline in Java. On every day
     * where some step starts to count, and the day before, both must say the same, for timelines
     * where steps overlap, share a day or have no date, on the present record and at knownAt.
     */
    @Test
    void listsAndSummariesAgreeWithEachCommitmentsOwnTimelineOnEveryDay() {
        String coalition = "timeline-spans";
        List<String> timelines = List.of(
                // The month counts from its last day, the day of the pledge: the consideration is in force on no day.
                """
                [{"status": "UNDER_CONSIDERATION", "on": "2025-08"}, {"status": "PLEDGED", "on": "2025-08-31"}]""",
                """
                [{"status": "UNDER_CONSIDERATION", "on": "2025-09-04"}, {"status": "PLEDGED", "on": "2025-09-04"}, {"status": "CONFIRMED", "on": "2025-10"}]""",
                """
                [{"status": "PLEDGED", "on": "2025-08"}, {"status": "CONFIRMED"}, {"status": "DELIVERED", "on": "2025-12"}]""",
                """
                [{"status": "PLEDGED", "on": "2025"}, {"status": "WITHDRAWN", "on": "2026-02-01"}, {"status": "PLEDGED", "on": "2026-03"}]""",
                FRANCE_TIMELINE);
        List<String> countries = List.of("DE", "GB", "IT", "NL", "FR");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < timelines.size(); i++) {
            ids.add(withTimeline(coalition, countries.get(i), timelines.get(i)));
        }
        SortedSet<LocalDate> days = new TreeSet<>();
        for (String timeline : timelines) {
            Matcher on = Pattern.compile("\"on\": \"([0-9-]+)\"").matcher(timeline);
            while (on.find()) {
                LocalDate counts = PartialDate.parse(on.group(1)).lastDay();
                days.add(counts);
                days.add(counts.minusDays(1));
            }
        }
        String knownNow = Instant.now().toString();
        for (LocalDate day : days) {
            Map<String, String> expected = new TreeMap<>();
            for (String id : ids) {
                var one = given().queryParam("asOf", day.toString()).get("/commitments/" + id).then().extract();
                if (one.statusCode() == 200) {
                    expected.put(id, one.path("status"));
                } else {
                    assertEquals(404, one.statusCode(), "GET one on " + day);
                }
            }
            for (String knownAt : Arrays.asList(null, knownNow)) {
                var request = given().queryParam("coalition", coalition).queryParam("asOf", day.toString()).queryParam("includeWithdrawn", "true")
                        .queryParam("size", "50");
                if (knownAt != null) {
                    request.queryParam("knownAt", knownAt);
                }
                var listed = request.get("/commitments").then().statusCode(200).extract();
                List<String> listedIds = listed.path("items.id");
                List<String> listedStatuses = listed.path("items.status");
                Map<String, String> answered = new TreeMap<>();
                for (int i = 0; i < listedIds.size(); i++) {
                    answered.put(listedIds.get(i), listedStatuses.get(i));
                }
                assertEquals(expected, answered, "the list on " + day + " at knownAt " + knownAt);
                assertEquals(expected.size(), (int) listed.path("total"), "the total on " + day);
            }
            Map<String, Integer> tally = new TreeMap<>();
            expected.values().forEach(status -> tally.merge(status, 1, Integer::sum));
            var summary = given().queryParam("coalition", coalition).queryParam("groupBy", "status").queryParam("asOf", day.toString())
                    .queryParam("includeWithdrawn", "true").get("/commitments/summary").then().statusCode(200).extract();
            List<String> keys = summary.path("groups.key");
            List<Integer> counts = summary.path("groups.count");
            Map<String, Integer> summed = new TreeMap<>();
            for (int i = 0; i < keys.size(); i++) {
                summed.put(keys.get(i), counts.get(i));
            }
            assertEquals(tally, summed, "the summary on " + day);
        }
        // The rule's corner cases did happen: a step overtaken on its first day and an undated step never show.
        list(coalition, "asOf", "2025-08-31", "country", "DE").body("items[0].status", equalTo("PLEDGED"));
        list(coalition, "asOf", "2025-09-04", "country", "GB").body("items[0].status", equalTo("PLEDGED"));
        list(coalition, "asOf", "2025-11-30", "country", "IT").body("items[0].status", equalTo("PLEDGED"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a month that does not exist        | announcedOn                  | "announcedOn": "2025-13"
            a day that does not exist          | announcedOn                  | "announcedOn": "2025-02-30"
            year zero                          | announcedOn                  | "announcedOn": "0000"
            a step dated with no such day      | statusHistory[1].on          | "statusHistory": [{"status": "PLEDGED", "on": "2025-08"}, {"status": "CONFIRMED", "on": "2025-09-31"}]
            a step back in time                | statusHistory[1].on          | "statusHistory": [{"status": "PLEDGED", "on": "2025-09-04"}, {"status": "CONFIRMED", "on": "2025-08"}]
            a change the rules forbid          | statusHistory[1].status      | "statusHistory": [{"status": "DELIVERED", "on": "2025-08"}, {"status": "PLEDGED", "on": "2025-09"}]
            a step without a status            | statusHistory[0].status      | "statusHistory": [{"on": "2025-08"}]
            a status that goes back            | status                       | "statusHistory": [{"status": "CONFIRMED", "on": "2025-08"}], "status": "PLEDGED"
            neither status nor timeline        | status                       | "statusHistory": []
            """)
    void aBadDateOrTimelineIsA422NamingTheFieldAndWritesNothing(String bad, String field, String fields) {
        String coalition = "timeline-bad";
        ReadCopySeeds.activeMembers(coalition, "FR");
        String body = CommitmentJson.groundForces(coalition).without("status").without("announcedOn").json();
        body = body.substring(0, body.length() - 1) + ", " + fields + "}";
        given().contentType(ContentType.JSON).body(body).post("/commitments").then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo(field));
        list(coalition).body("total", equalTo(0));
    }
}
