package org.coalitiontracker.commitments;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import org.coalitiontracker.commitments.domain.Commitment;
import org.coalitiontracker.commitments.domain.CommitmentVersion;
import org.coalitiontracker.testing.OwnerStubResource;
import org.coalitiontracker.testing.ReadCopySeeds;
import org.coalitiontracker.testing.EmbeddedPostgresResource;
import org.coalitiontracker.testing.KafkaBrokerResource;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Several hundred malformed and hostile requests against every endpoint, generated from a fixed
 * seed. None may cause a 5xx; every 4xx must be a problem document with the matching status;
 * every write must be refused, and nothing may be written.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OwnerStubResource.class, scope = TestResourceScope.GLOBAL)
class HostileInputTests {

    private static final long SEED = 20250904L;
    private static final String COALITION = "hostile-coalition";
    private static final String MISSING_ID = "00000000-0000-0000-0000-000000000000";
    private static final String HUGE_TEXT = "\"" + "x".repeat(100_000) + "\"";
    private static final String DEEP_ARRAY = "[".repeat(10_000) + "]".repeat(10_000);
    private static final String DEEP_OBJECT = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);

    /** Invalid for every field, whatever its type. */
    private static final List<String> INVALID_ANYWHERE = List.of(
            "true", "1e400", "-1e400", "9".repeat(1200), "{\"$gt\": \"\"}", DEEP_ARRAY, DEEP_OBJECT, HUGE_TEXT,
            "\"before\\u0000after\"", "\"lone \\ud800 surrogate\"", "\"\\udfff\"", "[1, 2]");

    /** Text that only a free-text field may hold. */
    private static final List<String> INVALID_FOR_STRICT_FIELDS = List.of(
            "\"' OR '1'='1\"", "\"1; DROP TABLE commitment; --\"", "\"TELEPORTATION\"", "\"\\u202eRF\"", "\"ＦＲ\"", "\"F\\u0301R\"",
            "\"２０２５-09-04\"", "\"<script>alert(1)</script>\"");

    private static final Map<String, List<String>> INVALID_FOR_FIELD = Map.ofEntries(
            Map.entry("countryCode", List.of("null", "\"FRA\"", "\"F\"", "\"12\"")),
            Map.entry("coalitionId", List.of("null", "\"\"", "\"Coalition\"", "\"a--b\"", "\"" + "a".repeat(65) + "\"")),
            Map.entry("category", List.of("null", "\"ground_forces\"", "0")),
            Map.entry("status", List.of("null", "\"pledged \"", "4")),
            Map.entry("description", List.of("\"" + "d".repeat(4001) + "\"", "42")),
            Map.entry("personnel", List.of("-1", "2.5", "99999999999", "\"2000\"", "1e3", "-0.0")),
            Map.entry("amount", List.of("1500000.00", "\"1500000.00\"", "{}",
                    "{\"amount\": 1e400, \"currency\": \"EUR\"}", "{\"amount\": \"1" + "0".repeat(1000) + "\", \"currency\": \"EUR\"}",
                    "{\"amount\": \"1.001\", \"currency\": \"EUR\"}", "{\"amount\": \"1\", \"currency\": \"XXX\"}",
                    "{\"amount\": \"1\", \"currency\": \"' OR 1=1 --\"}", "{\"amount\": \"-0\", \"currency\": \"EUR\"}",
                    "{\"amount\": \"NaN\", \"currency\": \"EUR\"}", "{\"amount\": \"Infinity\", \"currency\": \"EUR\"}",
                    "{\"amount\": \"0x10\", \"currency\": \"EUR\"}", "{\"amount\": \"１０\", \"currency\": \"EUR\"}",
                    "{\"amount\": \"1\", \"currency\": \"EUR\", \"rate\": 1.1}", "{\"amount\": \"1\\u0000\", \"currency\": \"EUR\"}")),
            Map.entry("conditions", List.of("[\"NATO_ARTICLE_5\"]", "[null]", "\"US_BACKSTOP\"", "[1]", "{}", "[\"us backstop\"]")),
            Map.entry("conditionNote", List.of("\"" + "n".repeat(2001) + "\"", "false")),
            Map.entry("stationedIn", List.of("\"Ukraine\"", "\"U\"")),
            Map.entry("announcedAtEventId", List.of("\"6a1f5f63-2b7c-4e54-9d0a-5d1a3c0e9f2g\"", "\"{6a1f5f63-2b7c-4e54-9d0a-5d1a3c0e9f21}\"", "7")),
            Map.entry("announcedOn", List.of("\"2025-02-30\"", "\"+999999999-12-31\"", "\"-999999999-01-01\"", "\"04/09/2025\"",
                    "20250904")),
            Map.entry("sources", List.of("[{}]", "[{\"title\": 1}]", "[{\"title\": \"t\", \"url\": \"javascript:alert(1)\"}]",
                    "[" + String.join(",", java.util.Collections.nCopies(51, "{\"title\": \"t\"}")) + "]",
                    "[{\"title\": \"t\", \"publishedOn\": \"yesterday\"}]", "[{\"title\": \"t\", \"extra\": 1}]", "\"sources\"", "[null]")));

    private static final List<String> FREE_TEXT_FIELDS = List.of("description", "conditionNote");

    private static final List<String> HOSTILE_PARAMETER_VALUES = List.of(
            "' OR '1'='1", "1; DROP TABLE commitment; --", "TELEPORTATION", "\u202eRF", "ＦＲ", "１", "1e400", "-1", "[]", "{}",
            "x".repeat(2000), "\u0000", "\ud800", "%00", "NaN", "null");

    private static final List<String> HOSTILE_IDS = List.of(
            "' OR '1'='1", "1;DROP TABLE commitment", "..%2F..%2Fetc%2Fpasswd", "\u0000", "null", "0", "-1", MISSING_ID,
            "(" + MISSING_ID + ")", MISSING_ID + "0", "ＦＲ", "\u202e" + MISSING_ID, "x".repeat(2000), "summary%00");

    private final Random random = new Random(SEED);
    private final List<String> failures = new ArrayList<>();
    private int sent;

    @Test
    void hostileRequestsAreRefusedCleanlyAndWriteNothing() {
        ReadCopySeeds.activeMembers(COALITION, "FR");
        String target = CommitmentJson.groundForces(COALITION).create();
        long commitments = count(() -> Commitment.count());
        long versions = count(() -> CommitmentVersion.count());

        mutatedBodies(target);
        randomlyMutatedBodies(target, 100);
        brokenDocuments(target);
        wrongContentTypes(target);
        badIfMatch(target);
        hostileIds();
        hostileQueryParameters();
        rawQueryStrings();
        wrongMethods(target);

        assertEquals(List.of(), failures);
        assertTrue(sent >= 400, "only " + sent + " requests generated");
        assertEquals(commitments, count(() -> Commitment.count()), "commitments written");
        assertEquals(versions, count(() -> CommitmentVersion.count()), "versions written");
        given().get("/commitments/" + target).then().statusCode(200).header("ETag", "\"0\"");
    }

    /** Each field with each value it must refuse, sent once, by POST, PUT or PATCH in turn. */
    private void mutatedBodies(String target) {
        int turn = 0;
        for (String field : INVALID_FOR_FIELD.keySet()) {
            List<String> values = new ArrayList<>(INVALID_ANYWHERE);
            values.addAll(INVALID_FOR_FIELD.get(field));
            if (!FREE_TEXT_FIELDS.contains(field)) {
                values.addAll(INVALID_FOR_STRICT_FIELDS);
            }
            for (String value : values) {
                String body = valid().raw(field, value).json();
                switch (turn++ % 3) {
                    case 0 -> write("POST", "/commitments", "application/json", body, null);
                    case 1 -> write("PUT", "/commitments/" + target, "application/json", body, "\"0\"");
                    default -> write("PATCH", "/commitments/" + target, "application/merge-patch+json", "{\"" + field + "\": " + value + "}", "\"0\"");
                }
            }
        }
    }

    private void randomlyMutatedBodies(String target, int count) {
        List<String> fields = new ArrayList<>(INVALID_FOR_FIELD.keySet());
        for (int i = 0; i < count; i++) {
            CommitmentJson body = valid();
            int mutations = 1 + random.nextInt(3);
            for (int m = 0; m < mutations; m++) {
                String field = fields.get(random.nextInt(fields.size()));
                List<String> values = random.nextBoolean() ? INVALID_ANYWHERE : INVALID_FOR_FIELD.get(field);
                body.raw(field, values.get(random.nextInt(values.size())));
            }
            if (random.nextBoolean()) {
                write("POST", "/commitments", "application/json", body.json(), null);
            } else {
                write("PUT", "/commitments/" + target, "application/json", body.json(), "\"0\"");
            }
        }
    }

    private void brokenDocuments(String target) {
        String json = valid().json();
        List<String> documents = new ArrayList<>(List.of("", " ", "null", "[]", "\"commitment\"", "123", "{", "}", "{\"countryCode\"}",
                "{'countryCode': 'FR'}", "{\"countryCode\": \"FR\",}", "{/* comment */}", "{\"personnel\": NaN}", json + json,
                json.replace("\"countryCode\": \"FR\"", "\"countryCode\": \"FR\", \"countryCode\": \"GB\""), DEEP_ARRAY, DEEP_OBJECT,
                "\u0000", "{\"\u0000\": 1}", "{\"countryCode\": \"F\u0000R\"}"));
        for (int i = 0; i < 40; i++) {
            documents.add(json.substring(0, 1 + random.nextInt(json.length() - 2)));
        }
        for (String document : documents) {
            switch (random.nextInt(3)) {
                case 0 -> write("POST", "/commitments", "application/json", document, null);
                case 1 -> write("PUT", "/commitments/" + target, "application/json", document, "\"0\"");
                default -> write("PATCH", "/commitments/" + target, "application/merge-patch+json", document, "\"0\"");
            }
        }
        for (int i = 0; i < 10; i++) {
            byte[] garbage = new byte[1 + random.nextInt(512)];
            random.nextBytes(garbage);
            check("POST /commitments (random bytes)", given().contentType("application/json").body(garbage).post("/commitments"), true);
            check("PATCH target (random bytes)", given().contentType("application/merge-patch+json").body(garbage)
                    .patch("/commitments/" + target), true);
        }
    }

    private void wrongContentTypes(String target) {
        String json = valid().json();
        for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
                "application/octet-stream", "image/png", "application/json-patch+json", "text/json")) {
            write("POST", "/commitments", type, json, null);
            write("PUT", "/commitments/" + target, type, json, "\"0\"");
            write("PATCH", "/commitments/" + target, type, "{\"personnel\": 1}", "\"0\"");
        }
    }

    private void badIfMatch(String target) {
        String json = valid().text("description", "A change that must not happen").json();
        for (String ifMatch : List.of("\"1\"", "\"abc\"", "W/\"0\"", "0", "\"0", "\"-1\"", "\"99999999999999999999\"", "\"0\"x",
                "' OR 1=1 --", "\"" + "9".repeat(5000) + "\"", "\"1\", W/\"0\"")) {
            write("PUT", "/commitments/" + target, "application/json", json, ifMatch);
            write("PATCH", "/commitments/" + target, "application/merge-patch+json", "{\"personnel\": 1}", ifMatch);
            check("DELETE target If-Match " + ifMatch, given().header("If-Match", ifMatch).delete("/commitments/" + target), true);
        }
    }

    private void hostileIds() {
        String json = valid().json();
        for (String id : HOSTILE_IDS) {
            check("GET id " + id, given().pathParam("id", id).get("/commitments/{id}"), true);
            check("GET history " + id, given().pathParam("id", id).get("/commitments/{id}/history"), true);
            check("PUT id " + id, given().pathParam("id", id).contentType("application/json").body(json).put("/commitments/{id}"), true);
            check("PATCH id " + id, given().pathParam("id", id).contentType("application/json").body("{\"personnel\": 1}")
                    .patch("/commitments/{id}"), true);
            check("DELETE id " + id, given().pathParam("id", id).delete("/commitments/{id}"), true);
        }
    }

    private void hostileQueryParameters() {
        List<String> parameters = List.of("country", "coalition", "category", "status", "condition", "stationedIn", "event", "asOf",
                "includeWithdrawn", "updatedSince", "page", "size");
        for (String parameter : parameters) {
            for (String value : HOSTILE_PARAMETER_VALUES) {
                if (random.nextBoolean()) {
                    check("GET /commitments?" + parameter + "=" + value, given().queryParam(parameter, value).get("/commitments"), false);
                } else {
                    check("GET summary?" + parameter + "=" + value, given().queryParam("groupBy", "country").queryParam(parameter, value)
                            .get("/commitments/summary"), false);
                }
            }
        }
        for (String value : HOSTILE_PARAMETER_VALUES) {
            check("GET summary?groupBy", given().queryParam("groupBy", value).get("/commitments/summary"), true);
            check("GET history?page", given().queryParam("page", value).get("/commitments/" + MISSING_ID + "/history"), true);
        }
    }

    private void rawQueryStrings() {
        for (String query : List.of("country=%00", "country=%ED%A0%80", "coalition=%FF%FE", "asOf=%2B999999999-12-31", "status=%27%20OR%201%3D1",
                "event=%00%00", "groupBy=%00", "country=FR&country=GB&country=%00", "page=%E2%80%AE1", "size=%EF%BC%91")) {
            check("GET /commitments?" + query, given().urlEncodingEnabled(false).get("/commitments?" + query), false);
            check("GET summary?" + query, given().urlEncodingEnabled(false).get("/commitments/summary?groupBy=country&" + query), false);
        }
    }

    private void wrongMethods(String target) {
        check("PUT /commitments", given().contentType("application/json").body("{}").put("/commitments"), true);
        check("DELETE /commitments", given().delete("/commitments"), true);
        check("POST target", given().contentType("application/json").body(valid().json()).post("/commitments/" + target), true);
        check("POST summary", given().contentType("application/json").body("{}").post("/commitments/summary"), true);
        check("DELETE history", given().delete("/commitments/" + target + "/history"), true);
        check("GET target as XML", given().accept("application/xml").get("/commitments/" + target), true);
    }

    private CommitmentJson valid() {
        return CommitmentJson.groundForces(COALITION);
    }

    private void write(String method, String path, String contentType, String body, String ifMatch) {
        // As raw bytes, whatever the content type: rest-assured would otherwise encode the body as the type says.
        RequestSpecification request = given()
                .config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig().encodeContentTypeAs(contentType, ContentType.TEXT)))
                .contentType(contentType).body(body.getBytes(StandardCharsets.UTF_8));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        String label = method + " " + path + " " + contentType + " " + body.substring(0, Math.min(120, body.length()));
        check(label, request.request(method, path), true);
    }

    /** Every answer is below 500; a 4xx is a problem document with its status; a refused write is a 4xx. */
    private void check(String label, Response response, boolean mustBeRefused) {
        sent++;
        int status = response.statusCode();
        String problem = status + " " + response.asString().substring(0, Math.min(200, response.asString().length()));
        if (status >= 500) {
            failures.add(label + " -> " + problem);
        } else if (status >= 400) {
            String type = response.contentType();
            Object reported = type != null && type.startsWith("application/problem+json") ? response.path("status") : null;
            if (!Integer.valueOf(status).equals(reported)) {
                failures.add(label + " -> not a problem document: " + type + " " + problem);
            }
        } else if (mustBeRefused) {
            failures.add(label + " -> accepted: " + problem);
        }
    }

    private static long count(Supplier<Long> counter) {
        return QuarkusTransaction.requiringNew().call(counter::get);
    }
}
