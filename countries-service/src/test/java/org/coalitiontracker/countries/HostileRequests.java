package org.coalitiontracker.countries;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generates malformed and hostile requests against every endpoint of countries-service, from a
 * seeded {@link Random} so that a failing run can be repeated exactly.
 *
 * <p>A write must never succeed. Mutations that are invalid on their own ("must refuse") are
 * also sent where the request would otherwise be stored; the others (odd but legal text,
 * wrong types that a lenient reader might accept) are sent only with a guard that makes an
 * otherwise valid request fail: a stale {@code If-Match} or an id that is already taken.
 */
final class HostileRequests {

    /** One request; {@code path} and {@code query} are sent exactly as given (already percent-encoded). */
    record HostileRequest(String method, String path, String query, String contentType, String body, String ifMatch) {

        boolean isWrite() {
            return !method.equals("GET");
        }

        String describe() {
            String shownBody = body == null ? "" : " body=" + abbreviate(body);
            String shownIfMatch = ifMatch == null ? "" : " If-Match=" + abbreviate(ifMatch);
            String shownType = contentType == null ? "" : " [" + contentType + "]";
            return method + " " + abbreviate(path + (query == null ? "" : "?" + query)) + shownType + shownIfMatch + shownBody;
        }

        private static String abbreviate(String text) {
            return text.length() <= 160 ? text : text.substring(0, 160) + "…(" + text.length() + " chars)";
        }
    }

    private enum Kind { ID, TEXT, ENUM, COLUMN_DATE, JSON_DATE, URL, LIST }

    static final String STALE = "\"987654\"";

