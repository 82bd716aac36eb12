package org.coalitiontracker.suite;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Generates bad requests from the services' OpenAPI documents. Request {@code n} of a seed is
 * one operation of a document with exactly one {@link Kind} of mistake, chosen among the kinds
 * that operation admits and applied to what its document declares (a body property of the type
 * the rule needs, a typed query parameter, a path parameter, a header); each request says what
 * the service must answer ({@link Expected}). Request {@code n} of a seed is always the same
 * request, whatever the order or threads they are sent from.
 */
final class BadRequests {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String PLACEHOLDER = "\"__MUTATED_VALUE__\"";
    private static final int OVER_BODY_LIMIT = 1024 * 1024 + 64 * 1024;
    private static final String HUGE_TEXT = "\"" + "x".repeat(100_000) + "\"";

    /** The kinds of bad request, each with the answer it must get. */
    enum Kind {
        // The body as a whole.
        MALFORMED_JSON(Expected.of(400)),
        NOT_AN_OBJECT(Expected.of(400)),
        NO_BODY(Expected.of(422)),
        DUPLICATE_KEY(Expected.of(400)),
        DEEP_NESTING(Expected.of(400)),
        INVALID_UTF8(Expected.of(400)),
        BODY_OVER_1_MIB(Expected.of(413)),
        WRONG_CONTENT_TYPE(Expected.of(415)),
        ODD_ENCODING_GUARDED(Expected.of(400, 412, 415, 422)),
        // One property of the body (the answer names it in errors[].field).
        UNKNOWN_FIELD(Expected.of(400)),
        READ_ONLY_FIELD(Expected.of(400)),
        WRONG_TYPE(Expected.of(400)),
        BAD_ENUM(Expected.of(400)),
        BAD_DATE(Expected.of(400)),
        DATE_OUT_OF_RANGE(Expected.of(422)),
        // Text that is no date of reduced precision (2025, 2025-02, 2025-02-14): an invalid value of its field.
        BAD_PARTIAL_DATE(Expected.of(422)),
        UNREADABLE_NUMBER(Expected.of(400)),
        NUMBER_OUT_OF_RANGE(Expected.of(422)),
        TOO_LONG(Expected.of(422)),
        PATTERN(Expected.of(422)),
        TOO_MANY_ITEMS(Expected.of(422)),
        UNSTORABLE_TEXT(Expected.of(422)),
        REQUIRED_NULL(Expected.of(422)),
        REQUIRED_MISSING(Expected.of(422)),
        // Odd but storable text may be accepted, so it is sent with an If-Match that cannot match.
        ODD_TEXT_GUARDED(Expected.of(400, 412, 422)),
        // A claim (docs/api-decisions.md "Claims") that breaks a rule of claims; the answer names its part.
        CLAIM_ON_UNKNOWN_FIELD(Expected.of(422)),
        CLAIM_WITH_INVALID_VALUE(Expected.of(422)),
        DEPRECATED_CLAIM_WITHOUT_NOTE(Expected.of(422)),
        // Headers.
        STALE_IF_MATCH(Expected.of(412)),
        NOT_ACCEPTABLE(Expected.of(406)),
        // Paths and methods.
        ID_NAMES_NOTHING(Expected.of(404)),
        DOT_SEGMENT(Expected.of(200, 400, 404, 405, 412)),
        UNKNOWN_PATH(Expected.of(404, 405)),
        WRONG_METHOD(Expected.of(405)),
        REFUSED_BY_HTTP_SERVER(Expected.of(400, 404, 414, 431).withoutProblem()),
        // Query parameters.
        BAD_QUERY_VALUE(Expected.of(400)),
        HOSTILE_QUERY_VALUE(Expected.of(200, 400)),
        UNKNOWN_QUERY_PARAMETER(Expected.of(200)),
        REPEATED_QUERY_VALUE(Expected.of(200, 400));

        final Expected expected;

        Kind(Expected expected) {
            this.expected = expected;
        }

        String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * What a bad request must get: one of {@code statuses}; when it is a 4xx, a problem document
     * whose {@code status} is the HTTP status (unless {@code problem} is false, for what the
     * HTTP server refuses before the application); and, when {@code field} is given and the
     * status is 400, 412 or 422, an entry of {@code errors} naming it ({@code strictField}: even
     * when {@code errors} is empty).
     */
    record Expected(Set<Integer> statuses, Optional<String> field, boolean strictField, boolean problem) {

        static Expected of(Integer... statuses) {
            return new Expected(new TreeSet<>(List.of(statuses)), Optional.empty(), false, true);
        }

        Expected naming(String name) {
            return new Expected(statuses, Optional.of(name), true, problem);
        }

        Expected namingIfAny(String name) {
            return new Expected(statuses, Optional.of(name), false, problem);
        }

        Expected withStatuses(Integer... others) {
            return new Expected(new TreeSet<>(List.of(others)), field, strictField, problem);
        }

        Expected withoutProblem() {
            return new Expected(statuses, field, strictField, false);
        }
    }

    record Parameter(String in, String name, boolean required, JsonNode schema, JsonNode example) {
    }

    record Operation(SuiteService service, String method, String path, List<Parameter> parameters, List<String> contentTypes,
            JsonNode bodySchema, JsonNode bodyExample, Set<String> requiredOnReplace, Set<String> serverFields, JsonNode components,
            Set<String> methodsOfPath, Set<String> answers) {

        boolean hasBody() {
            return bodySchema != null;
        }

        boolean isWrite() {
            return !method.equals("GET");
        }

        boolean takesIfMatch() {
            return isWrite() && !method.equals("POST") && parameters.stream().anyMatch(p -> p.name().equals("If-Match"));
        }

        List<Parameter> in(String place) {
            return parameters.stream().filter(p -> p.in().equals(place)).toList();
        }

        @Override
        public String toString() {
            return service.module() + " " + method + " " + path;
        }
    }

    /**
     * One request. {@code raw}: sent as bytes over a socket, because it is not a request an HTTP
     * client would make (a malformed percent-escape, an over-long request line or header).
     */
    record BadRequest(Operation operation, Kind kind, String method, String rawPathAndQuery, Map<String, String> headers, byte[] body,
            String detail, Expected expected, boolean raw) {

        boolean isWrite() {
            return !method.equals("GET");
        }

        @Override
        public String toString() {
            String text = body == null ? "" : " body " + SuiteHttp.abbreviate(new String(body, StandardCharsets.UTF_8), 300);
            String shownHeaders = headers.entrySet().stream().map(h -> " " + h.getKey() + ": " + SuiteHttp.abbreviate(h.getValue(), 80))
                    .collect(Collectors.joining());
            return "[" + kind.label() + ": " + detail + "] " + operation.service().module() + " " + method + " "
                    + SuiteHttp.abbreviate(rawPathAndQuery, 200) + shownHeaders + text + " (expected " + expected.statuses()
                    + expected.field().map(f -> " naming " + f).orElse("") + ")";
        }
    }

    // --- the values the rules use ---

