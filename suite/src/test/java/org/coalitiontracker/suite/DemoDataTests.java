package org.coalitiontracker.suite;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.coalitiontracker.suite.demo.DemoData;
import org.coalitiontracker.suite.demo.DemoLoadException;
import org.coalitiontracker.suite.demo.DemoReport;
import org.coalitiontracker.suite.demo.DemoReport.Kind;
import org.coalitiontracker.suite.demo.DemoTargets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

/**
 * The demo data set loaded into the whole suite through the public APIs: the facts a tour of the
 * reference case relies on are there, and loading again adds and changes nothing.
 */
class DemoDataTests {

    private static final String COALITION = "coalition-of-the-willing";
    private static final String MEMBERS = "/coalitions/" + COALITION + "/members";
    private static final String WASHINGTON_TITLE = "White House talks of the US president with Zelenskyy and European leaders";
    private static final String SEPTEMBER_MEETING_TITLE = "Coalition of the Willing leaders' meeting in Paris";

    private static final int DEFAULT_MEMBERS = 10;
    private static final int DEFAULT_EVENTS = 4;
    private static final int DEFAULT_PARTICIPANTS = 14;
    private static final int DEFAULT_COMMITMENTS = 19;
    private static final int DEFAULT_SEPTEMBER_COMMITMENTS = 12;

    private static RunningSuite suite;
    private static String countries;
    private static String events;
    private static String commitments;
    private static DemoTargets targets;
    private static DemoReport firstLoad;

    @BeforeAll
    static void startSuiteAndLoadOnce() throws InterruptedException {
        suite = RunningSuite.start();
        countries = suite.url(SuiteService.COUNTRIES);
        events = suite.url(SuiteService.EVENTS);
        commitments = suite.url(SuiteService.COMMITMENTS);
        targets = DemoTargets.of(countries, events, commitments).withBearerToken(suite.editorToken());
        // Straight after the writes to countries- and events-service: commitments-service must
        // accept the new members and events before its read copies have them.
        firstLoad = DemoData.load(targets);
    }

    @AfterAll
    static void stopSuite() {
        if (suite != null) {
            suite.close();
        }
    }

    @Test
    void theFirstLoadCreatesTheWholeDataSet() {
        assertEquals(1, firstLoad.created(Kind.COALITIONS));
        assertEquals(DEFAULT_MEMBERS, firstLoad.created(Kind.MEMBERS));
        assertEquals(DEFAULT_EVENTS, firstLoad.created(Kind.EVENTS));
        assertEquals(DEFAULT_PARTICIPANTS, firstLoad.created(Kind.PARTICIPANTS));
        assertEquals(DEFAULT_COMMITMENTS, firstLoad.created(Kind.COMMITMENTS));
        for (Kind kind : Kind.values()) {
            assertEquals(0, firstLoad.alreadyPresent(kind), kind.name());
        }
    }

    @Test
    void theCoalitionKeepsBothLaunchClaimsEachWithItsSource() {
        given().get(countries + "/coalitions/" + COALITION).then().statusCode(200)
                .body("name", equalTo("Coalition of the Willing"))
                // No source gives a day, so none is made up: the month three of the four reports give, and the record says it is disputed.
                .body("launchedOn", equalTo("2025-02"))
                .body("disputedFields", equalTo(List.of("launchedOn", "reportedSize")))
                .body("claims.findAll { it.field == 'launchedOn' }.value", equalTo(List.of("2025-02", "2025-03")))
                .body("claims.find { it.value == '2025-02' }.sources", hasSize(3))
                .body("claims.find { it.value == '2025-03' }.sources.title",
                        equalTo(List.of("Macron and Starmer to lead Paris talks on 'Coalition of the Willing'")))
                .body("claims.findAll { it.field == 'reportedSize' }.value", equalTo(List.of(30, 31)));
        // Question 8: what is disputed? Both open, each with the value most reports give.
        given().queryParam("coalition", COALITION).get(countries + "/disputes").then().statusCode(200)
                .body("items.field", equalTo(List.of("launchedOn", "reportedSize")))
                .body("items.settled", equalTo(List.of(false, false)))
                .body("items.value", equalTo(List.of("2025-02", 30)))
                .body("items[1].claims.sources.title.flatten()", hasSize(5));
    }