    private static final String HUGE_TEXT = "\"" + "x".repeat(100_000) + "\"";
    private static final String DEEP_ARRAYS = "[".repeat(10_000) + "]".repeat(10_000);
    private static final String DEEP_OBJECTS = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);

    private static final List<String> WRONG_TYPES = List.of("42", "-1", "0", "1.5", "1e400", "-1e400", "99999999999999999999",
            "-99999999999999999999", "true", "false", "null", "[]", "{}", "[1,2]", "{\"a\":1}", "[null]", "[[]]");

    private static final List<String> UNSTORABLE_TEXT = List.of("\"\\u0000\"", "\"a\\u0000b\"", "\"\\ud800\"", "\"x\\udfffy\"",
            "\"\\ud83d\"", "\"\\udc00\\ud800\"");

    private static final List<String> ODD_TEXT = List.of(
            "\"' OR '1'='1\"", "\"'; DROP TABLE coalition; --\"", "\"1); DELETE FROM membership; --\"", "\"%' AND 1=1 --\"",
            "\"$$; SELECT pg_sleep(5); $$\"", "\"\\\\\"", "\"\\\"\"", "\"${jndi:ldap://example.org/a}\"", "\"<script>alert(1)</script>\"",
            "\"\u202Eevil\u202C\"", "\"\u202Egnp.exe\"", "\"💣🇺🇦👩🏽‍🚀\"", "\"\\ud83d\\udca3\"", "\"e\u0301\u0301\u0301\u0301\u0301\"",
            "\"Z̸̢̛̗͎̈́a̴̡̛͉l̷̢̛͎g̸̢̛͎o\"", "\"\u200B\u200D\uFEFF\"", "\"\\u0001\\u001f\\t\\n\"", "\"\uFFFF\uFFFE\"", "\"\"", "\"   \"",
            "\"ا\u200Fلتحالف\"");

    private static final List<String> UNKNOWN_ENUMS = List.of("\"CHAIR\"", "\"lead\"", "\"LEAD \"", "\"LEAD'--\"", "\"L\\u0045AD\\u0000\"",
            "\"MEMBER,LEAD\"", "\"EU\"", "\"\\u004c\\u0045\\u0041\\u0044\\u00ad\"");

    private static final List<String> BAD_DATES = List.of("\"2025-02-30\"", "\"2025-13-01\"", "\"04/09/2025\"", "\"2025-9-4\"",
            "\"2025-09-04T11:00:00+02:00\"", "\"yesterday\"", "\"2025-09-04'--\"");

    private static final List<String> OUT_OF_RANGE_DATES = List.of("\"+99999999-01-01\"", "\"-0001-01-01\"", "\"+999999999-12-31\"",
            "\"-999999999-01-01\"", "\"0000-01-01\"");

    private static final List<String> BAD_URLS = List.of("\"javascript:alert(1)\"", "\"ftp://example.org\"", "\"http://\"",
            "\"https://exa mple.org\"", "\"//example.org\"");

    private static final List<String> HOSTILE_LISTS = List.of(DEEP_ARRAYS, "[null]", "[{}]", "[[]]", "[\"x\"]", "{}", "\"[]\"",
            "[" + "{\"title\":\"t\",\"topic\":\"OTHER\",\"position\":\"SUPPORTS\"},".repeat(60) + "{}]");

    private static final List<String> BROKEN_JSON = List.of("", "{", "}", "{}}", "{{}}", "[", "]", "[}", "{]", "null", "[]", "\"text\"",
            "{'role': 'LEAD'}", "{\"role\": \"LEAD\",}", "{\"role\" \"LEAD\"}", "{\"role\": LEAD}", "/* comment */ {}", "{\"a\":1}{\"b\":2}",
            "{\"role\": NaN}", "{\"role\": Infinity}", "{\"role\": 0x10}", "{\"role\": 01}", "{\"role\": \"\\x41\"}", "{\"role\": \"\\u12\"}",
            "{\"role\": \"tab\there\"}", DEEP_ARRAYS, DEEP_OBJECTS, "\uFEFF\uFEFF{}", "\u0000", "{\"\u0000\": 1}");

    private static final List<String> ODD_CONTENT_TYPES = List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x", "application/problem+json", "application/octet-stream", "text/json", "application/json-patch+json");

    private static final List<String> BAD_IF_MATCH = List.of("abc", "W/\"0\"", "\"-1\"", "\"99999999999999999999\"", "\"0", "0",
            "\"0 \"", "' OR 1=1 --", "\"" + "9".repeat(2_000) + "\"", ", ,", "\"1\", W/\"0\"", "\"%00\"");

    private static final List<String> HOSTILE_SEGMENTS = List.of("%27%20OR%20%271%27%3D%271", "1%3BDROP%20TABLE%20coalition", "%2e%2e",
            "..", "%2e", ".%2e", "%2e%2e%2f%2e%2e", "..%2f..%2fcountries", "%00", "a%00b", "%ED%A0%80", "%C0%AE%C0%AE", "%E2%80%AE",
            "%F0%9F%92%A3", "e%CC%81", "a".repeat(3_000), "%2F", "%5C", "%252e%252e", "%20", "COALITION", "x%0d%0aSet-Cookie:%20a=b",
            "%7B%7D", "null", "-1", "99999999999999999999");

    private static final List<String> HOSTILE_QUERY_VALUES = List.of(encode("' OR '1'='1"), encode("'; DROP TABLE country; --"),
            "%00", "a%00b", "%ED%A0%80", encode("\u202Eevil"), encode("💣"), encode("e\u0301\u0301"), "a".repeat(3_000), "1e400",
            "99999999999999999999", "-1", "0", "%25", "_", "%5C", "+99999999-01-01", "0000-01-01", "2025-02-30", "9999-12-31T23:59:59-23:59",
            "%2B10000-01-01T00:00:00Z", "CHAIR", "lead", "nato%00", "", "%20%20", "2025-09-04T11:00:00%2B02:00%27");

    private final Random random;
    private final String fixture;
    private final List<HostileRequest> requests = new ArrayList<>();
    private int fresh;

    HostileRequests(Random random, String fixture) {
        this.random = random;
        this.fixture = fixture;
    }

    List<HostileRequest> all() {
        Body coalitionCreate = coalitionCreate(fixture);
        Body coalitionUpdate = coalitionUpdate("PUT", "application/json");
        Body coalitionPatch = coalitionUpdate("PATCH", "application/merge-patch+json");
        Body member = member();
        for (Body body : List.of(coalitionCreate, coalitionUpdate, coalitionPatch, member)) {
            for (Map.Entry<String, Kind> field : body.kinds.entrySet()) {
                fieldMutations(body, field.getKey(), field.getValue());
            }
            brokenJson(body);
            contentTypes(body);
        }
        badIfMatch(coalitionUpdate, member);
        hostilePaths(coalitionUpdate, member);
        hostileQueries();
        wrongMethods();
        return List.copyOf(requests);
    }

    private void fieldMutations(Body body, String field, Kind kind) {
        List<String> mustRefuse = mustRefuse(kind);
        for (String value : sample(mustRefuse, 2)) {
            sendUnguarded(body, unguardedJson(body, Map.of(field, value)));
        }
        List<String> anything = new ArrayList<>(mustRefuse);
        anything.addAll(WRONG_TYPES);
        anything.addAll(ODD_TEXT);
        for (String value : sample(anything, 3)) {
            sendGuarded(body, body.json(Map.of(field, value)));
        }
    }

    private static List<String> mustRefuse(Kind kind) {
        List<String> values = new ArrayList<>(UNSTORABLE_TEXT);
        values.add(HUGE_TEXT);
        switch (kind) {
            case ID -> {
                values.addAll(ODD_TEXT);
                values.addAll(WRONG_TYPES);
            }
            case ENUM -> values.addAll(UNKNOWN_ENUMS);
            case COLUMN_DATE -> {
                values.addAll(BAD_DATES);
                values.addAll(OUT_OF_RANGE_DATES);
            }
            case JSON_DATE -> values.addAll(BAD_DATES);
            case URL -> values.addAll(BAD_URLS);
            case LIST -> values.addAll(HOSTILE_LISTS);
            case TEXT -> {
            }
        }
        return values;
    }

    private void brokenJson(Body body) {
        String valid = unguardedJson(body, Map.of());
        for (int i = 0; i < 2; i++) {
            sendUnguarded(body, valid.substring(0, random.nextInt(valid.length() - 1)));
        }
        for (String garbage : sample(List.of("x", "}", "{}", ",", "]", "\u0000", "null", "// end"), 3)) {
            sendUnguarded(body, valid + garbage);
        }
        sendUnguarded(body, "[" + valid.substring(1, valid.length() - 1) + "]");
        sendUnguarded(body, valid.replaceFirst(":", "="));
        sendUnguarded(body, valid.replace("\"", "'"));
        for (String broken : sample(BROKEN_JSON, 8)) {
            sendUnguarded(body, broken);
        }
        sendGuarded(body, "\uFEFF" + body.json(Map.of()));
    }

    private void contentTypes(Body body) {
        for (String contentType : sample(ODD_CONTENT_TYPES, 3)) {
            requests.add(new HostileRequest(body.method, body.unguardedPath, null, contentType, unguardedJson(body, Map.of()), null));
        }
        requests.add(new HostileRequest(body.method, body.unguardedPath, null, null, unguardedJson(body, Map.of()), null));
        String valid = body.json(Map.of());
        requests.add(new HostileRequest(body.method, body.guardedPath, null, "application/json; charset=bogus", valid, body.guardIfMatch));
        requests.add(new HostileRequest(body.method, body.guardedPath, null, "APPLICATION/JSON;charset=UTF-16", valid, body.guardIfMatch));
    }

    private void badIfMatch(Body coalitionUpdate, Body member) {
        String coalitionBody = coalitionUpdate.json(Map.of());
        String memberBody = member.json(Map.of());
        for (String ifMatch : BAD_IF_MATCH) {
            requests.add(new HostileRequest("PUT", "/coalitions/" + fixture, null, "application/json", coalitionBody, ifMatch));
            requests.add(new HostileRequest("PATCH", "/coalitions/" + fixture, null, "application/merge-patch+json", "{\"name\": \"x\"}", ifMatch));
            requests.add(new HostileRequest("PUT", "/coalitions/" + fixture + "/members/FR", null, "application/json", memberBody, ifMatch));
            requests.add(new HostileRequest("DELETE", "/coalitions/" + fixture, null, null, null, ifMatch));
            requests.add(new HostileRequest("DELETE", "/coalitions/" + fixture + "/members/FR", null, null, null, ifMatch));
        }
    }

    private void hostilePaths(Body coalitionUpdate, Body member) {
        String coalitionBody = coalitionUpdate.json(Map.of());
        String memberBody = member.json(Map.of());
        for (String segment : HOSTILE_SEGMENTS) {
            List<HostileRequest> candidates = List.of(
                    new HostileRequest("GET", "/coalitions/" + segment, null, null, null, null),
                    new HostileRequest("GET", "/coalitions/" + segment + "/members", null, null, null, null),
                    new HostileRequest("GET", "/coalitions/" + fixture + "/members/" + segment, null, null, null, null),
                    new HostileRequest("GET", "/countries/" + segment, null, null, null, null),
                    new HostileRequest("PUT", "/coalitions/" + segment, null, "application/json", coalitionBody, STALE),
                    new HostileRequest("PATCH", "/coalitions/" + segment, null, "application/json", "{\"name\": \"x\"}", STALE),
                    new HostileRequest("DELETE", "/coalitions/" + segment, null, null, null, STALE),
                    new HostileRequest("PUT", "/coalitions/" + segment + "/members/DE", null, "application/json", memberBody, STALE),
                    new HostileRequest("PUT", "/coalitions/" + fixture + "/members/" + segment, null, "application/json", memberBody, STALE),
                    new HostileRequest("DELETE", "/coalitions/" + fixture + "/members/" + segment, null, null, null, STALE));
            requests.addAll(sampleRequests(candidates, 5));
        }
    }

    private void hostileQueries() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        parameters.put("/countries", List.of("q", "bloc", "updatedSince", "page", "size"));
        parameters.put("/coalitions", List.of("q", "updatedSince", "page", "size"));
        parameters.put("/coalitions/" + fixture + "/members", List.of("role", "status", "bloc", "asOf", "updatedSince", "page", "size"));
        parameters.forEach((path, names) -> {
            for (String name : names) {
                for (String value : sample(HOSTILE_QUERY_VALUES, 4)) {
                    requests.add(new HostileRequest("GET", path, name + "=" + value, null, null, null));
                }
            }
            requests.add(new HostileRequest("GET", path, String.join("&", names.stream().map(n -> n + "=" + pick(HOSTILE_QUERY_VALUES)).toList()),
                    null, null, null));
        });
    }

    private void wrongMethods() {
        String coalition = "/coalitions/" + fixture;
        for (String[] methodAndPath : new String[][] { { "POST", "/countries" }, { "PUT", "/countries/FR" }, { "PATCH", "/countries/FR" },
                { "DELETE", "/countries/FR" }, { "POST", "/countries/FR" }, { "POST", coalition }, { "PUT", "/coalitions" },
                { "DELETE", "/coalitions" }, { "PATCH", "/coalitions" }, { "POST", coalition + "/members" }, { "DELETE", coalition + "/members" },
                { "PATCH", coalition + "/members/FR" }, { "POST", coalition + "/members/FR" } }) {
            requests.add(new HostileRequest(methodAndPath[0], methodAndPath[1], null, "application/json", "{}", STALE));
        }
    }

    private void sendGuarded(Body body, String json) {
        requests.add(new HostileRequest(body.method, body.guardedPath, null, body.contentType, json, body.guardIfMatch));
    }

    private void sendUnguarded(Body body, String json) {
        requests.add(new HostileRequest(body.method, body.unguardedPath, null, body.contentType, json, null));
    }

    /** The body as it would be stored: for a new coalition, under an id that is not taken yet. */
    private String unguardedJson(Body body, Map<String, String> overrides) {
        Map<String, String> all = new LinkedHashMap<>(overrides);
        if (body.kinds.containsKey("id")) {
            all.putIfAbsent("id", "\"hostile-fresh-" + (++fresh) + "\"");
        }
        return body.json(all);
    }

    private List<String> sample(List<String> values, int count) {
        List<String> shuffled = new ArrayList<>(values);
        Collections.shuffle(shuffled, random);
        return shuffled.subList(0, Math.min(count, shuffled.size()));
    }

    private List<HostileRequest> sampleRequests(List<HostileRequest> candidates, int count) {
        List<HostileRequest> shuffled = new ArrayList<>(candidates);
        Collections.shuffle(shuffled, random);
        return shuffled.subList(0, count);
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** Guarded by the id of the fixture, which is taken: a valid body is a 409. */
    private Body coalitionCreate(String existingId) {
        Body body = new Body("POST", "application/json", "/coalitions", null, "/coalitions", """
                {"id": {{id}}, "name": {{name}}, "description": {{description}}, "launchedOn": {{launchedOn}}, "sources": {{sources}}}""");
        body.field("id", Kind.ID, "\"" + existingId + "\"");
        coalitionFields(body);
        return body;
    }

    private Body coalitionUpdate(String method, String contentType) {
        Body body = new Body(method, contentType, "/coalitions/" + fixture, STALE, "/coalitions/" + fixture, """
                {"name": {{name}}, "description": {{description}}, "launchedOn": {{launchedOn}}, "sources": {{sources}}}""");
        coalitionFields(body);
        return body;
    }

    private Body member() {
        Body body = new Body("PUT", "application/json", "/coalitions/" + fixture + "/members/FR", STALE, "/coalitions/" + fixture + "/members/PL", """
                {"role": {{role}}, "status": {{status}}, "joinedOn": {{joinedOn}}, "leftOn": {{leftOn}}, "stances": {{stances}},
                 "notes": {{notes}}, "sources": {{sources}}}""");
        body.field("role", Kind.ENUM, "\"MEMBER\"");
        body.field("status", Kind.ENUM, "\"ACTIVE\"");
        body.field("joinedOn", Kind.COLUMN_DATE, "\"2025-03-02\"");
        body.field("leftOn", Kind.COLUMN_DATE, "\"2025-09-01\"");
        body.field("stances", Kind.LIST, """
                [{"topic": {{stances[0].topic}}, "position": {{stances[0].position}}, "conditions": {{stances[0].conditions}},
                  "statedOn": {{stances[0].statedOn}}, "sources": []}]""");
        body.field("stances[0].topic", Kind.ENUM, "\"AIR_SUPPORT\"");
        body.field("stances[0].position", Kind.ENUM, "\"CONDITIONAL\"");
        body.field("stances[0].conditions", Kind.TEXT, "\"With a US backstop\"");
        body.field("stances[0].statedOn", Kind.JSON_DATE, "\"2025-09-04\"");
        body.field("notes", Kind.TEXT, "\"Named by one source only\"");
        sourceFields(body);
        return body;
    }

    private static void coalitionFields(Body body) {
        body.field("name", Kind.TEXT, "\"Hostile\"");
        body.field("description", Kind.TEXT, "\"Fuzzing\"");
        body.field("launchedOn", Kind.COLUMN_DATE, "\"2025-03-02\"");
        sourceFields(body);
    }

    private static void sourceFields(Body body) {
        body.field("sources", Kind.LIST, """
                [{"title": {{sources[0].title}}, "publisher": {{sources[0].publisher}}, "url": {{sources[0].url}},
                  "publishedOn": {{sources[0].publishedOn}}, "note": {{sources[0].note}}}]""");
        body.field("sources[0].title", Kind.TEXT, "\"Report\"");
        body.field("sources[0].publisher", Kind.TEXT, "\"Euronews\"");
        body.field("sources[0].url", Kind.URL, "\"https://www.euronews.com/a\"");
        body.field("sources[0].publishedOn", Kind.JSON_DATE, "\"2025-09-04\"");
        body.field("sources[0].note", Kind.TEXT, "\"Dates it differently\"");
    }

    /**
     * A JSON body as a template whose {{field}} placeholders hold JSON fragments, any of which a
     * request replaces; sent to {@code guardedPath} with {@code guardIfMatch}, or to
     * {@code unguardedPath}, where a valid body would be stored.
     */
    private static final class Body {
        private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([^}]+)}}");

        final String method;
        final String contentType;
        final String guardedPath;
        final String guardIfMatch;
        final String unguardedPath;
        final String template;
        final Map<String, Kind> kinds = new LinkedHashMap<>();
        final Map<String, String> defaults = new LinkedHashMap<>();

        Body(String method, String contentType, String guardedPath, String guardIfMatch, String unguardedPath, String template) {
            this.method = method;
            this.contentType = contentType;
            this.guardedPath = guardedPath;
            this.guardIfMatch = guardIfMatch;
            this.unguardedPath = unguardedPath;
            this.template = template;
        }

        void field(String name, Kind kind, String defaultFragment) {
            kinds.put(name, kind);
            defaults.put(name, defaultFragment);
        }

        String json(Map<String, String> overrides) {
            return fill(template, overrides);
        }

        private String fill(String text, Map<String, String> overrides) {
            Matcher matcher = PLACEHOLDER.matcher(text);
            StringBuilder filled = new StringBuilder();
            while (matcher.find()) {
                String name = matcher.group(1);
                String fragment = overrides.containsKey(name) ? overrides.get(name) : fill(defaults.get(name), overrides);
                matcher.appendReplacement(filled, Matcher.quoteReplacement(fragment));
            }
            matcher.appendTail(filled);
            return filled.toString();
        }
    }
}