    /** Path segments that cannot be a valid id, slug or country code, percent-encoded. */
    private static final List<String> NAMES_NOTHING = List.of(
            "%00", "a%00b", "%ED%A0%80", "%C0%AF", "%C0%AE%C0%AE", "%FF%FE", "..%2F..%2Fetc%2Fpasswd", "..%2f..%2fcountries", "%2e%2e%2f%2e%2e",
            "%252e%252e", "%27%20OR%20%271%27%3D%271", "1%3B%20DROP%20TABLE%20event", "%3Bdrop%20table%20event", "x".repeat(2000),
            "a".repeat(3000), "00000000-0000-0000-0000-000000000000", "%2800000000-0000-0000-0000-000000000000%29",
            "00000000-0000-0000-0000-0000000000000", "6a1f5f63-2b7c-4e54-9d0a-5d1a3c0e9f2g", "1-1-1-1-1", "%F0%9F%92%A3",
            "%F0%9F%87%AB%F0%9F%87%B7", "%E2%80%AEFR", "%E2%80%AE00000000-0000-0000-0000-000000000000", "-1", "0", "99999999999999999999999",
            "9".repeat(100), "null", "%20", "a%2Fb", "%2F", "%5C", "%25", "%7B%7D", "%7Bid%7D", "%5B%5D", "NaN",
            "%EF%BC%A6%EF%BC%B2", "F%CC%81R", "e%CC%81", "no-such-slug-here", "COALITION", "ZZ", "XXX", "F1", "F", "12",
            "%C3%89%C3%89", "fr%00", "%3Cscript%3E", "%22%27", "x%0d%0aSet-Cookie:%20a=b", "xx".repeat(500), "summary%00");

    /** Segments a client or server may normalise away (RFC 3986 dot segments). */
    private static final List<String> DOT_SEGMENTS = List.of("..", ".", "%2e%2e", "%2e", ".%2e", "%2E%2E");

    /** Appended as a segment of its own: changing the last segment could name a resource a PUT creates. */
    private static final List<String> UNKNOWN_SUFFIXES = List.of("/nothing-here", "/%00", "/x%2Fy", "/%20", "/1", "/participants%00",
            "/%E2%80%AE", "/no-such-thing/at-all");

    /** Query values that are no value of any declared type; as sent, percent-encoded. */
    private static final List<String> HOSTILE_QUERY_VALUES = List.of(
            "%00", "a%00b", "EU%00", "nato%00", "call%00", "2025-09-04%00", "%ED%A0%80", "%C0%AF", "%FF%FE", "-1", "0", "99999999999999999999",
            "-2147483648", "2147483648", "10737419", "1e400", "NaN", "", "%20", "%20%20", "%27%20OR%201%3D1", "%27%20OR%20%271%27%3D%271",
            "1%3B%20DROP%20TABLE%20commitment%3B%20--", "%25%27%20OR%201%3D1%20--", "x".repeat(1500), "a".repeat(3000), "2025-02-30",
            "2025-09-04T11:00:00", "yesterday", "2025-09-04T25:00:00Z", "%2B300000-01-01T00:00:00Z", "%2B99999999-01-01", "0000-01-01",
            "9999-12-31T23:59:59-23:59", "%2B10000-01-01T00:00:00Z", "teleport", "TELEPORTATION", "SUMMIT", "CHAIR", "lead", "FRA", "F1",
            "%5B%5D", "%7B%7D", "a,b,,", "%E2%80%AE", "%E2%80%AERF", "%2B1", "1.5", "%EF%BC%91", "%EF%BC%A6%EF%BC%B2", "true", "null", "ZZ",
            "%25", "_", "*", "%5C", "..%2F..%2Fetc%2Fpasswd", "%3Cscript%3E", "%24%7Bjndi%3Aldap%3A%2F%2Fexample.invalid%2Fa%7D",
            "%F0%9F%92%A3", "e%CC%81%CC%81", "2025-09-04T11:00:00%2B02:00%27");

    private static final List<String> UNKNOWN_QUERY_NAMES = List.of("unknown", "filter", "sort", "size%00", "%00", "%ED%A0%80", "q[]",
            "%24where", "page%5B0%5D");

    private static final List<String> NEVER_MATCHING_IF_MATCH = List.of(
            "\"999999\"", "W/\"0\"", "W/\"1\"", "W/\"2\"", "abc", "\"abc\"", "\"-1\"", "\"9223372036854775808\"", "\"99999999999999999999\"",
            "\"1e3\"", "\"1e400\"", "\"00\"", "\"0\" \"1\"", "\"x\"", "0", "1", "2", "\"0", "\"0 \"", "\"2 \"", "\"0\"x", "''", "\"\"",
            "' OR 1=1 --", "'; DROP TABLE event; --", "\"" + "9".repeat(2000) + "\"", "\"" + "9".repeat(5000) + "\"", ", ,", "\"%00\"",
            "W/\"0\", W/\"1\"");

    private static final List<String> WRONG_CONTENT_TYPES = List.of(
            "text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/octet-stream",
            "application/jsonx", "text/json", "application/json-patch+json", "application/problem+json", "application/vnd.api+json",
            "image/png", "application/merge-patch+json", "application/json");

    private static final List<String> ODD_CONTENT_TYPES = List.of("application/json; charset=bogus", "APPLICATION/JSON;charset=UTF-16",
            "application/json; charset=ISO-8859-1", "application/json;;");

    private static final List<String> UNACCEPTABLE = List.of("application/xml", "text/csv", "image/png", "text/html");

    /** Storable text, odd to a parser, a database or a terminal; each must be stored as sent or refused, never break anything. */
    private static final List<String> ODD_TEXT = List.of(
            "' OR '1'='1", "'; DROP TABLE coalition; --", "1); DELETE FROM membership; --", "%' AND 1=1 --", "\" OR \"\"=\"",
            "' UNION SELECT id, title FROM event --", "$$; SELECT pg_sleep(5); $$", "\\", "\"", "${jndi:ldap://example.org/a}",
            "<script>alert(1)</script>", "../../etc/passwd", "\u202Eevil\u202C", "\u202Egnp.exe", "💣🇺🇦👩🏽‍🚀", "\uD83D\uDCA3",
            "e\u0301\u0301\u0301\u0301\u0301", "Z̸̢̛̗͎̈́a̴̡̛͉l̷̢̛͎g̸̢̛͎o", "\u200B\u200D\uFEFF", "\u0001\u001f\t\n", "\uFFFF\uFFFE", "", "   ",
            "ا\u200Fلتحالف", "Ünïcödé", "\n\r\t", "%00", "%", "_", "*", "1e400", "null", "true", "[]", "{}", "x".repeat(2000));

    private static final List<String> UNSTORABLE_TEXT = List.of("\"\\u0000\"", "\"before\\u0000after\"", "\"a\\u0000b\"",
            "\"lone \\ud800 surrogate\"", "\"\\ud800\"", "\"x\\udfffy\"", "\"\\udfff\"", "\"\\ud83d\"", "\"ends high \\udbff\"",
            "\"\\udc00\\ud800\"");

    // --- the generator ---

    private final long seed;
    private final List<Operation> operations;
    private final Map<SuiteService, Map<String, String>> existing;
    /** Whether the documents say which query parameters take several values: then every other one must refuse a repeat. */
    private final boolean repeatsDeclared;

    BadRequests(long seed, List<Operation> operations, Map<SuiteService, Map<String, String>> existing) {
        this.seed = seed;
        this.operations = operations;
        this.existing = existing;
        this.repeatsDeclared = operations.stream().flatMap(o -> o.in("query").stream()).anyMatch(p -> "array".equals(type(p.schema())));
    }