    @Test
    void newZealandRestsOnASingleReport() {
        given().get(countries + MEMBERS + "/NZ").then().statusCode(200)
                .body("claims", hasSize(1))
                .body("claims[0].field", equalTo("status"))
                .body("claims[0].sources.title", equalTo(List.of("Macron and Starmer to lead Paris talks on 'Coalition of the Willing'")));
        String report = given().get(countries + "/sources?size=200").then().statusCode(200)
                .extract().path("items.find { it.title == \"Macron and Starmer to lead Paris talks on 'Coalition of the Willing'\" }.id");
        given().get(countries + "/sources/" + report + "/citations?size=200").then().statusCode(200)
                .body("items.find { it.id == 'coalition-of-the-willing/NZ' && it.field == 'status' }.rank", equalTo("NORMAL"));
    }

    @Test
    void franceAndTheUkLeadAndSupportGroundTroopsWhileItalyAndPolandOppose() {
        given().get(countries + MEMBERS + "?role=LEAD").then().statusCode(200)
                .body("items.countryCode", containsInAnyOrder("FR", "GB"));
        for (String lead : List.of("FR", "GB")) {
            given().get(countries + MEMBERS + "/" + lead).then().statusCode(200)
                    .body("status", equalTo("ACTIVE"))
                    .body("stances.find { it.topic == 'GROUND_TROOPS_IN_UKRAINE' }.position", equalTo("SUPPORTS"))
                    .body("stances.find { it.topic == 'GROUND_TROOPS_IN_UKRAINE' }.conditions", containsString("US security guarantees"))
                    .body("stances.find { it.topic == 'GROUND_TROOPS_IN_UKRAINE' }.sources", not(empty()));
        }
        for (String opponent : List.of("IT", "PL")) {
            given().get(countries + MEMBERS + "/" + opponent).then().statusCode(200)
                    .body("role", equalTo("MEMBER"))
                    .body("stances.find { it.topic == 'GROUND_TROOPS_IN_UKRAINE' }.position", equalTo("OPPOSES"));
        }
    }

