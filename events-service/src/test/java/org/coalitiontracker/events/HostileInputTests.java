package org.coalitiontracker.events;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;

import org.coalitiontracker.testing.OwnerStubResource;
import org.coalitiontracker.testing.ReadCopySeeds;
import org.coalitiontracker.testing.EmbeddedPostgresResource;
import org.coalitiontracker.testing.KafkaBrokerResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Generated malformed and hostile requests against every endpoint, from a fixed seed. None may
 * get a 5xx; every 4xx must be a problem whose {@code status} matches; no write may succeed, and
 * the number of events and the fixture event must be the same afterwards.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OwnerStubResource.class, scope = TestResourceScope.GLOBAL)
class HostileInputTests {

    @BeforeAll
    static void countriesAreInTheCopy() {
        ReadCopySeeds.referenceCountries();
    }

    private static final long SEED = 20250904L;
    private static final String MERGE_PATCH = "application/merge-patch+json";
    private static final List<String> WRONG_CONTENT_TYPES = List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
            "application/octet-stream", "application/vnd.api+json", "text/json", "application/json-patch+json");
    private static final List<String> BAD_IF_MATCH = List.of("\"999\"", "W/\"2\"", "\"abc\"", "2", "\"-1\"", "\"1e400\"", "''",
            "'; DROP TABLE event; --", "\"0\", \"1\"", "\"" + "9".repeat(500) + "\"", "\"2 \"", "\"\"");
    private static final List<String> ODD_IDS = List.of("not-a-uuid", "'%20OR%20'1'%3D'1", "1-1-1-1-1",
            "00000000-0000-0000-0000-000000000000", "%00", "..", "%2e%2e", "%2F", "-1", "null", "9".repeat(100), "%7Bid%7D", "%20",
            "%E2%80%AE" + "0b6f2c1e-8d3a-4f5e-9c2b-7a1d4e6f8a90", "0b6f2c1e-8d3a-4f5e-9c2b-7a1d4e6f8a9g", "a".repeat(3000),
            "%3Bdrop%20table%20event", "events", "%F0%9F%87%AB%F0%9F%87%B7");
    // No "..": /events/{id}/participants/.. is, after RFC 3986 normalisation, the event itself.
    private static final List<String> ODD_COUNTRY_CODES = List.of("F1", "FRA", "F", "12", "%C3%89%C3%89", "%00", "fr%00", "%E2%80%AEFR",
            "'%20OR%201%3D1%20--", "%2e", "%2F", "null", "xx".repeat(500), "F%20", "%20FR", "%F0%9F%87%AB%F0%9F%87%B7");

    /** Sends the body bytes as they are, whatever the content type says. */
    private static final RestAssuredConfig AS_SENT = RestAssuredConfig.config().encoderConfig(WRONG_CONTENT_TYPES.stream()
            .reduce(EncoderConfig.encoderConfig(), (config, type) -> config.encodeContentTypeAs(type, ContentType.BINARY), (a, b) -> b));

    private final List<String> failures = new ArrayList<>();
    private int requests;
    private String fixture;
    private Snapshot before;

    record Snapshot(long events, String fixtureEtag, List<String> participants) {
    }

    @BeforeEach
    void createFixtureAndTakeSnapshot() {
        fixture = EventJson.parisMeeting("Hostile input fixture " + UUID.randomUUID()).create();
        EventJson.addParticipant(fixture, "FR", "CO_CHAIR", "IN_PERSON");
        EventJson.addParticipant(fixture, "GB", "CO_CHAIR", "VIRTUAL");
        before = snapshot();
        assertEquals("\"2\"", before.fixtureEtag());
    }

    @AfterEach
    void nothingWasWritten() {
        assertEquals(List.of(), failures, failures.size() + " of " + requests + " requests were answered wrongly");
        assertEquals(before, snapshot(), "the hostile requests changed stored data");
    }

    @Test
    void eventBodiesThatAreBrokenOrHaveAWrongFieldWriteNothing() {
        Random random = new Random(SEED);
        Map<String, Object> valid = EventJson.parisMeeting("Hostile body").fields();
        String validJson = HostileBodies.json(valid);
        String event = "/events/" + fixture;

        HostileBodies.eventFieldJunk().forEach((field, values) -> values.forEach(value -> {
            Map<String, Object> body = new LinkedHashMap<>(valid);
            body.put(field, value);
            String json = HostileBodies.json(body);
            String what = field + "=" + abbreviate(HostileBodies.json(value));
            write("POST " + what, json(ContentType.JSON.toString()).body(json).post("/events"));
            write("PUT " + what, json(ContentType.JSON.toString()).body(json).put(event));
            write("PATCH " + what, json(MERGE_PATCH).body(HostileBodies.json(Map.of(field, value))).patch(event));
        }));
        for (String required : List.of("title", "kind", "status", "startsAt", "timeZone")) {
            Map<String, Object> body = new LinkedHashMap<>(valid);
            body.remove(required);
            write("POST without " + required, json(ContentType.JSON.toString()).body(HostileBodies.json(body)).post("/events"));
            write("PUT without " + required, json(ContentType.JSON.toString()).body(HostileBodies.json(body)).put(event));
            Map<String, Object> clear = new LinkedHashMap<>();
            clear.put(required, null);
            write("PATCH clearing " + required, json(MERGE_PATCH).body(HostileBodies.json(clear)).patch(event));
        }
        for (String text : HostileBodies.HOSTILE_TEXT) {
            // Free text is accepted anywhere text is; an end before the start makes each of these bodies invalid.
            Map<String, Object> body = new LinkedHashMap<>(valid);
            body.put(List.of("title", "summary", "coalitionId").get(random.nextInt(3)), text);
            body.put("endsAt", "2025-09-04T10:00:00+02:00");
            write("POST hostile text " + abbreviate(text), json(ContentType.JSON.toString()).body(HostileBodies.json(body)).post("/events"));
        }
        for (HostileBodies.Body body : HostileBodies.brokenJson(validJson, random)) {
            write("POST " + body.description(), json(ContentType.JSON.toString()).body(body.content()).post("/events"));
            write("PUT " + body.description(), json(ContentType.JSON.toString()).body(body.content()).put(event));
            write("PATCH " + body.description(), json(MERGE_PATCH).body(body.content()).patch(event));
        }
        for (String contentType : WRONG_CONTENT_TYPES) {
            write("POST as " + contentType, json(contentType).body(utf8(validJson)).post("/events"));
            write("PUT as " + contentType, json(contentType).body(utf8(validJson)).put(event));
            write("PATCH as " + contentType, json(contentType).body(utf8("{\"title\": \"x\"}")).patch(event));
        }
        write("POST as merge patch", json(MERGE_PATCH).body(validJson).post("/events"));
        write("PUT as merge patch", json(MERGE_PATCH).body(validJson).put(event));
    }

    @Test
    void participantBodiesAndCountryCodesThatAreHostileWriteNothing() {
        Random random = new Random(SEED + 1);
        Map<String, Object> valid = Map.of("role", "OBSERVER", "attendance", "VIRTUAL", "representedBy", "Giorgia Meloni");
        String validJson = HostileBodies.json(valid);
        String newParticipant = "/events/" + fixture + "/participants/IT";

        HostileBodies.participantFieldJunk().forEach((field, values) -> values.forEach(value -> {
            Map<String, Object> body = new LinkedHashMap<>(valid);
            body.put(field, value);
            write("PUT " + field + "=" + abbreviate(HostileBodies.json(value)),
                    json(ContentType.JSON.toString()).body(HostileBodies.json(body)).put(newParticipant));
        }));
        write("PUT without role", json(ContentType.JSON.toString()).body("{\"attendance\": \"VIRTUAL\"}").put(newParticipant));
        for (HostileBodies.Body body : HostileBodies.brokenJson(validJson, random)) {
            write("PUT " + body.description(), json(ContentType.JSON.toString()).body(body.content()).put(newParticipant));
        }
        for (String contentType : WRONG_CONTENT_TYPES) {
            write("PUT as " + contentType, json(contentType).body(utf8(validJson)).put(newParticipant));
        }
        write("PUT as merge patch", json(MERGE_PATCH).body(validJson).put(newParticipant));
        for (String code : ODD_COUNTRY_CODES) {
            String participant = "/events/" + fixture + "/participants/" + code;
            write("PUT participant " + abbreviate(code), raw().contentType(ContentType.JSON).body(validJson).put(participant));
            write("DELETE participant " + abbreviate(code), raw().delete(participant));
            read("GET participant " + abbreviate(code), raw().get(participant));
        }
        for (String ifMatch : BAD_IF_MATCH) {
            write("PUT participant If-Match " + ifMatch, json(ContentType.JSON.toString()).header("If-Match", ifMatch).body(validJson)
                    .put(newParticipant));
            write("PUT existing participant If-Match " + ifMatch, json(ContentType.JSON.toString()).header("If-Match", ifMatch)
                    .body(validJson).put("/events/" + fixture + "/participants/FR"));
            write("DELETE participant If-Match " + ifMatch, given().header("If-Match", ifMatch).delete("/events/" + fixture + "/participants/GB"));
        }
    }

    @Test
    void oddIdsPathsAndIfMatchHeadersWriteNothing() {
        String validEvent = EventJson.parisMeeting("Hostile ids").json();
        String validParticipant = "{\"role\": \"GUEST\"}";
        List<String> ids = new ArrayList<>(ODD_IDS);
        ids.add(UUID.randomUUID().toString());
        ids.add(fixture + "x");
        ids.add(fixture + "%00");
        ids.add(fixture.replace('-', '_'));
        for (String id : ids) {
            String event = "/events/" + id;
            String what = " " + abbreviate(id);
            read("GET event" + what, raw().get(event));
            write("PUT event" + what, raw().contentType(ContentType.JSON).body(validEvent).put(event));
            write("PATCH event" + what, raw().contentType(MERGE_PATCH).body("{\"title\": \"x\"}").patch(event));
            write("DELETE event" + what, raw().delete(event));
            read("GET participants" + what, raw().get(event + "/participants"));
            read("GET participant" + what, raw().get(event + "/participants/FR"));
            write("PUT participant" + what, raw().contentType(ContentType.JSON).body(validParticipant).put(event + "/participants/PL"));
            write("DELETE participant" + what, raw().delete(event + "/participants/FR"));
        }
        for (String path : List.of("/events/" + fixture + "/participants/FR/x", "/events/" + fixture + "/nothing", "/events//participants",
                "/events/" + fixture + "/participants/", "/events/;x=1", "/events%2F" + fixture, "/eventsX", "/events/" + fixture + "/commitments")) {
            write("PUT " + path, raw().contentType(ContentType.JSON).body(validParticipant).put(path));
            write("DELETE " + path, raw().delete(path));
            write("POST " + path, raw().contentType(ContentType.JSON).body(validEvent).post(path.equals("/events/;x=1") ? "/events/x" : path));
            read("GET " + path, raw().get(path));
        }
        for (String ifMatch : BAD_IF_MATCH) {
            String event = "/events/" + fixture;
            write("PUT If-Match " + ifMatch, json(ContentType.JSON.toString()).header("If-Match", ifMatch).body(validEvent).put(event));
            write("PATCH If-Match " + ifMatch, json(MERGE_PATCH).header("If-Match", ifMatch).body("{\"summary\": \"x\"}").patch(event));
            write("DELETE If-Match " + ifMatch, given().header("If-Match", ifMatch).delete(event));
        }
        write("DELETE the list", given().delete("/events"));
        write("PUT the list", json(ContentType.JSON.toString()).body(validEvent).put("/events"));
        write("POST to an event", json(ContentType.JSON.toString()).body(validEvent).post("/events/" + fixture));
        write("PATCH a participant", json(MERGE_PATCH).body(validParticipant).patch("/events/" + fixture + "/participants/FR"));
    }

    @Test
    void hostileQueryParametersNeverBreakTheServer() {
        Random random = new Random(SEED + 2);
        List<String> parameters = List.of("from", "to", "kind", "format", "status", "country", "coalition", "q", "updatedSince", "page", "size");
        List<String> values = new ArrayList<>(HostileBodies.HOSTILE_TEXT);
        values.addAll(List.of("2025-02-30", "2025-09-04T11:00:00", "+300000-01-01T00:00:00Z", "0000-01-01", "9999-12-31T23:59:59-14:00",
                "SUMMIT", "call\u0000", "FRA", "F\u0000", "\ud800", "1e400", "-2147483648", "2147483648", "10737419", " ", "0"));
        for (String parameter : parameters) {
            for (String value : values) {
                read("GET /events?" + parameter + "=" + abbreviate(value), given().queryParam(parameter, value).get("/events"));
            }
        }
        for (int i = 0; i < 60; i++) {
            RequestSpecification request = given();
            StringBuilder what = new StringBuilder("GET /events?");
            for (int j = 0; j < 3; j++) {
                String parameter = parameters.get(random.nextInt(parameters.size()));
                String value = values.get(random.nextInt(values.size()));
                request.queryParam(parameter, value);
                what.append(parameter).append('=').append(abbreviate(value)).append('&');
            }
            read(what.toString(), request.get("/events"));
        }
        for (String parameter : List.of("updatedSince", "page", "size")) {
            for (String value : values) {
                read("GET participants?" + parameter + "=" + abbreviate(value),
                        given().queryParam(parameter, value).get("/events/" + fixture + "/participants"));
            }
        }
        read("GET /events?kind=CALL&kind=SUMMIT", given().queryParam("kind", "CALL", "SUMMIT").get("/events"));
        read("GET /events with unknown parameters", given().queryParam("sort", "title; drop table event").queryParam("\u0000", "x").get("/events"));
    }

    /**
     * Requests the HTTP server refuses before any application code runs: a malformed percent
     * escape, a request line over 4 KiB, headers over 20 KiB. They are client errors, but Quarkus
     * answers them without a problem body, so only the status is checked here.
     */
    @Test
    void requestsRefusedByTheHttpServerAreClientErrors() {
        String event = "/events/" + fixture;
        List<String> requestHeads = List.of(
                "GET /events/%zz", "GET /events?q=%zz", "GET /events?q=%", "PUT " + event + "/participants/%zz",
                "DELETE " + event + "%", "GET /events/" + "a".repeat(5000),
                "DELETE " + event + "\r\nIf-Match: \"" + "9".repeat(30_000) + "\"");
        for (String head : requestHeads) {
            String[] parts = head.split(" ", 2);
            String request = parts[0] + " " + parts[1].replaceFirst("\r\n.*", "") + " HTTP/1.1\r\nHost: localhost\r\n"
                    + (parts[1].contains("\r\n") ? parts[1].substring(parts[1].indexOf("\r\n") + 2) + "\r\n" : "")
                    + "Content-Length: 0\r\nConnection: close\r\n\r\n";
            int status = rawStatus(request);
            requests++;
            if (status < 400 || status >= 500) {
                failures.add(abbreviate(head) + " -> " + status);
            }
        }
    }

    private static RequestSpecification json(String contentType) {
        return given().config(AS_SENT).contentType(contentType);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A request whose path is sent exactly as written, percent escapes included. */
    private static RequestSpecification raw() {
        return given().urlEncodingEnabled(false);
    }

    private void write(String what, Response response) {
        requests++;
        int status = response.statusCode();
        if (status < 400 || status >= 500) {
            failures.add(what + " -> " + status + " " + abbreviate(response.asString()));
            return;
        }
        requireProblem(what, response);
    }

    private void read(String what, Response response) {
        requests++;
        int status = response.statusCode();
        if (status >= 500 || status < 200 || (status >= 300 && status < 400)) {
            failures.add(what + " -> " + status + " " + abbreviate(response.asString()));
        } else if (status >= 400) {
            requireProblem(what, response);
        }
    }

    private void requireProblem(String what, Response response) {
        String contentType = response.contentType();
        if (contentType == null || !contentType.startsWith("application/problem+json")) {
            failures.add(what + " -> " + response.statusCode() + " as " + contentType);
            return;
        }
        Integer status = response.jsonPath().get("status");
        if (status == null || status != response.statusCode()) {
            failures.add(what + " -> " + response.statusCode() + " with problem status " + status);
        }
    }

    private Snapshot snapshot() {
        long events = ((Number) given().queryParam("size", 1).get("/events").then().statusCode(200).extract().path("total")).longValue();
        Response event = given().get("/events/" + fixture);
        return new Snapshot(events, event.header("ETag"), event.jsonPath().getList("participants.countryCode"));
    }

    private static int rawStatus(String request) {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            String statusLine = new String(socket.getInputStream().readNBytes(64), StandardCharsets.ISO_8859_1).split("\r\n")[0];
            return Integer.parseInt(statusLine.split(" ")[1]);
        } catch (IOException e) {
            throw new IllegalStateException("No answer to " + abbreviate(request), e);
        }
    }

    private static String abbreviate(String text) {
        Function<String, String> visible = s -> s.replace("\u0000", "\\u0000").replace("\r", "\\r").replace("\n", "\\n");
        return text.length() <= 80 ? visible.apply(text) : visible.apply(text.substring(0, 77)) + "...(" + text.length() + ")";
    }
}