    /** Every operation of a service's OpenAPI document. */
    static List<Operation> operations(SuiteService service, JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        JsonNode components = document.path("components").path("schemas");
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            Set<String> methods = new TreeSet<>();
            path.getValue().fieldNames().forEachRemaining(m -> methods.add(m.toUpperCase(Locale.ROOT)));
            methods.retainAll(Set.of("GET", "POST", "PUT", "PATCH", "DELETE"));
            // A PATCH schema of its own may require nothing; what a merge patch may not clear is what its PUT requires.
            Set<String> requiredOnReplace = new TreeSet<>();
            resolve(path.getValue().path("put").path("requestBody").path("content").path("application/json").path("schema"), components)
                    .path("required").forEach(r -> requiredOnReplace.add(r.asText()));
            for (String method : methods) {
                JsonNode op = path.getValue().path(method.toLowerCase(Locale.ROOT));
                List<Parameter> parameters = new ArrayList<>();
                List<JsonNode> declared = new ArrayList<>();
                path.getValue().path("parameters").forEach(declared::add);
                op.path("parameters").forEach(declared::add);
                for (JsonNode parameter : declared) {
                    parameters.add(new Parameter(parameter.path("in").asText(), parameter.path("name").asText(), parameter.path("required").asBoolean(),
                            resolve(parameter.path("schema"), components), parameter.path("example")));
                }
                JsonNode content = op.path("requestBody").path("content");
                List<String> contentTypes = new ArrayList<>();
                content.fieldNames().forEachRemaining(contentTypes::add);
                JsonNode schema = null;
                JsonNode example = null;
                if (!contentTypes.isEmpty()) {
                    schema = resolve(content.path(contentTypes.get(0)).path("schema"), components);
                    for (String type : contentTypes) {
                        JsonNode examples = content.path(type).path("examples");
                        if (example == null && examples.isObject() && examples.size() > 0) {
                            example = examples.elements().next().path("value");
                        }
                    }
                }
                Set<String> serverFields = new TreeSet<>();
                for (String success : List.of("200", "201")) {
                    resolve(op.path("responses").path(success).path("content").path("application/json").path("schema"), components)
                            .path("properties").fieldNames().forEachRemaining(serverFields::add);
                }
                if (schema != null) {
                    schema.path("properties").fieldNames().forEachRemaining(serverFields::remove);
                }
                // What the operation answers in (a list also text/csv and NDJSON): none of it is unacceptable.
                Set<String> answers = new TreeSet<>();
                op.path("responses").path("200").path("content").fieldNames().forEachRemaining(answers::add);
                operations.add(new Operation(service, method, path.getKey(), parameters, contentTypes, schema, example,
                        method.equals("PATCH") ? requiredOnReplace : Set.of(), serverFields, components, methods, answers));
            }
        }
        return operations;
    }

    /** Every kind some operation admits: each must be generated at least once in a run. */
    Set<Kind> admittedKinds() {
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        operations.forEach(o -> kinds.addAll(kindsFor(o)));
        return kinds;
    }

    /** Request number {@code index}: an operation in turn, with a kind of mistake and its details chosen from the seed and the index. */
    BadRequest request(int index) {
        Operation operation = operations.get(index % operations.size());
        Random random = new Random(seed * 1_000_003L + index);
        List<Kind> kinds = kindsFor(operation);
        Kind kind = kinds.get(random.nextInt(kinds.size()));
        return new Draft(operation, kind, random).build();
    }

    /** The kinds of mistake {@code operation} admits, from what its document declares. */
    List<Kind> kindsFor(Operation operation) {
        List<Kind> kinds = new ArrayList<>();
        boolean aimed = operation.in("path").stream().allMatch(p -> existingValue(operation, p.name()) != null);
        if (!operation.in("path").isEmpty()) {
            kinds.add(Kind.ID_NAMES_NOTHING);
            if (!operation.isWrite() || operation.takesIfMatch()) {
                kinds.add(Kind.DOT_SEGMENT);
            }
        }
        kinds.add(Kind.UNKNOWN_PATH);
        kinds.add(Kind.REFUSED_BY_HTTP_SERVER);
        if (operation.methodsOfPath().size() < 5) {
            kinds.add(Kind.WRONG_METHOD);
        }
        if (operation.isWrite()) {
            kinds.add(Kind.BODY_OVER_1_MIB);
        }
        if (!aimed) {
            // Every other mistake needs the path to name something; a path that names nothing is already one.
            return kinds;
        }
        if (operation.hasBody()) {
            kinds.addAll(List.of(Kind.MALFORMED_JSON, Kind.NOT_AN_OBJECT, Kind.NO_BODY, Kind.DUPLICATE_KEY, Kind.DEEP_NESTING,
                    Kind.INVALID_UTF8, Kind.WRONG_CONTENT_TYPE, Kind.UNKNOWN_FIELD));
            if (!operation.serverFields().isEmpty()) {
                kinds.add(Kind.READ_ONLY_FIELD);
            }
            List<Slot> slots = slots(operation);
            for (Kind kind : List.of(Kind.WRONG_TYPE, Kind.BAD_ENUM, Kind.BAD_DATE, Kind.DATE_OUT_OF_RANGE, Kind.BAD_PARTIAL_DATE, Kind.UNREADABLE_NUMBER,
                    Kind.NUMBER_OUT_OF_RANGE, Kind.TOO_LONG, Kind.PATTERN, Kind.TOO_MANY_ITEMS, Kind.UNSTORABLE_TEXT, Kind.REQUIRED_NULL,
                    Kind.REQUIRED_MISSING)) {
                if (slots.stream().anyMatch(s -> admits(kind, s, operation))) {
                    kinds.add(kind);
                }
            }
            if (slots.stream().anyMatch(s -> s.path().equals(List.of(CLAIMS)))) {
                kinds.addAll(List.of(Kind.CLAIM_ON_UNKNOWN_FIELD, Kind.DEPRECATED_CLAIM_WITHOUT_NOTE));
                if (!claimableEnums(slots).isEmpty()) {
                    kinds.add(Kind.CLAIM_WITH_INVALID_VALUE);
                }
            }
            if (operation.takesIfMatch()) {
                kinds.add(Kind.ODD_ENCODING_GUARDED);
                if (slots.stream().anyMatch(s -> "string".equals(type(s.schema())))) {
                    kinds.add(Kind.ODD_TEXT_GUARDED);
                }
            }
        }
        if (operation.takesIfMatch()) {
            kinds.add(Kind.STALE_IF_MATCH);
        }
        if (!operation.isWrite()) {
            kinds.add(Kind.NOT_ACCEPTABLE);
            kinds.add(Kind.UNKNOWN_QUERY_PARAMETER);
            List<Parameter> query = operation.in("query");
            if (!query.isEmpty()) {
                kinds.add(Kind.HOSTILE_QUERY_VALUE);
            }
            if (query.stream().anyMatch(p -> !badQueryValues(p).isEmpty())) {
                kinds.add(Kind.BAD_QUERY_VALUE);
            }
            if (query.stream().anyMatch(p -> validQueryValues(p).size() > 0)) {
                kinds.add(Kind.REPEATED_QUERY_VALUE);
            }
        }
        return kinds;
    }

    private String existingValue(Operation operation, String parameter) {
        return existing.getOrDefault(operation.service(), Map.of()).get(parameter);
    }

    /** One request being made: the operation's valid request, then the one mistake of its kind. */
    private final class Draft {
        final Operation operation;
        final Kind kind;
        final Random random;
        String method;
        String path;
        final Map<String, String> query = new LinkedHashMap<>();
        final List<String> extraQuery = new ArrayList<>();
        final Map<String, String> headers = new LinkedHashMap<>();
        byte[] body;
        String detail;
        Expected expected;
        boolean raw;

        Draft(Operation operation, Kind kind, Random random) {
            this.operation = operation;
            this.kind = kind;
            this.random = random;
            this.method = operation.method();
            this.expected = kind.expected;
            this.detail = "";
            this.path = path(null);
            for (Parameter parameter : operation.in("query")) {
                if (parameter.required()) {
                    query.put(parameter.name(), validQueryValues(parameter).stream().findFirst().orElse("x"));
                }
            }
            if (operation.hasBody()) {
                headers.put("Content-Type", operation.contentTypes().get(0));
                body = bytes(validBody(operation).toString());
            }
        }