    @Test
    void whoWasAMemberDependsOnTheDate() {
        given().get(countries + MEMBERS + "?asOf=2025-09-04&size=200").then().statusCode(200)
                .body("total", equalTo(DEFAULT_MEMBERS))
                .body("items.find { it.countryCode == 'TR' }.countryName", equalTo("Türkiye"));
        // Only those the sources connect with the coalition by the March summit.
        given().get(countries + MEMBERS + "?asOf=2025-03-27").then().statusCode(200)
                .body("items.countryCode", containsInAnyOrder("CA", "FR", "GB", "NO"));
        given().get(countries + MEMBERS + "?asOf=2025-02-27").then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void theFourEventsHaveTheirLocalDatesTimeZonesFormatsAndParticipants() throws InterruptedException {
        JsonPath list = given().get(events + "/events?from=2025-01-01&to=2025-12-31&size=200")
                .then().statusCode(200).body("total", equalTo(DEFAULT_EVENTS)).extract().jsonPath();
        // The reports give days, never an hour: no invented midnight.
        assertEquals(List.of("2025-03-27", "2025-08-15", "2025-08-18", "2025-09-04"), list.getList("items.startsOn"));
        assertEquals(List.of(), list.getList("items.findAll { it.startsAt != null || it.endsAt != null }"));
        assertEquals(List.of("Europe/Paris", "America/Anchorage", "America/New_York", "Europe/Paris"), list.getList("items.timeZone"));
        assertEquals(List.of("IN_PERSON", "IN_PERSON", "IN_PERSON", "HYBRID"), list.getList("items.format"));
        assertEquals(List.of("CONFIRMED", "HELD", "HELD", "CONFIRMED"), list.getList("items.status"));

        given().get(events + "/events?coalition=" + COALITION).then().statusCode(200)
                .body("items.startsOn", equalTo(List.of("2025-03-27", "2025-09-04")));
        given().get(events + "/events/" + eventId("2025-09-04", SEPTEMBER_MEETING_TITLE)).then().statusCode(200)
                .body("participants.find { it.countryCode == 'FR' }.role", equalTo("CO_CHAIR"))
                .body("participants.find { it.countryCode == 'GB' }.role", equalTo("CO_CHAIR"))
                .body("participants.find { it.countryCode == 'UA' }.attendance", equalTo("IN_PERSON"))
                .body("participants.countryCode", not(hasItem("US")))
                .body("summary", containsString("air support"));
        // The timeline of one country's events, as applications ask for it.
        given().get(events + "/events?country=UA").then().statusCode(200)
                .body("items.startsOn", equalTo(List.of("2025-03-27", "2025-08-18", "2025-09-04")));
        // countries-service shows a member's events from its copy, by their days, in the same order.
        await(() -> given().get(countries + MEMBERS + "/FR").then().statusCode(200),
                r -> r.body("events.startsOn", equalTo(List.of("2025-03-27", "2025-08-18", "2025-09-04")))
                        .body("events.findAll { it.startsAt != null }", empty()));
    }

    @Test
    void theSourceThatDatesTheWashingtonMeetingTo2023IsKeptAsDisputed() {
        given().get(events + "/events/" + eventId("2025-08-18", WASHINGTON_TITLE)).then().statusCode(200)
                .body("startsOn", equalTo("2025-08-18"))
                .body("$", not(hasKey("startsAt")))
                .body("location.venue", equalTo("White House, East Room"))
                .body("sources", hasSize(4))
                .body("sources.find { it.note?.contains('2023') }.note", containsString("Disputed"))
                .body("sources.find { it.note?.contains('2023') }.title",
                        equalTo("France hosts virtual summit to plan post-war support for Ukraine"))
                .body("participants.countryCode", containsInAnyOrder("US", "UA", "GB", "FR"));
        given().get(events + "/events?from=2023-01-01&to=2024-12-31").then().statusCode(200).body("total", equalTo(0));
        // As claims: 2025-08-18 preferred, 2023-08-18 deprecated with the reason, a settled dispute.
        given().queryParam("recordType", "event").get(events + "/disputes").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].field", equalTo("startsOn"))
                .body("items[0].settled", equalTo(true))
                .body("items[0].value", equalTo("2025-08-18"))
                .body("items[0].claims.value", equalTo(List.of("2025-08-18", "2023-08-18")))
                .body("items[0].claims.rank", equalTo(List.of("PREFERRED", "DEPRECATED")))
                .body("items[0].claims[1].sources.title", equalTo(List.of("France hosts virtual summit to plan post-war support for Ukraine")))
                .body("items[0].claims[1].note", containsString("A year too early"));
    }

