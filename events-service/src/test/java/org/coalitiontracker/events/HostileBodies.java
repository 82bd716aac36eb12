package org.coalitiontracker.events;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.RawValue;

/**
 * Generates request bodies that must all be refused: broken JSON, a wrong value in one field at a
 * time, hostile text where the field cannot take it. Text is written with every non-ASCII
 * character escaped, so that NUL and lone surrogates reach the server exactly as {@code \u0000}
 * and {@code \ud800}.
 */
final class HostileBodies {

    private static final ObjectMapper ASCII_JSON = new ObjectMapper().enable(JsonWriteFeature.ESCAPE_NON_ASCII.mappedFeature());

    static final String HUGE = "x".repeat(100_000);

    /** Text that reaches the database only through query parameters and must never break it. */
    static final List<String> HOSTILE_TEXT = List.of("' OR '1'='1", "1; DROP TABLE event; --", "\" OR \"\"=\"", "%' OR 1=1 --",
            "' UNION SELECT id, title FROM event --", "${jndi:ldap://example.invalid/a}", "<script>alert(1)</script>", "../../etc/passwd",
            "\u0000", "Paris\u0000", "\u202Eris\u202C", "\uFEFF", "\u200B", "🇫🇷🇬🇧", "Ünïcödé", "\n\r\t", "\\", "%00", "%", "_", "*",
            "1e400", "-1", "99999999999999999999", "2025-02-30", "null", "true", "[]", "{}", "x".repeat(2000));

    private static final List<Object> NOT_TEXT = List.of(42, raw("1e400"), raw("-1e400"), 1.5, true, false, List.of(), Map.of(),
            List.of("x"), Map.of("a", 1), raw("9".repeat(5000)));
    private static final List<Object> BAD_TEXT = List.of(HUGE, "a\u0000b", "\u0000", "\ud800", "x\udc00y", "\udbff");
    private static final List<Object> BAD_ENUM = List.of("", " ", "SUMMIT", "leaders_summit", "HYBRID\u0000", "\u202EHELD", "' OR 1=1 --",
            "HELD ", "1", HUGE);
    private static final List<Object> BAD_INSTANT = List.of("", "2025-02-30T10:00:00+01:00", "2025-09-04", "2025-09-04T11:00:00",
            "2025-13-01T00:00:00Z", "2025-09-04T25:00:00Z", "2025-09-04T11:00:00+25:00", "tomorrow", "+999999999-12-31T23:59:59Z",
            "-999999999-01-01T00:00:00Z", "1000-01-01T00:00:00Z", "3025-09-04T11:00:00+02:00", "' OR 1=1 --", "\u0000", "1756976400");
    private static final List<Object> BAD_TIME_ZONE = List.of("", " ", "Europe/Atlantis", "+02:00", "Z", "europe/paris", "UTC+2",
            "../../etc/localtime", "Europe/Paris\u0000", "Europe/Paris\u202E", "' OR 1=1 --", HUGE);
    private static final List<Object> BAD_SLUG = List.of("Coalition Of The Willing", "' OR 1=1 --", "../x", "a--b", "-a", "x".repeat(65),
            "\u0000", "\u202Ecotw", "cötw");
    private static final List<Object> BAD_LOCATION = List.of("Paris", Map.of("countryCode", 42), Map.of("countryCode", "FRA"),
            Map.of("countryCode", "' OR 1=1 --"), Map.of("countryCode", "F\u0000"), Map.of("countryCode", "\u202EFR"), Map.of("countryCode", ""),
            Map.of("venue", List.of()), Map.of("venue", HUGE), Map.of("city", "x\ud800"), Map.of("planet", "Earth"));
    private static final List<Object> BAD_SOURCES = List.of("x", Map.of(), List.of(42), nullList(), List.of(Map.of()),
            List.of(Map.of("title", 42)), List.of(Map.of("title", "t", "url", "javascript:alert(1)")),
            List.of(Map.of("title", "t", "publishedOn", "2025-02-30")), List.of(Map.of("title", "t", "publishedOn", 20250904)),
            List.of(Map.of("title", "t", "extra", 1)), List.of(Map.of("title", HUGE)), List.of(Map.of("title", "\u0000")),
            java.util.Collections.nCopies(51, Map.of("title", "t")));

    private HostileBodies() {
    }

    /** Wrong values, field by field, for an event body (create, replace or merge patch). */
    static Map<String, List<Object>> eventFieldJunk() {
        Map<String, List<Object>> junk = new LinkedHashMap<>();
        junk.put("title", concat(NOT_TEXT, BAD_TEXT, List.of("", "   ", "x".repeat(301))));
        junk.put("kind", concat(NOT_TEXT, BAD_ENUM));
        junk.put("format", concat(NOT_TEXT, BAD_ENUM));
        junk.put("status", concat(NOT_TEXT, BAD_ENUM));
        junk.put("startsAt", concat(NOT_TEXT, BAD_INSTANT));
        junk.put("endsAt", concat(NOT_TEXT, BAD_INSTANT, List.of("2025-09-04T10:59:59+02:00")));
        junk.put("timeZone", concat(NOT_TEXT, BAD_TIME_ZONE));
        junk.put("location", concat(List.of(42, raw("1e400"), true, List.of()), BAD_LOCATION));
        junk.put("coalitionId", concat(NOT_TEXT, BAD_TEXT, BAD_SLUG));
        junk.put("summary", concat(NOT_TEXT, BAD_TEXT));
        junk.put("sources", concat(List.of(42, raw("1e400"), true), BAD_SOURCES));
        junk.put("id", List.of("0b6f2c1e-8d3a-4f5e-9c2b-7a1d4e6f8a90", 1));
        junk.put("version", List.of(0, raw("1e400")));
        junk.put("participants", List.of(List.of(), List.of(Map.of("countryCode", "FR"))));
        junk.put("' OR 1=1 --", List.of("x"));
        junk.put("title\u0000", List.of("x"));
        return junk;
    }