        BadRequest build() {
            switch (kind) {
                case ID_NAMES_NOTHING -> {
                    Parameter parameter = pick(random, operation.in("path"));
                    path = path(Map.entry(parameter.name(), hostileSegment(random)));
                    detail = parameter.name();
                    if (operation.method().equals("PUT") && isLast(parameter)) {
                        // A PUT that creates: the new resource's key is invalid (422 naming it), or the key's owner does not exist.
                        expected = expected.withStatuses(404, 422).naming(parameter.name());
                    }
                    maybeBodyWhereNoneBelongs();
                }
                case DOT_SEGMENT -> {
                    Parameter parameter = pick(random, operation.in("path"));
                    path = path(Map.entry(parameter.name(), pick(random, DOT_SEGMENTS)));
                    detail = parameter.name();
                    if (operation.isWrite()) {
                        headers.put("If-Match", pick(random, NEVER_MATCHING_IF_MATCH));
                    }
                }
                case UNKNOWN_PATH -> {
                    String suffix = pick(random, UNKNOWN_SUFFIXES);
                    path = path + suffix;
                    detail = suffix;
                }
                case WRONG_METHOD -> {
                    List<String> others = new ArrayList<>(List.of("GET", "POST", "PUT", "PATCH", "DELETE"));
                    others.removeAll(operation.methodsOfPath());
                    method = pick(random, others);
                    detail = method + " (the path has " + operation.methodsOfPath() + ")";
                    if (body == null && !method.equals("GET") && !method.equals("DELETE")) {
                        headers.put("Content-Type", SuiteHttp.JSON);
                        body = bytes("{}");
                    }
                    if (method.equals("GET") || method.equals("DELETE")) {
                        headers.remove("Content-Type");
                        body = null;
                    }
                }
                case REFUSED_BY_HTTP_SERVER -> refusedByHttpServer();
                case BODY_OVER_1_MIB -> {
                    headers.put("Content-Type", operation.hasBody() ? operation.contentTypes().get(0) : SuiteHttp.JSON);
                    List<Slot> texts = operation.hasBody() ? slots(operation).stream().filter(s -> "string".equals(type(s.schema()))).toList()
                            : List.of();
                    String big = "\"" + "x".repeat(OVER_BODY_LIMIT) + "\"";
                    if (texts.isEmpty()) {
                        body = bytes("{\"text\": " + big + "}");
                        detail = "a body of " + body.length + " bytes";
                    } else {
                        Slot slot = pick(random, texts);
                        body = withValue(validBody(operation), slot, big);
                        detail = slot.name() + " of " + OVER_BODY_LIMIT + " characters";
                    }
                }
                case WRONG_CONTENT_TYPE -> {
                    // (Not a missing Content-Type: the services read a body without one as JSON.)
                    List<String> wrong = new ArrayList<>(WRONG_CONTENT_TYPES);
                    wrong.removeAll(operation.contentTypes());
                    headers.put("Content-Type", pick(random, wrong));
                    detail = headers.get("Content-Type");
                }
                case ODD_ENCODING_GUARDED -> {
                    headers.put("If-Match", pick(random, NEVER_MATCHING_IF_MATCH));
                    if (random.nextBoolean()) {
                        headers.put("Content-Type", pick(random, ODD_CONTENT_TYPES));
                        detail = headers.get("Content-Type");
                    } else {
                        body = concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, body);
                        detail = "a byte order mark before the JSON";
                    }
                }
                case STALE_IF_MATCH -> {
                    headers.put("If-Match", pick(random, NEVER_MATCHING_IF_MATCH));
                    detail = headers.get("If-Match");
                    expected = expected.naming("If-Match");
                    maybeBodyWhereNoneBelongs();
                }
                case NOT_ACCEPTABLE -> {
                    headers.put("Accept", pick(random, UNACCEPTABLE.stream().filter(type -> !operation.answers().contains(type)).toList()));
                    detail = headers.get("Accept");
                }
                case BAD_QUERY_VALUE -> {
                    Parameter parameter = pick(random, operation.in("query").stream().filter(p -> !badQueryValues(p).isEmpty()).toList());
                    String value = pick(random, badQueryValues(parameter));
                    query.put(parameter.name(), value);
                    detail = parameter.name() + "=" + value;
                    expected = expected.naming(parameter.name());
                }
                case HOSTILE_QUERY_VALUE -> {
                    Parameter parameter = pick(random, operation.in("query"));
                    String value = pick(random, HOSTILE_QUERY_VALUES);
                    query.put(parameter.name(), value);
                    detail = parameter.name() + "=" + SuiteHttp.abbreviate(value, 40);
                    expected = expected.namingIfAny(parameter.name());
                    if (parameter.name().equals("knownAt") && !operation.in("path").isEmpty()) {
                        // A hostile value that is still a date (0000-01-01) asks about a time before the record was written.
                        expected = expected.withStatuses(200, 400, 404);
                    }
                }
                case UNKNOWN_QUERY_PARAMETER -> {
                    String name = pick(random, UNKNOWN_QUERY_NAMES);
                    extraQuery.add(name + "=" + pick(random, HOSTILE_QUERY_VALUES));
                    detail = name;
                }
                case REPEATED_QUERY_VALUE -> repeatedQueryValue();
                default -> mutateBody();
            }
            String queryString = queryString();
            return new BadRequest(operation, kind, method, path + queryString, Map.copyOf(headers), body, detail, expected, raw);
        }

        private void refusedByHttpServer() {
            raw = true;
            headers.remove("Content-Type");
            body = null;
            List<String> variants = new ArrayList<>(List.of("escape", "percent", "long-uri"));
            if (!operation.isWrite()) {
                variants.add("long-header");
                if (!operation.in("query").isEmpty()) {
                    // (Only a declared parameter: an undeclared one is never decoded, so its escape would go unnoticed.)
                    variants.add("query-escape");
                }
            } else if (operation.takesIfMatch()) {
                variants.add("long-header");
            }
            String variant = pick(random, variants);
            detail = variant;
            switch (variant) {
                case "escape" -> path = path + "%zz";
                case "percent" -> path = path + "%";
                case "long-uri" -> path = path + "/" + "a".repeat(5000);
                case "query-escape" -> extraQuery.add(pick(random, operation.in("query")).name() + pick(random, List.of("=%zz", "=%", "=%G0")));
                default -> headers.put(operation.isWrite() ? "If-Match" : "X-Padding", "\"" + "9".repeat(30_000) + "\"");
            }
        }

        private void repeatedQueryValue() {
            Parameter parameter = pick(random, operation.in("query").stream().filter(p -> !validQueryValues(p).isEmpty()).toList());
            List<String> values = validQueryValues(parameter);
            String first = values.get(0);
            String second = values.get(values.size() > 1 ? 1 + random.nextInt(values.size() - 1) : 0);
            query.remove(parameter.name());
            extraQuery.add(parameter.name() + "=" + first);
            extraQuery.add(parameter.name() + "=" + second);
            detail = parameter.name() + "=" + first + "&" + parameter.name() + "=" + second;
            if ("array".equals(type(parameter.schema()))) {
                expected = expected.withStatuses(200);
            } else if (repeatsDeclared) {
                expected = expected.withStatuses(400).naming(parameter.name());
            } else {
                expected = expected.namingIfAny(parameter.name());
            }
        }

        private void maybeBodyWhereNoneBelongs() {
            if (!operation.hasBody() && operation.isWrite() && random.nextInt(3) == 0) {
                // A body where none belongs: ignored or refused, never a reason to write.
                headers.put("Content-Type", SuiteHttp.JSON);
                body = bytes("{\"unexpected\": true}");
                detail += " (with a body where none belongs)";
            }
        }