    /** World time: the meeting's commitments (announced 29 August, with their status then) stand on 4 September, none on 1 August. */
    @Test
    void whatStoodOnADayIsAnsweredFromTheTimelinesNotFromWhenTheDataWasTypedIn() {
        String meeting = eventId("2025-09-04", SEPTEMBER_MEETING_TITLE);
        given().get(commitments + "/commitments?asOf=2025-09-04&event=" + meeting + "&size=200").then().statusCode(200)
                .body("total", equalTo(DEFAULT_SEPTEMBER_COMMITMENTS))
                .body("items.status", everyItem(equalTo("UNDER_CONSIDERATION")));
        given().get(commitments + "/commitments?asOf=2025-09-04&size=200").then().statusCode(200).body("total", equalTo(15));
        given().get(commitments + "/commitments?asOf=2025-08-01").then().statusCode(200).body("total", equalTo(0));
        // The ground-forces pledges of 18 August stand from that day; the 29 August contributions not yet.
        given().get(commitments + "/commitments?asOf=2025-08-20&size=200").then().statusCode(200)
                .body("items.countryCode", equalTo(List.of("DE", "FR", "GB")))
                .body("items.category", everyItem(equalTo("GROUND_FORCES")));
        given().get(commitments + "/commitments/summary?groupBy=status&asOf=2025-09-04").then().statusCode(200)
                .body("groups.key", equalTo(List.of("PLEDGED", "UNDER_CONSIDERATION")))
                .body("groups.count", equalTo(List.of(2, 13)));
    }

    @Test
    void commitmentsAnnouncedAtTheSeptemberMeetingReachEventsService() throws InterruptedException {
        String meeting = eventId("2025-09-04", SEPTEMBER_MEETING_TITLE);
        given().get(commitments + "/commitments?event=" + meeting + "&size=200").then().statusCode(200)
                .body("total", equalTo(DEFAULT_SEPTEMBER_COMMITMENTS))
                .body("items.countryCode.unique()", containsInAnyOrder("FR", "GB"))
                .body("items.category.unique()", containsInAnyOrder("TRAINING", "FINANCING", "EQUIPMENT", "AIR", "MARITIME",
                        "SUPPORT_FORCES_NEIGHBOURING"))
                .body("items.status", everyItem(equalTo("UNDER_CONSIDERATION")));
        // events-service learns of them over Kafka.
        await(() -> given().get(events + "/events/" + meeting + "/commitments?size=200").then().statusCode(200),
                response -> response.body("total", equalTo(DEFAULT_SEPTEMBER_COMMITMENTS)));
    }

    @Test
    void groundForcesAreConditionalOnAUsBackstopAndPledgedByFranceAndTheUk() {
        given().get(commitments + "/commitments?category=GROUND_FORCES&condition=US_BACKSTOP").then().statusCode(200)
                .body("items.countryCode", containsInAnyOrder("FR", "GB", "DE"))
                .body("items.stationedIn", everyItem(equalTo("UA")))
                .body("items.announcedOn", everyItem(equalTo("2025-08-18")));
        given().get(commitments + "/commitments?category=GROUND_FORCES&status=PLEDGED").then().statusCode(200)
                .body("items.countryCode", containsInAnyOrder("FR", "GB"));
        // Strengthening Ukraine's army is not tied to a US backstop in the sources.
        given().get(commitments + "/commitments?category=TRAINING&condition=US_BACKSTOP").then().statusCode(200)
                .body("total", equalTo(0));
        given().get(commitments + "/commitments?category=SUPPORT_FORCES_NEIGHBOURING").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.stationedIn", everyItem(is(nullValue())));
    }

    @Test
    void aSecondLoadAddsAndChangesNothing() {
        Map<String, String> before = versions();

        DemoReport secondLoad = DemoData.load(targets);

        assertEquals(0, secondLoad.totalCreated(), secondLoad.toString());
        assertEquals(1, secondLoad.alreadyPresent(Kind.COALITIONS));
        assertEquals(DEFAULT_MEMBERS, secondLoad.alreadyPresent(Kind.MEMBERS));
        assertEquals(DEFAULT_EVENTS, secondLoad.alreadyPresent(Kind.EVENTS));
        assertEquals(DEFAULT_PARTICIPANTS, secondLoad.alreadyPresent(Kind.PARTICIPANTS));
        assertEquals(DEFAULT_COMMITMENTS, secondLoad.alreadyPresent(Kind.COMMITMENTS));
        assertEquals(before, versions());
    }