    /** Wrong values, field by field, for a participant body. */
    static Map<String, List<Object>> participantFieldJunk() {
        Map<String, List<Object>> junk = new LinkedHashMap<>();
        junk.put("role", concat(NOT_TEXT, BAD_ENUM, List.of("CHAIR", "host ")));
        junk.put("attendance", concat(NOT_TEXT, BAD_ENUM, List.of("IN PERSON")));
        junk.put("representedBy", concat(NOT_TEXT, BAD_TEXT, List.of("x".repeat(201))));
        junk.put("notes", concat(NOT_TEXT, BAD_TEXT));
        junk.put("sources", concat(List.of(42, true), BAD_SOURCES));
        junk.put("countryCode", List.of("PL"));
        junk.put("' OR 1=1 --", List.of("x"));
        return junk;
    }

    /** Broken JSON and bodies of the wrong shape, derived from a valid body. */
    static List<Body> brokenJson(String valid, Random random) {
        List<Body> broken = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            int end = random.nextInt(valid.length() - 1);
            broken.add(Body.text("truncated at " + end, valid.substring(0, end)));
        }
        broken.add(Body.text("= for :", valid.replaceFirst(":", "=")));
        broken.add(Body.text("trailing brace", valid + "}"));
        broken.add(Body.text("trailing garbage", valid + "x"));
        broken.add(Body.text("leading garbage", "x" + valid));
        broken.add(Body.text("trailing comma", valid.substring(0, valid.length() - 1) + ",}"));
        broken.add(Body.text("single quotes", valid.replace('"', '\'')));
        broken.add(Body.text("unquoted keys", valid.replaceAll("\"([a-zA-Z]+)\":", "$1:")));
        broken.add(Body.text("duplicate key", "{\"title\": \"dup\", " + valid.substring(1)));
        broken.add(Body.text("NaN", valid.replaceFirst(":\"[^\"]*\"", ":NaN")));
        broken.add(Body.text("comment", "/* c */" + valid));
        broken.add(Body.text("10k-deep arrays", "[".repeat(10_000) + "]".repeat(10_000)));
        broken.add(Body.text("10k-deep objects in a field", "{\"title\":" + "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000) + "}"));
        broken.add(Body.text("5000-digit number", valid.replaceFirst(":\"[^\"]*\"", ":" + "9".repeat(5000))));
        for (String shape : List.of("", " ", "null", "[]", "[{}]", "42", "1e400", "\"x\"", "true", "\"\\u0000\"")) {
            broken.add(Body.text("body " + shape, shape));
        }
        broken.add(Body.bytes("invalid UTF-8", new byte[] { '{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', (byte) 0xFF, (byte) 0xFE, '"', '}' }));
        broken.add(Body.bytes("CESU-8 lone surrogate in the first text", valid.replaceFirst(":\"[^\"]*\"", ":\"\u0001\"")
                .getBytes(StandardCharsets.UTF_8), (byte) 0x01, new byte[] { (byte) 0xED, (byte) 0xA0, (byte) 0x80 }));
        broken.add(Body.text("over 1 MiB", "{\"title\": \"" + "x".repeat(1_100_000) + "\"}"));
        return broken;
    }

    static String json(Object value) {
        try {
            return ASCII_JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static RawValue raw(String json) {
        return new RawValue(json);
    }

    private static List<Object> nullList() {
        List<Object> list = new ArrayList<>();
        list.add(null);
        return list;
    }

    @SafeVarargs
    private static List<Object> concat(List<Object>... lists) {
        List<Object> all = new ArrayList<>();
        for (List<Object> list : lists) {
            all.addAll(list);
        }
        return all;
    }

    record Body(String description, byte[] content) {

        static Body text(String description, String json) {
            return new Body(description, json.getBytes(StandardCharsets.UTF_8));
        }

        static Body bytes(String description, byte[] content) {
            return new Body(description, content);
        }

        /** Replaces the first {@code marker} byte with {@code replacement}. */
        static Body bytes(String description, byte[] content, byte marker, byte[] replacement) {
            for (int i = 0; i < content.length; i++) {
                if (content[i] == marker) {
                    byte[] result = new byte[content.length - 1 + replacement.length];
                    System.arraycopy(content, 0, result, 0, i);
                    System.arraycopy(replacement, 0, result, i, replacement.length);
                    System.arraycopy(content, i + 1, result, i + replacement.length, content.length - i - 1);
                    return new Body(description, result);
                }
            }
            throw new IllegalArgumentException("marker not found");
        }
    }
}