        private void mutateBody() {
            JsonNode valid = validBody(operation);
            String text = valid.toString();
            List<Slot> slots = slots(operation);
            switch (kind) {
                case MALFORMED_JSON -> malformed(text);
                case NOT_AN_OBJECT -> {
                    body = bytes(pick(random, List.of("[]", "[{}]", "[" + text + "]", "\"text\"", "42", "1e400", "true", "false", "\"\\u0000\"",
                            "[null]")));
                    detail = new String(body, StandardCharsets.UTF_8);
                }
                case NO_BODY -> {
                    body = bytes(pick(random, List.of("", "null")));
                    detail = body.length == 0 ? "empty" : "null";
                }
                case DUPLICATE_KEY -> {
                    String first = valid.fieldNames().hasNext() ? valid.fieldNames().next() : "a";
                    String value = valid.has(first) ? valid.get(first).toString() : "1";
                    body = bytes("{\"" + first + "\": " + value + ", " + (valid.size() == 0 ? "\"a\": 2}" : text.substring(1)));
                    detail = first;
                }
                case DEEP_NESTING -> {
                    int depth = random.nextInt(4) == 0 ? 10_000 : 2000 + random.nextInt(3000);
                    String deep = random.nextBoolean() ? "[".repeat(depth) + "]".repeat(depth) : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
                    if (random.nextInt(3) == 0) {
                        body = bytes(deep);
                        detail = depth + " deep, the whole body";
                    } else {
                        Slot slot = slots.isEmpty() || random.nextBoolean() ? unknownFieldSlot(slots, random) : pick(random, slots);
                        body = withValue(valid, slot, deep);
                        detail = depth + " deep in " + slot.name();
                    }
                }
                case INVALID_UTF8 -> {
                    List<Slot> texts = slots.stream().filter(s -> "string".equals(type(s.schema()))).toList();
                    Slot slot = texts.isEmpty() ? unknownFieldSlot(slots, random) : pick(random, texts);
                    byte[] invalid = pick(random, List.of(new byte[] { '"', (byte) 0xc3, '(', '"' }, new byte[] { '"', (byte) 0xff, '"' },
                            new byte[] { '"', (byte) 0xff, (byte) 0xfe, '"' }, new byte[] { '"', (byte) 0xed, (byte) 0xa0, (byte) 0x80, '"' },
                            new byte[] { '"', (byte) 0xc0, (byte) 0xaf, '"' }, new byte[] { '"', 'a', (byte) 0xe2, (byte) 0x82, '"' },
                            new byte[] { '"', (byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80, '"' }));
                    body = replace(withValue(valid, slot, PLACEHOLDER), bytes(PLACEHOLDER), invalid);
                    detail = "in " + slot.name();
                }
                case UNKNOWN_FIELD -> {
                    Slot slot = unknownFieldSlot(slots, random);
                    body = withValue(valid, slot, pick(random, notClearing(List.of("1", "\"x\"", "null", "{}", "[]", "true"))));
                    detail = slot.name();
                    expected = expected.naming(slot.name());
                }
                case READ_ONLY_FIELD -> {
                    String field = pick(random, List.copyOf(operation.serverFields()));
                    body = withValue(valid, new Slot(List.of(field), NODES.objectNode(), false), pick(random, notClearing(List.of("1", "\"x\"",
                            "null", "\"0b6f2c1e-8d3a-4f5e-9c2b-7a1d4e6f8a90\"", "[]", "[{\"countryCode\": \"FR\"}]", "\"2025-09-04T11:00:00Z\""))));
                    detail = field;
                    expected = expected.naming(field);
                }
                case CLAIM_ON_UNKNOWN_FIELD -> {
                    String field = pick(random, List.of("planet", "unexpected", "claims", "Status", "$where"));
                    body = withValue(valid, CLAIMS_SLOT, claims(field, NODES.textNode("Mars"), "NORMAL", true));
                    detail = "a claim on " + field;
                    expected = expected.naming(CLAIMS + "[0].field");
                }
                case CLAIM_WITH_INVALID_VALUE -> {
                    Slot slot = pick(random, claimableEnums(slots));
                    JsonNode value = pick(random, List.of(NODES.textNode("NOT_A_VALUE"), NODES.numberNode(42), NODES.objectNode().put("a", 1),
                            NODES.arrayNode().add("x"), NODES.booleanNode(true)));
                    body = withValue(valid, CLAIMS_SLOT, claims(slot.name(), value, pick(random, List.of("NORMAL", "PREFERRED")), true));
                    detail = "a claim of " + slot.name() + " = " + value;
                    expected = expected.naming(CLAIMS + "[0].value");
                }
                case DEPRECATED_CLAIM_WITHOUT_NOTE -> {
                    // The field's own value, valid for sure: what is wrong is the missing reason.
                    List<String> present = new ArrayList<>();
                    valid.fieldNames().forEachRemaining(name -> {
                        if (!name.equals(CLAIMS) && valid.get(name).isValueNode() && !valid.get(name).isNull()) {
                            present.add(name);
                        }
                    });
                    Slot fallback = pick(random, slots.stream().filter(s -> s.path().size() == 1 && !s.path().equals(List.of(CLAIMS))).toList());
                    String field = present.isEmpty() ? fallback.name() : pick(random, present);
                    JsonNode value = valid.has(field) ? valid.get(field) : validInstance(fallback.schema(), operation.components());
                    body = withValue(valid, CLAIMS_SLOT, claims(field, value, "DEPRECATED", false));
                    detail = "a deprecated claim of " + field + " without a note";
                    expected = expected.naming(CLAIMS + "[0].note");
                }
                case ODD_TEXT_GUARDED -> {
                    Slot slot = pick(random, slots.stream().filter(s -> "string".equals(type(s.schema()))).toList());
                    String odd = pick(random, ODD_TEXT);
                    body = withValue(valid, slot, NODES.textNode(odd).toString());
                    headers.put("If-Match", pick(random, NEVER_MATCHING_IF_MATCH));
                    detail = slot.name() + " = " + SuiteHttp.abbreviate(odd, 40);
                }
                default -> {
                    Slot slot = pick(random, slots.stream().filter(s -> admits(kind, s, operation)).toList());
                    if (kind == Kind.REQUIRED_MISSING) {
                        body = withValue(valid, slot, null);
                        detail = slot.name();
                    } else {
                        String value = badValue(kind, slot.schema(), operation.components(), random);
                        body = withValue(valid, slot, value);
                        detail = slot.name() + " = " + SuiteHttp.abbreviate(value, 60);
                    }
                    expected = kind == Kind.UNREADABLE_NUMBER ? expected.namingIfAny(slot.name()) : expected.naming(slot.name());
                }
            }
        }

        /** In a merge patch, {@code null} for a field it does not know removes nothing and is no mistake. */
        private List<String> notClearing(List<String> values) {
            return operation.method().equals("PATCH") ? values.stream().filter(v -> !v.equals("null")).toList() : values;
        }

        private void malformed(String text) {
            List<String> broken = new ArrayList<>(List.of(text + " }", text + "}", text + "x", text + ",", text + "]", text + "\u0000",
                    text + "null", text + "// end", "x" + text, text.replaceFirst("\"", "'"), text.replace('"', '\''),
                    text.replaceAll("\"([a-zA-Z]+)\":", "$1:"), text.length() > 2 ? text.substring(0, text.length() - 1) + ",}" : "{,}",
                    "{/* comment */" + text.substring(1), "/* c */" + text, "{" + text, text.substring(1), text + text, "[" + text.substring(1,
                            Math.max(1, text.length() - 1)) + "]", text.contains(":") ? text.replaceFirst(":", "=") : "{=}", "{", "}", "{}}",
                    "{{}}", "[", "]", "[}", "{]", "{\"a\" 1}", "{\"a\":}", "{,}", "{\"a\": NaN}", "{\"a\": Infinity}", "{\"a\": 0x10}",
                    "{\"a\": 01}", "{\"a\": \"\\x41\"}", "{\"a\": \"\\u12\"}", "{\"a\": \"tab\there\"}", "{\"a\":1}{\"b\":2}", "\uFEFF\uFEFF{}",
                    "\u0000", "{\"\u0000\": 1}", "{'a': 'b'}", "{\"a\": LEAD}", "{\"a\": \"b\",}"));
            for (int i = 0; i < 3; i++) {
                broken.add(text.substring(0, 1 + random.nextInt(Math.max(1, text.length() - 1))));
            }
            int choice = random.nextInt(broken.size() + 2);
            if (choice < broken.size()) {
                body = bytes(broken.get(choice));
                detail = SuiteHttp.abbreviate(broken.get(choice), 60);
            } else {
                body = new byte[1 + random.nextInt(512)];
                random.nextBytes(body);
                detail = body.length + " random bytes";
            }
        }

        private String path(Map.Entry<String, String> mutated) {
            String concrete = operation.path();
            for (Parameter parameter : operation.in("path")) {
                String value = mutated != null && mutated.getKey().equals(parameter.name()) ? mutated.getValue()
                        : existingValue(operation, parameter.name());
                concrete = concrete.replace("{" + parameter.name() + "}", value == null ? pick(random, NAMES_NOTHING) : value);
            }
            return concrete;
        }

        private boolean isLast(Parameter parameter) {
            return operation.path().endsWith("{" + parameter.name() + "}");
        }

        private String queryString() {
            List<String> pairs = new ArrayList<>();
            query.forEach((name, value) -> pairs.add(name + "=" + value));
            pairs.addAll(extraQuery);
            return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
        }
    }

