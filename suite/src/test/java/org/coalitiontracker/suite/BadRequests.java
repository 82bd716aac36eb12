package org.coalitiontracker.suite;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Generates bad requests from an OpenAPI document. Each request is one operation of the
 * document with exactly one mutation that makes it invalid by construction, chosen among those
 * the operation admits: a path parameter that names nothing (or cannot be read), a body the
 * schema refuses, a wrong content type, an {@code If-Match} that can never match, or a method
 * the path does not have; plus, at random, hostile query parameters. A read (GET) may also
 * carry only hostile query parameters. Request {@code n} of a seed is always the same request,
 * whatever the order or threads they are sent from.
 */
final class BadRequests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String PLACEHOLDER = "\"__MUTATED_VALUE__\"";
    private static final int BODY_LIMIT = 1024 * 1024;

    /** Percent-encoded path segments that name nothing and cannot be a valid id, slug or country code. */
    private static final List<String> HOSTILE_SEGMENTS = List.of(
            "%00", "%ED%A0%80", "%C0%AF", "%FF%FE", "..%2F..%2Fetc%2Fpasswd", "%27%20OR%20%271%27%3D%271", "1%3B%20DROP%20TABLE%20event",
            "x".repeat(2000), "00000000-0000-0000-0000-000000000000", "%F0%9F%92%A3", "%E2%80%AEFR", "-1", "99999999999999999999999",
            "null", "%20", "a%2Fb", "%25", "%7B%7D", "%5B%5D", "NaN", "%EF%BC%A6%EF%BC%B2", "F%CC%81R", "6a1f5f63-2b7c-4e54-9d0a-5d1a3c0e9f2g",
            "no-such-slug-here", "ZZ", "XXX", "f", "%3Cscript%3E", "%22%27");

    private static final List<String> HOSTILE_QUERY_VALUES = List.of(
            "%00", "%ED%A0%80", "-1", "0", "99999999999999999999", "1e400", "NaN", "", "%27%20OR%201%3D1", "x".repeat(1500),
            "2025-02-30", "yesterday", "2025-09-04T25:00:00Z", "teleport", "%5B%5D", "a,b,,", "%E2%80%AE", "%2B1", "1.5", "%EF%BC%91",
            "2025-09-04%00", "EU%00", "true", "%C0%AF", "ZZ");

    private static final List<String> NEVER_MATCHING_IF_MATCH = List.of(
            "\"999999\"", "W/\"0\"", "W/\"1\"", "abc", "\"-1\"", "\"9223372036854775808\"", "\"1e3\"", "\"00\"", "\"0\" \"1\"", "\"x\"");

    private static final List<String> WRONG_CONTENT_TYPES = List.of(
            "text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
            "application/octet-stream", "application/jsonx", "text/json", "application/json-patch+json", "image/png");

    private static final List<String> BODY_MUTATIONS = List.of(
            "malformed", "not-an-object", "wrong-type", "wrong-type", "bad-enum", "bad-date", "too-long", "pattern", "too-many-items",
            "unstorable-text", "unstorable-text", "number-out-of-range", "required-null", "required-missing", "unknown-field", "deep-nesting",
            "duplicate-key", "invalid-utf8", "wrong-type", "bad-enum");

    record Parameter(String in, String name, JsonNode schema) {
    }

    record Operation(SuiteService service, String method, String path, List<Parameter> parameters, List<String> contentTypes,
            JsonNode bodySchema, JsonNode bodyExample, JsonNode components, Set<String> methodsOfPath) {

        boolean hasBody() {
            return bodySchema != null;
        }

        List<Parameter> in(String place) {
            return parameters.stream().filter(p -> p.in().equals(place)).toList();
        }

        @Override
        public String toString() {
            return service.module() + " " + method + " " + path;
        }
    }

    record BadRequest(Operation operation, String method, String rawPathAndQuery, String contentType, byte[] body, String ifMatch,
            String mutation) {

        boolean isWrite() {
            return !method.equals("GET");
        }

        @Override
        public String toString() {
            String text = body == null ? "" : " body " + SuiteHttp.abbreviate(new String(body, StandardCharsets.UTF_8), 300);
            return "[" + mutation + "] " + operation.service().module() + " " + method + " " + SuiteHttp.abbreviate(rawPathAndQuery, 200)
                    + (contentType == null ? "" : " Content-Type: " + contentType) + (ifMatch == null ? "" : " If-Match: " + ifMatch) + text;
        }
    }

    private final long seed;
    private final List<Operation> operations;
    private final Map<SuiteService, Map<String, String>> existing;

    BadRequests(long seed, List<Operation> operations, Map<SuiteService, Map<String, String>> existing) {
        this.seed = seed;
        this.operations = operations;
        this.existing = existing;
    }

    /** Every operation of a service's OpenAPI document. */
    static List<Operation> operations(SuiteService service, JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        JsonNode components = document.path("components").path("schemas");
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            Set<String> methods = new TreeSet<>();
            path.getValue().fieldNames().forEachRemaining(m -> methods.add(m.toUpperCase(Locale.ROOT)));
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!Set.of("get", "post", "put", "patch", "delete").contains(op.getKey())) {
                    continue;
                }
                List<Parameter> parameters = new ArrayList<>();
                for (JsonNode parameter : op.getValue().path("parameters")) {
                    parameters.add(new Parameter(parameter.path("in").asText(), parameter.path("name").asText(), parameter.path("schema")));
                }
                JsonNode content = op.getValue().path("requestBody").path("content");
                List<String> contentTypes = new ArrayList<>();
                content.fieldNames().forEachRemaining(contentTypes::add);
                JsonNode schema = null;
                JsonNode example = null;
                if (!contentTypes.isEmpty()) {
                    JsonNode media = content.path(contentTypes.get(0));
                    schema = resolve(media.path("schema"), components);
                    for (String type : contentTypes) {
                        JsonNode examples = content.path(type).path("examples");
                        if (example == null && examples.isObject() && examples.size() > 0) {
                            example = examples.elements().next().path("value");
                        }
                    }
                }
                operations.add(new Operation(service, op.getKey().toUpperCase(Locale.ROOT), path.getKey(), parameters, contentTypes, schema, example,
                        components, methods));
            }
        }
        return operations;
    }

    /** Request number {@code index}: an operation in turn, mutated at random from the seed and the index. */
    BadRequest request(int index) {
        Operation operation = operations.get(index % operations.size());
        Random random = new Random(seed * 1_000_003L + index);
        List<String> kinds = new ArrayList<>();
        boolean write = !operation.method().equals("GET");
        if (!operation.in("path").isEmpty()) {
            kinds.add("path");
        }
        if (operation.hasBody()) {
            kinds.addAll(List.of("body", "body", "body", "body", "content-type"));
        }
        if (write && !operation.method().equals("POST") && operation.parameters().stream().anyMatch(p -> p.name().equals("If-Match"))) {
            kinds.add("if-match");
        }
        if (!write) {
            kinds.addAll(List.of("query", "query", "query-only"));
        }
        kinds.add(random.nextInt(4) == 0 ? "wrong-method" : kinds.get(0));
        String kind = kinds.get(random.nextInt(kinds.size()));

        String method = operation.method();
        String mutatedPath = kind.equals("path") ? pick(random, operation.in("path")).name() : null;
        String path = path(operation, mutatedPath, random);
        String query = "";
        if (kind.startsWith("query") || random.nextInt(4) == 0) {
            query = query(operation, random);
        }
        String contentType = operation.hasBody() ? operation.contentTypes().get(0) : null;
        byte[] body = operation.hasBody() ? bytes(validBody(operation)) : null;
        String ifMatch = null;
        String mutation = kind;
        switch (kind) {
            case "body" -> {
                Mutated mutated = mutateBody(operation, random);
                body = mutated.body();
                mutation = "body: " + mutated.description();
            }
            case "content-type" -> {
                // (Not a missing Content-Type: the services read a body without one as JSON.)
                contentType = pick(random, WRONG_CONTENT_TYPES);
                mutation = "content-type";
            }
            case "if-match" -> ifMatch = pick(random, NEVER_MATCHING_IF_MATCH);
            case "wrong-method" -> {
                List<String> others = new ArrayList<>(List.of("POST", "PUT", "PATCH", "DELETE"));
                others.removeAll(operation.methodsOfPath());
                if (others.isEmpty()) {
                    mutation = "path";
                    path = path(operation, pick(random, operation.in("path")).name(), random);
                } else {
                    method = pick(random, others);
                    mutation = "wrong-method " + method;
                    if (body == null && random.nextBoolean()) {
                        contentType = SuiteHttp.JSON;
                        body = bytes("{}");
                    }
                }
            }
            case "path" -> mutation = "path " + mutatedPath;
            default -> {
            }
        }
        if (!operation.hasBody() && !kind.equals("wrong-method") && write && random.nextInt(3) == 0) {
            // A body where none belongs: ignored or refused, never a reason to write.
            contentType = SuiteHttp.JSON;
            body = bytes("{\"unexpected\": true}");
        }
        return new BadRequest(operation, method, path + query, contentType, body, ifMatch, mutation);
    }

    // --- paths and queries ---

    private String path(Operation operation, String mutated, Random random) {
        String path = operation.path();
        for (Parameter parameter : operation.in("path")) {
            String value = existing.getOrDefault(operation.service(), Map.of()).get(parameter.name());
            if (parameter.name().equals(mutated) || value == null) {
                value = hostileSegment(random);
            }
            path = path.replace("{" + parameter.name() + "}", value);
        }
        return path;
    }

    private static String hostileSegment(Random random) {
        if (random.nextInt(4) > 0) {
            return pick(random, HOSTILE_SEGMENTS);
        }
        // Random text with at least one character no id, slug or code has.
        StringBuilder text = new StringBuilder();
        int length = 1 + random.nextInt(40);
        for (int i = 0; i < length; i++) {
            text.appendCodePoint(randomCodePoint(random));
        }
        text.insert(random.nextInt(text.length() + 1), pick(random, List.of("!", " ", "\u00e9", "_", "~", "\u4e2d", ".")));
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

    private static String query(Operation operation, Random random) {
        List<String> pairs = new ArrayList<>();
        List<Parameter> declared = operation.in("query");
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            String name = declared.isEmpty() || random.nextInt(5) == 0 ? pick(random, List.of("unknown", "filter", "size%00", "%ED%A0%80", "q[]"))
                    : pick(random, declared).name();
            pairs.add(name + "=" + pick(random, HOSTILE_QUERY_VALUES));
        }
        return "?" + String.join("&", pairs);
    }

    // --- bodies ---

    private record Mutated(byte[] body, String description) {
    }

    /** A single property of the body, found in its schema: where it is, what it must be, whether it is required. */
    private record Slot(List<Object> path, JsonNode schema, boolean required) {

        String name() {
            return path.stream().map(String::valueOf).collect(Collectors.joining("."));
        }
    }

    private static JsonNode validBody(Operation operation) {
        if (operation.bodyExample() != null && !operation.bodyExample().isMissingNode()) {
            return operation.bodyExample().deepCopy();
        }
        return validInstance(operation.bodySchema(), operation.components());
    }

    private Mutated mutateBody(Operation operation, Random random) {
        JsonNode valid = validBody(operation);
        String text = valid.toString();
        String kind = pick(random, BODY_MUTATIONS);
        boolean fullReplacement = !operation.method().equals("PATCH");
        List<Slot> slots = slots(operation.bodySchema(), operation.components(), new ArrayList<>(), 0);
        switch (kind) {
            case "malformed" -> {
                List<String> broken = List.of(text.substring(0, 1 + random.nextInt(Math.max(1, text.length() - 1))), text + " }",
                        text.replaceFirst("\"", "'"), text.substring(0, text.length() - 1) + ",}", "{/* comment */" + text.substring(1),
                        "{" + text, text.substring(1), text + text, "{\"a\" 1}", "{\"a\":}", "{,}",
                        text.contains(":") ? text.replace(":", "=") : "{=}");
                return new Mutated(bytes(pick(random, broken)), "malformed JSON");
            }
            case "not-an-object" -> {
                return new Mutated(bytes(pick(random, List.of("[]", "[" + text + "]", "\"text\"", "42", "null", "true", "", " "))),
                        "not an object");
            }
            case "unknown-field" -> {
                return withValue(valid, unknownFieldSlot(slots, random, operation), pick(random, List.of("1", "\"x\"", "null", "{}", "[]")),
                        operation, "unknown field");
            }
            case "deep-nesting" -> {
                int depth = 2000 + random.nextInt(3000);
                String deep = random.nextBoolean() ? "[".repeat(depth) + "]".repeat(depth) : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
                Slot slot = random.nextBoolean() && !slots.isEmpty() ? pick(random, slots) : unknownFieldSlot(slots, random, operation);
                return withValue(valid, slot, deep, operation, "nested " + depth + " deep");
            }
            case "duplicate-key" -> {
                String duplicated = valid.size() == 0 ? "{\"a\": 1, \"a\": 2}" : "{" + text.substring(1, text.indexOf(',') > 0 ? text.indexOf(',') + 1 : text.length() - 1)
                        + (text.indexOf(',') > 0 ? "" : ",") + text.substring(1);
                return new Mutated(bytes(duplicated), "duplicate key");
            }
            case "invalid-utf8" -> {
                List<Slot> texts = slots.stream().filter(s -> "string".equals(type(s.schema()))).toList();
                Slot slot = texts.isEmpty() ? unknownFieldSlot(slots, random, operation) : pick(random, texts);
                byte[] mutated = withValue(valid, slot, PLACEHOLDER, operation, "").body();
                byte[] invalid = pick(random, List.of(new byte[] { '"', (byte) 0xc3, '(', '"' }, new byte[] { '"', (byte) 0xff, '"' },
                        new byte[] { '"', (byte) 0xed, (byte) 0xa0, (byte) 0x80, '"' }, new byte[] { '"', (byte) 0xc0, (byte) 0xaf, '"' }));
                return new Mutated(replace(mutated, bytes(PLACEHOLDER), invalid), "invalid UTF-8 in " + slot.name());
            }
            default -> {
                // Mutations of one property; when none of the schema's properties admits this one, an unknown field.
                List<Slot> candidates = slots.stream().filter(s -> admits(kind, s, fullReplacement)).toList();
                if (candidates.isEmpty()) {
                    return withValue(valid, unknownFieldSlot(slots, random, operation), "1", operation, "unknown field (no " + kind + ")");
                }
                Slot slot = pick(random, candidates);
                if (kind.equals("required-missing")) {
                    return withValue(valid, slot, null, operation, "required " + slot.name() + " missing");
                }
                String value = badValue(kind, slot.schema(), operation.components(), random);
                return withValue(valid, slot, value, operation, kind + " " + slot.name());
            }
        }
    }

    private static Slot unknownFieldSlot(List<Slot> slots, Random random, Operation operation) {
        List<Slot> objects = slots.stream().filter(s -> "object".equals(type(s.schema()))).toList();
        List<Object> path = new ArrayList<>();
        if (!objects.isEmpty() && random.nextBoolean()) {
            path.addAll(pick(random, objects).path());
        }
        path.add("unexpected" + pick(random, List.of("", "Field", "_id", "Version", "$where")));
        return new Slot(path, NODES.objectNode(), false);
    }

    private static boolean admits(String kind, Slot slot, boolean fullReplacement) {
        JsonNode schema = slot.schema();
        String type = type(schema);
        return switch (kind) {
            case "wrong-type" -> type != null;
            case "bad-enum" -> schema.has("enum") || schema.path("items").has("enum");
            case "bad-date" -> "date".equals(schema.path("format").asText()) || "date-time".equals(schema.path("format").asText());
            case "too-long" -> schema.has("maxLength");
            case "pattern" -> patternViolation(schema.path("pattern").asText()) != null;
            // More items than allowed; not for a list of enum values shorter than that, where only repeats
            // could exceed the limit (and the services read such a list as a set).
            case "too-many-items" -> schema.has("maxItems") && (!schema.path("items").has("enum")
                    || schema.path("items").path("enum").size() > schema.path("maxItems").asInt());
            case "unstorable-text" -> "string".equals(type) && !schema.has("enum") && !schema.has("format");
            case "number-out-of-range" -> "integer".equals(type) || "number".equals(type);
            // A PATCH may leave out any top-level property; inside a replaced object or list a required one still counts.
            case "required-null", "required-missing" -> slot.required() && (fullReplacement || slot.path().size() > 1);
            default -> false;
        };
    }

    /** A value (as JSON text) that {@code kind} says must be refused for a property of {@code schema}. */
    private static String badValue(String kind, JsonNode schema, JsonNode components, Random random) {
        String type = type(schema);
        return switch (kind) {
            case "wrong-type" -> switch (type) {
                case "string" -> pick(random, List.of("123", "true", "{}", "[]", "1.5", "[\"FR\"]"));
                case "integer", "number" -> pick(random, List.of("\"2000\"", "true", "{}", "[]", "\"\"", "[1]"));
                case "array" -> pick(random, List.of("\"x\"", "1", "{}", "true"));
                case "object" -> pick(random, List.of("\"x\"", "1", "[]", "true"));
                case "boolean" -> pick(random, List.of("\"true\"", "1", "{}", "[]"));
                default -> "{}";
            };
            case "bad-enum" -> {
                JsonNode values = schema.has("enum") ? schema.path("enum") : schema.path("items").path("enum");
                String first = values.get(random.nextInt(values.size())).asText();
                String bad = pick(random, List.of("\"" + first.toLowerCase(Locale.ROOT) + "\"", "\"" + first + " \"", "\" " + first + "\"",
                        "\"TELEPORTATION\"", "\"\"", "\"" + first + "\\u0000\"", "\"" + first + "S\"", "0"));
                yield schema.has("enum") ? bad : "[" + bad + "]";
            }
            case "bad-date" -> "date".equals(schema.path("format").asText())
                    ? pick(random, List.of("\"2025-02-30\"", "\"04/09/2025\"", "\"2025-9-4\"", "\"0000-01-01\"", "\"+10000-01-01\"",
                            "\"2025-13-01\"", "20250904", "\"yesterday\""))
                    : pick(random, List.of("\"2025-09-04T11:00:00\"", "\"2025-09-04\"", "\"yesterday\"", "\"2025-13-01T00:00:00Z\"",
                            "\"2025-09-04T25:00:00+02:00\"", "\"0000-01-01T00:00:00Z\"", "1756976400", "\"2025-09-04T11:00:00+25:00\""));
            case "too-long" -> {
                int length = schema.path("maxLength").asInt() + 1 + random.nextInt(3);
                yield "\"" + "x".repeat(length) + "\"";
            }
            case "pattern" -> patternViolation(schema.path("pattern").asText());
            case "too-many-items" -> {
                int count = schema.path("maxItems").asInt() + 1;
                String item = validInstance(resolve(schema.path("items"), components), components).toString();
                yield "[" + String.join(",", java.util.Collections.nCopies(count, item)) + "]";
            }
            case "unstorable-text" -> pick(random, List.of("\"before\\u0000after\"", "\"lone \\ud800 surrogate\"", "\"\\udfff\"",
                    "\"\\u0000\"", "\"ends high \\udbff\""));
            case "number-out-of-range" -> pick(random, List.of("1e400", "-1e400", "99999999999999999999999", "-99999999999999999999999",
                    "2.5", "1e3", "9".repeat(1200)));
            case "required-null" -> "null";
            default -> throw new IllegalArgumentException(kind);
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
    private static Mutated withValue(JsonNode valid, Slot slot, String value, Operation operation, String description) {
        JsonNode body = valid.deepCopy();
        JsonNode parent = body;
        List<Object> path = slot.path();
        JsonNode schema = operation.bodySchema();
        for (int i = 0; i < path.size() - 1; i++) {
            Object step = path.get(i);
            schema = step instanceof Integer ? resolve(schema.path("items"), operation.components())
                    : resolve(schema.path("properties").path((String) step), operation.components());
            JsonNode child = step instanceof Integer ? parent.path((Integer) step) : parent.path((String) step);
            if (child.isMissingNode() || child.isNull()) {
                child = "array".equals(type(schema)) ? NODES.arrayNode() : validInstance(schema, operation.components());
                attach(parent, step, child);
            }
            if (child.isArray() && child.size() == 0 && path.get(i + 1) instanceof Integer) {
                ((ArrayNode) child).add(validInstance(resolve(schema.path("items"), operation.components()), operation.components()));
            }
            parent = child;
        }
        Object last = path.get(path.size() - 1);
        if (value == null) {
            if (parent instanceof ObjectNode object) {
                object.remove((String) last);
            }
            return new Mutated(bytes(body.toString()), description);
        }
        attach(parent, last, JSON.getNodeFactory().textNode("__MUTATED_VALUE__"));
        String text = body.toString().replace(PLACEHOLDER, value);
        byte[] bytes = bytes(text);
        if (bytes.length > BODY_LIMIT) {
            description += " (over 1 MiB)";
        }
        return new Mutated(bytes, description);
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

    /** The schema with its {@code $ref} resolved (the referring node's own keys win). */
    static JsonNode resolve(JsonNode schema, JsonNode components) {
        if (schema == null || !schema.has("$ref")) {
            return schema == null ? NODES.objectNode() : schema;
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

    private static String type(JsonNode schema) {
        if (schema.has("type")) {
            return schema.path("type").asText();
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

    private static byte[] bytes(JsonNode json) {
        return bytes(json.toString());
    }

    private static String encode(String text) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_') {
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