    @Test
    void aFailedRequestStopsTheLoadWithTheServicesAnswer() {
        DemoTargets nowhere = DemoTargets.of(countries + "/no-such-prefix", events, commitments).withBearerToken(suite.editorToken());
        DemoLoadException failure = assertThrows(DemoLoadException.class, () -> DemoData.load(nowhere));
        assertTrue(failure.getMessage().contains("404"), failure.getMessage());
    }

    @Test
    void everySourceInTheDataSetIsOneOfTheFiveArticles() throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode catalogue = resource(json, "sources.json");
        List<JsonNode> articles = new ArrayList<>();
        catalogue.forEach(articles::add);
        assertEquals(5, articles.size());
        List<JsonNode> cited = new ArrayList<>();
        for (String file : List.of("coalition.json", "members.json", "events.json", "commitments.json")) {
            collectSources(resource(json, file), cited);
        }
        assertTrue(cited.size() > 50, "sources found: " + cited.size());
        for (JsonNode source : cited) {
            ObjectNode withoutNote = ((ObjectNode) source).deepCopy();
            withoutNote.remove("note");
            assertTrue(articles.contains(withoutNote), "not one of the catalogued articles: " + source);
        }
        for (JsonNode article : articles) {
            assertTrue(cited.stream().anyMatch(source -> source.path("title").equals(article.path("title"))), "never cited: " + article);
        }
    }

    // Every owned record's version and last change, by where it lives: equal maps mean nothing
    // was added, removed or changed.
    private static Map<String, String> versions() {
        Map<String, String> versions = new TreeMap<>();
        Response coalition = given().get(countries + "/coalitions/" + COALITION);
        versions.put("coalition", coalition.getHeader("ETag") + " " + coalition.path("updatedAt"));
        collect(versions, "member ", countries + MEMBERS + "?size=200", "countryCode");
        List<String> eventIds = collect(versions, "event ", events + "/events?size=200", "id");
        collect(versions, "commitment ", commitments + "/commitments?size=200", "id");
        for (String id : eventIds) {
            versions.put("event ETag " + id, given().get(events + "/events/" + id).then().statusCode(200).extract().header("ETag"));
        }
        return versions;
    }

    /** Adds the count and each item's version and last change; returns the items' ids. */
    private static List<String> collect(Map<String, String> versions, String prefix, String url, String idField) {
        JsonPath page = given().get(url).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = page.getList("items");
        assertEquals(page.getInt("total"), items.size(), "everything on one page: " + url);
        versions.put(prefix + "count", Integer.toString(items.size()));
        List<String> ids = new ArrayList<>();
        for (Map<String, Object> item : items) {
            String id = String.valueOf(item.get(idField));
            ids.add(id);
            versions.put(prefix + id, item.get("version") + " " + item.get("updatedAt") + " "
                    + (item.get("participants") instanceof List<?> participants ? participants.size() : ""));
        }
        return ids;
    }

    private static String eventId(String day, String title) {
        List<String> ids = given().queryParam("from", day).queryParam("to", day).queryParam("q", title)
                .get(events + "/events").then().statusCode(200).extract().path("items.id");
        assertEquals(1, ids.size(), "events titled '" + title + "' on " + day);
        return ids.get(0);
    }

    private static void collectSources(JsonNode node, List<JsonNode> sources) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if (field.getKey().equals("sources")) {
                    field.getValue().forEach(sources::add);
                } else {
                    collectSources(field.getValue(), sources);
                }
            });
        } else if (node.isArray()) {
            node.forEach(element -> collectSources(element, sources));
        }
    }

    private static JsonNode resource(ObjectMapper json, String name) throws IOException {
        try (InputStream in = DemoData.class.getResourceAsStream("/demo/" + name)) {
            assertNotNull(in, name);
            return json.readTree(in);
        }
    }

    private static void await(Supplier<ValidatableResponse> request, Consumer<ValidatableResponse> expectations) throws InterruptedException {
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