    private static String hostileSegment(Random random) {
        if (random.nextInt(4) > 0) {
            return pick(random, NAMES_NOTHING);
        }
        // Random text with at least one character no id, slug or code has.
        StringBuilder text = new StringBuilder();
        int length = 1 + random.nextInt(40);
        for (int i = 0; i < length; i++) {
            text.appendCodePoint(randomCodePoint(random));
        }
        text.insert(random.nextInt(text.length() + 1), pick(random, List.of("!", " ", "\u00e9", "_", "~", "\u4e2d", "'")));
        return encode(text.toString());
    }

    private static int randomCodePoint(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> 'a' + random.nextInt(26);
            case 1 -> 0x20 + random.nextInt(0x5f);
            case 2 -> 0xa0 + random.nextInt(0x2000);
            default -> 0x1f300 + random.nextInt(0x300);
        };
    }

    // --- query parameters, from their declared schema ---

    /** Values the parameter's schema allows (percent-encoded); empty when the document gives no way to know one. */
    static List<String> validQueryValues(Parameter parameter) {
        JsonNode schema = parameter.schema();
        JsonNode items = "array".equals(type(schema)) ? schema.path("items") : schema;
        List<String> values = new ArrayList<>();
        items.path("enum").forEach(v -> values.add(encode(v.asText())));
        if (values.isEmpty() && !parameter.example().isMissingNode() && !parameter.example().isContainerNode()) {
            values.add(encode(parameter.example().asText()));
        }
        if (values.isEmpty()) {
            switch (String.valueOf(type(items))) {
                case "integer" -> values.add(Long.toString(items.path("minimum").asLong(0) + 1));
                case "boolean" -> values.addAll(List.of("true", "false"));
                default -> {
                    switch (items.path("format").asText()) {
                        case "date" -> values.add("2025-09-04");
                        case "date-time" -> values.add("2025-09-04T11:00:00Z");
                        default -> {
                        }
                    }
                }
            }
        }
        return values;
    }

    /** Values that the parameter's declared type refuses (percent-encoded); empty for text the document does not constrain. */
    static List<String> badQueryValues(Parameter parameter) {
        JsonNode schema = parameter.schema();
        JsonNode items = "array".equals(type(schema)) ? schema.path("items") : schema;
        List<String> values = new ArrayList<>();
        if (items.has("enum")) {
            Set<String> allowed = new TreeSet<>();
            items.path("enum").forEach(v -> allowed.add(v.asText().toUpperCase(Locale.ROOT)));
            String first = items.path("enum").get(0).asText();
            // (Not the name with a NUL after it: the services trim a parameter, and trimming removes it.)
            values.addAll(List.of("TELEPORTATION", encode(first + "S"), encode(first) + "%E2%80%8B", "%E2%80%AE" + encode(first), "0", "a,b,,"));
            values.removeIf(v -> allowed.contains(v.toUpperCase(Locale.ROOT)));
            return values;
        }
        switch (String.valueOf(type(items))) {
            case "integer" -> {
                values.addAll(List.of("1.5", "x", "1e400", "99999999999999999999", "NaN", "%2B%2B1", "0x10"));
                if (items.has("minimum")) {
                    values.add(Long.toString(items.path("minimum").asLong() - 1));
                }
                if (items.has("maximum") && items.path("maximum").asLong() < Integer.MAX_VALUE) {
                    values.add(Long.toString(items.path("maximum").asLong() + 1));
                }
            }
            case "number" -> values.addAll(List.of("x", "NaN%00", "1e400%00"));
            case "boolean" -> values.addAll(List.of("yes", "2", "maybe", "tru", "%00"));
            default -> {
                switch (items.path("format").asText()) {
                    // Invalid both as a date and as a date-time, since some parameters take either.
                    case "date", "date-time" -> values.addAll(List.of("2025-02-30", "yesterday", "2025-13-01", "2025-09-04T25:00:00Z",
                            "04%2F09%2F2025", "2025-9-4", "0000-01-01", "%2B10000-01-01", "2025-09-04T11:00:00%2B25:00"));
                    case "uuid" -> values.addAll(List.of("not-a-uuid", "6a1f5f63-2b7c-4e54-9d0a-5d1a3c0e9f2g", "1-1-1-1-1"));
                    default -> {
                        String violation = patternViolation(items.path("pattern").asText());
                        if (violation != null) {
                            values.add(encode(violation.substring(1, violation.length() - 1)));
                        }
                        if (items.has("maxLength")) {
                            values.add("x".repeat(items.path("maxLength").asInt() + 1));
                        }
                    }
                }
            }
        }
        return values;
    }

    // --- bodies ---

    /** A single property of the body, found in its schema: where it is, what it must be, whether it is required. */
    record Slot(List<Object> path, JsonNode schema, boolean required) {

        /** As the services name it in {@code errors[].field}: {@code sources[0].title}. */
        String name() {
            StringBuilder name = new StringBuilder();
            for (Object step : path) {
                if (step instanceof Integer index) {
                    name.append('[').append(index).append(']');
                } else {
                    name.append(name.length() == 0 ? "" : ".").append(step);
                }
            }
            return name.toString();
        }

        boolean underArray() {
            return path.stream().anyMatch(Integer.class::isInstance);
        }
    }

    private static JsonNode validBody(Operation operation) {
        if (operation.bodyExample() != null && !operation.bodyExample().isMissingNode()) {
            return operation.bodyExample().deepCopy();
        }
        return validInstance(operation.bodySchema(), operation.components());
    }

    private static List<Slot> slots(Operation operation) {
        List<Slot> slots = slots(operation.bodySchema(), operation.components(), new ArrayList<>(), 0);
        if (operation.requiredOnReplace().isEmpty()) {
            return slots;
        }
        return slots.stream().map(s -> s.path().size() == 1 && operation.requiredOnReplace().contains(s.name())
                ? new Slot(s.path(), s.schema(), true) : s).toList();
    }

    private static final String CLAIMS = "claims";
    private static final Slot CLAIMS_SLOT = new Slot(List.of(CLAIMS), NODES.arrayNode(), false);

    /** Top-level properties with a closed set of values, whose claims can be given a value that is none of them. */
    private static List<Slot> claimableEnums(List<Slot> slots) {
        return slots.stream().filter(s -> s.path().size() == 1 && s.schema().has("enum")).toList();
    }

    /** A claims list of one claim, well formed but for what the caller chose, as JSON text. */
    private static String claims(String field, JsonNode value, String rank, boolean withNote) {
        ObjectNode claim = NODES.objectNode().put("field", field);
        claim.set("value", value);
        claim.set("sources", NODES.arrayNode().add(NODES.objectNode().put("title", "A report on the coalition").put("publisher", "A newspaper")
                .put("url", "https://news.example.org/coalition-report").put("publishedOn", "2025-09-01")));
        claim.put("rank", rank);
        if (withNote) {
            claim.put("note", "Given by one report only.");
        }
        return NODES.arrayNode().add(claim).toString();
    }

    private static Slot unknownFieldSlot(List<Slot> slots, Random random) {
        List<Slot> objects = slots.stream().filter(s -> "object".equals(type(s.schema()))).toList();
        List<Object> path = new ArrayList<>();
        if (!objects.isEmpty() && random.nextBoolean()) {
            path.addAll(pick(random, objects).path());
        }
        path.add(pick(random, List.of("unexpected", "unexpectedField", "unexpected_id", "unexpectedVersion", "$where", "' OR 1=1 --",
                "title\u0000", "__proto__", "planet")));
        return new Slot(path, NODES.objectNode(), false);
    }

    private static boolean admits(Kind kind, Slot slot, Operation operation) {
        JsonNode schema = slot.schema();
        String type = type(schema);
        String format = schema.path("format").asText();
        boolean patch = operation.method().equals("PATCH");
        return switch (kind) {
            case WRONG_TYPE -> type != null;
            case BAD_ENUM -> schema.has("enum") || schema.path("items").has("enum");
            case BAD_DATE, DATE_OUT_OF_RANGE -> format.equals("date") || format.equals("date-time");
            case BAD_PARTIAL_DATE -> format.equals("partial-date");
            case UNREADABLE_NUMBER -> "integer".equals(type);
            case NUMBER_OUT_OF_RANGE -> ("integer".equals(type) || "number".equals(type)) && (schema.has("minimum") || schema.has("maximum"));
            case TOO_LONG -> schema.has("maxLength");
            case PATTERN -> patternViolation(schema.path("pattern").asText()) != null;
            // More items than allowed; not for a list of enum values shorter than that, where only repeats
            // could exceed the limit (and the services read such a list as a set).
            case TOO_MANY_ITEMS -> schema.has("maxItems") && (!schema.path("items").has("enum")
                    || schema.path("items").path("enum").size() > schema.path("maxItems").asInt());
            case UNSTORABLE_TEXT -> "string".equals(type) && !schema.has("enum") && !schema.has("format");
            // A merge patch's null clears, so a required property cleared is missing.
            case REQUIRED_NULL -> slot.required();
            // A merge patch may leave out any property, except inside a list, which it replaces whole.
            case REQUIRED_MISSING -> slot.required() && (!patch || slot.underArray());
            default -> false;
        };
    }

    /** A value (as JSON text) that {@code kind} says must be refused for a property of {@code schema}. */
    private static String badValue(Kind kind, JsonNode schema, JsonNode components, Random random) {
        String type = type(schema);
        return switch (kind) {
            // A date also as the arrays JSR-310 would read on its own ([] as no date, [2025, 9, 4] as a date).
            case WRONG_TYPE -> switch ("date".equals(schema.path("format").asText()) ? "date" : type) {
                case "string" -> pick(random, List.of("123", "-1", "true", "false", "{}", "[]", "1.5", "1e400", "[\"FR\"]", "{\"$gt\": \"\"}",
                        "[1, 2]", "[null]", "[[]]", "{\"a\": 1}"));
                case "date" -> pick(random, List.of("123", "-1", "true", "false", "{}", "1.5", "1e400", "{\"$gt\": \"\"}", "{\"a\": 1}",
                        "[]", "[2025, 9, 4]", "[2025]"));
                case "integer", "number" -> pick(random, List.of("\"2000\"", "true", "{}", "[]", "\"\"", "[1]", "\"1e3\""));
                case "array" -> pick(random, List.of("\"x\"", "1", "{}", "true", "\"[]\"", "1e400"));
                case "object" -> pick(random, List.of("\"x\"", "1", "[]", "true", "\"Paris\"", "1e400"));
                case "boolean" -> pick(random, List.of("\"true\"", "1", "{}", "[]"));
                default -> "{}";
            };
            case BAD_ENUM -> {
                JsonNode values = schema.has("enum") ? schema.path("enum") : schema.path("items").path("enum");
                Set<String> allowed = new TreeSet<>();
                values.forEach(v -> allowed.add(v.asText()));
                String first = values.get(random.nextInt(values.size())).asText();
                List<String> bad = new ArrayList<>(List.of(first.toLowerCase(Locale.ROOT), first + " ", " " + first, "TELEPORTATION", "", " ",
                        first + "\u0000", first + "S", "\u202E" + first, first + "'--", first + "," + first, "L\u0045AD\u00ad", "1", HUGE_TEXT));
                bad.removeIf(allowed::contains);
                String chosen = pick(random, bad);
                String value = chosen.equals(HUGE_TEXT) ? HUGE_TEXT : random.nextInt(8) == 0 ? "0" : NODES.textNode(chosen).toString();
                yield schema.has("enum") ? value : "[" + value + "]";
            }
            case BAD_DATE -> "date".equals(schema.path("format").asText())
                    ? pick(random, List.of("\"2025-02-30\"", "\"04/09/2025\"", "\"2025-9-4\"", "\"2025-13-01\"", "20250904", "\"yesterday\"",
                            "\"2025-09-04T11:00:00+02:00\"", "\"2025-09-04'--\"", "true", "{}"))
                    : pick(random, List.of("\"2025-09-04T11:00:00\"", "\"2025-09-04\"", "\"yesterday\"", "\"tomorrow\"", "\"2025-13-01T00:00:00Z\"",
                            "\"2025-02-30T10:00:00+01:00\"", "\"2025-09-04T25:00:00+02:00\"", "\"2025-09-04T25:00:00Z\"", "1756976400",
                            "\"2025-09-04T11:00:00+25:00\"", "\"\"", "\"' OR 1=1 --\"", "\"\\u0000\""));
            case DATE_OUT_OF_RANGE -> "date".equals(schema.path("format").asText())
                    ? pick(random, List.of("\"0000-01-01\"", "\"-0001-01-01\"", "\"+10000-01-01\"", "\"+99999999-01-01\"", "\"+999999999-12-31\"",
                            "\"-999999999-01-01\""))
                    : pick(random, List.of("\"0000-01-01T00:00:00Z\"", "\"+10000-01-01T00:00:00Z\"", "\"+999999999-12-31T23:59:59Z\"",
                            "\"-999999999-01-01T00:00:00Z\""));
            case BAD_PARTIAL_DATE -> pick(random, List.of("\"2025-13\"", "\"2025-02-30\"", "\"2025-00\"", "\"0000\"", "\"2025-9\"", "\"25\"",
                    "\"2025-09-04T11:00:00Z\"", "\"September 2025\"", "\"2025-02-29\"", "\"\"", "\"2025/09\"", "\"+2025\"", "\"2025-09-04 \""));
            case UNREADABLE_NUMBER -> pick(random, List.of("1e400", "-1e400", "99999999999999999999999", "-99999999999999999999999",
                    "99999999999", "2.5", "1e3", "-0.0", "9".repeat(1200), "9".repeat(5000)));
            case NUMBER_OUT_OF_RANGE -> schema.has("minimum") && (!schema.has("maximum") || random.nextBoolean())
                    ? Long.toString(schema.path("minimum").asLong() - 1 - random.nextInt(2))
                    : Long.toString(schema.path("maximum").asLong() + 1);
            case TOO_LONG -> random.nextInt(4) == 0 ? HUGE_TEXT
                    : "\"" + "x".repeat(schema.path("maxLength").asInt() + 1 + random.nextInt(3)) + "\"";
            case PATTERN -> patternViolation(schema.path("pattern").asText());
            case TOO_MANY_ITEMS -> {
                int count = schema.path("maxItems").asInt() + 1 + random.nextInt(10);
                JsonNode itemSchema = resolve(schema.path("items"), components);
                List<String> items = itemSchema.has("enum")
                        ? IntStream.range(0, count).mapToObj(i -> itemSchema.path("enum").get(i % itemSchema.path("enum").size()).toString()).toList()
                        : Collections.nCopies(count, validInstance(itemSchema, components).toString());
                yield "[" + String.join(",", items) + "]";
            }
            case UNSTORABLE_TEXT -> pick(random, UNSTORABLE_TEXT);
            case REQUIRED_NULL -> "null";
            default -> throw new IllegalArgumentException(kind.name());
        };
    }

    /** A value that violates {@code pattern}, for the patterns these APIs use; null when unknown. */
    private static String patternViolation(String pattern) {
        return switch (pattern) {
            case "[a-z0-9]+(-[a-z0-9]+)*" -> "\"Not a slug!\"";
            case "\\S" -> "\"   \"";
            case "https?://\\S+" -> "\"javascript:alert(1)\"";
            case "[A-Za-z]{2}" -> "\"F1\"";
            default -> pattern.contains("{8}-") ? "\"6a1f5f63-2b7c-4e54-9d0a-5d1a3c0e9f2g\"" : null;
        };
    }

    /** The body with the property at {@code slot} set to {@code value} (JSON text; null: removed). */
    private static byte[] withValue(JsonNode valid, Slot slot, String value) {
        JsonNode body = valid.deepCopy();
        JsonNode parent = body;
        List<Object> path = slot.path();
        for (int i = 0; i < path.size() - 1; i++) {
            Object step = path.get(i);
            JsonNode child = step instanceof Integer index ? parent.path(index) : parent.path((String) step);
            if (child.isMissingNode() || child.isNull() || !child.isContainerNode()) {
                child = path.get(i + 1) instanceof Integer ? NODES.arrayNode() : NODES.objectNode();
                attach(parent, step, child);
            }
            parent = child;
        }
        Object last = path.get(path.size() - 1);
        if (value == null) {
            if (parent instanceof ObjectNode object) {
                object.remove((String) last);
            }
            return bytes(body.toString());
        }
        attach(parent, last, NODES.textNode("__MUTATED_VALUE__"));
        return bytes(body.toString().replace(PLACEHOLDER, value));
    }

    private static void attach(JsonNode parent, Object step, JsonNode child) {
        if (parent instanceof ObjectNode object) {
            object.set(String.valueOf(step), child);
        } else if (parent instanceof ArrayNode array) {
            int index = (Integer) step;
            while (array.size() <= index) {
                array.addNull();
            }
            array.set(index, child);
        }
    }

    /** Every property of the schema, nested objects and the first item of lists included. */
    private static List<Slot> slots(JsonNode schema, JsonNode components, List<Object> prefix, int depth) {
        List<Slot> slots = new ArrayList<>();
        if (depth > 3) {
            return slots;
        }
        Set<String> required = new TreeSet<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        for (Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields(); properties.hasNext();) {
            Map.Entry<String, JsonNode> property = properties.next();
            JsonNode resolved = resolve(property.getValue(), components);
            if (resolved.has("items")) {
                ObjectNode withItems = resolved.deepCopy();
                withItems.set("items", resolve(resolved.path("items"), components));
                resolved = withItems;
            }
            List<Object> path = new ArrayList<>(prefix);
            path.add(property.getKey());
            slots.add(new Slot(path, resolved, required.contains(property.getKey())));
            if ("object".equals(type(resolved))) {
                slots.addAll(slots(resolved, components, path, depth + 1));
            } else if ("array".equals(type(resolved)) && "object".equals(type(resolve(resolved.path("items"), components)))) {
                List<Object> first = new ArrayList<>(path);
                first.add(0);
                slots.addAll(slots(resolve(resolved.path("items"), components), components, first, depth + 1));
            }
        }
        return slots;
    }

    /** The schema with its {@code $ref} resolved (the referring node's own keys win); a {@code allOf} of one is that one. */
    static JsonNode resolve(JsonNode schema, JsonNode components) {
        if (schema == null || schema.isMissingNode()) {
            return NODES.objectNode();
        }
        if (!schema.has("$ref") && schema.path("allOf").size() == 1 && schema.path("allOf").get(0).has("$ref")) {
            ObjectNode merged = schema.deepCopy();
            merged.remove("allOf");
            merged.set("$ref", schema.path("allOf").get(0).path("$ref"));
            return resolve(merged, components);
        }
        if (!schema.has("$ref")) {
            return schema;
        }
        String ref = schema.path("$ref").asText();
        ObjectNode resolved = resolve(components.path(ref.substring(ref.lastIndexOf('/') + 1)), components).deepCopy();
        schema.fields().forEachRemaining(field -> {
            if (!field.getKey().equals("$ref")) {
                resolved.set(field.getKey(), field.getValue());
            }
        });
        return resolved;
    }

    /** The schema's type; OpenAPI 3.1 may give a list such as {@code [string, null]}, whose non-null one counts. */
    static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode one : type) {
                if (!one.asText().equals("null")) {
                    return one.asText();
                }
            }
        } else if (type.isTextual()) {
            return type.asText();
        }
        if (schema.has("properties")) {
            return "object";
        }
        if (schema.has("enum")) {
            return "string";
        }
        return null;
    }

    /** A minimal valid instance of a schema: its required properties with example or plausible values. */
    static JsonNode validInstance(JsonNode schema, JsonNode components) {
        JsonNode resolved = resolve(schema, components);
        if (resolved.has("examples") && resolved.path("examples").size() > 0) {
            return resolved.path("examples").get(0).deepCopy();
        }
        if (resolved.has("example")) {
            return resolved.path("example").deepCopy();
        }
        if (resolved.has("enum")) {
            return resolved.path("enum").get(0).deepCopy();
        }
        String type = type(resolved);
        if (type == null) {
            return NODES.objectNode();
        }
        return switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                resolved.path("required").forEach(r -> object.set(r.asText(), validInstance(resolved.path("properties").path(r.asText()), components)));
                yield object;
            }
            case "array" -> NODES.arrayNode();
            case "integer", "number" -> NODES.numberNode(1);
            case "boolean" -> NODES.booleanNode(true);
            default -> switch (resolved.path("format").asText()) {
                case "date" -> NODES.textNode("2025-09-04");
                case "date-time" -> NODES.textNode("2025-09-04T11:00:00+02:00");
                case "partial-date" -> NODES.textNode("2025-09");
                default -> NODES.textNode("text");
            };
        };
    }

    // --- plumbing ---

    private static <T> T pick(Random random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    static String encode(String text) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.') {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(String.format("%02X", c));
            }
        }
        return encoded.toString();
    }

    private static byte[] replace(byte[] source, byte[] target, byte[] replacement) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < source.length;) {
            if (matchesAt(source, target, i)) {
                out.writeBytes(replacement);
                i += target.length;
            } else {
                out.write(source[i++]);
            }
        }
        return out.toByteArray();
    }

    private static boolean matchesAt(byte[] source, byte[] target, int at) {
        if (at + target.length > source.length) {
            return false;
        }
        for (int j = 0; j < target.length; j++) {
            if (source[at + j] != target[j]) {
                return false;
            }
        }
        return true;
    }
}
