package org.coalitiontracker.testing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.coalitiontracker.kit.history.HistoryResponses;
import org.coalitiontracker.kit.http.QueryParams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Checks an OpenAPI document against the suite's documentation standard: every operation has a
 * summary and a description, every parameter and every schema property a description, every
 * request body and every successful response with a body an example, every operation at least
 * one documented error response, every `asOf` and `knownAt` saying what it means everywhere. And what outside tools (Spectral, Redocly, client generators)
 * need: a unique camelCase {@code operationId} on every operation, a {@code security} list on
 * every operation (empty for open ones), query parameters typed as what they are, and a PATCH
 * body schema of its own in which nothing is required. Returns what is missing, one line each.
 */
public final class OpenApiAudit {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern OPERATION_ID = Pattern.compile("[a-z][a-z0-9]*([A-Z][a-z0-9]*)+");

    private OpenApiAudit() {
    }

    public static List<String> gaps(String openApiJson) {
        try {
            return gaps(JSON.readTree(openApiJson));
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("Not a JSON OpenAPI document", e);
        }
    }

    private static List<String> gaps(JsonNode document) {
        List<String> gaps = new ArrayList<>();
        Set<String> operationIds = new HashSet<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (!List.of("get", "put", "post", "patch", "delete").contains(op.getKey())) {
                return;
            }
            String where = op.getKey().toUpperCase() + " " + path.getKey();
            JsonNode operation = op.getValue();
            require(gaps, operation, "summary", where);
            require(gaps, operation, "description", where);
            String operationId = operation.path("operationId").asText();
            if (!OPERATION_ID.matcher(operationId).matches()) {
                gaps.add(where + ": operationId '" + operationId + "' is not a camelCase name such as listCoalitions");
            } else if (!operationIds.add(operationId)) {
                gaps.add(where + ": operationId '" + operationId + "' is used by another operation too");
            }
            if (!operation.path("security").isArray()) {
                gaps.add(where + ": no security list (empty for an operation open to all)");
            }
            for (JsonNode parameter : operation.path("parameters")) {
                require(gaps, parameter, "description", where + " parameter " + parameter.path("name").asText());
                if ("query".equals(parameter.path("in").asText())) {
                    timeAxisUnlikeTheOthers(parameter).ifPresent(gap -> gaps.add(where + " parameter " + parameter.path("name").asText() + ": " + gap));
                    untypedQueryParameter(document, parameter).ifPresent(gap -> gaps.add(where + " parameter " + parameter.path("name").asText() + ": " + gap));
                }
            }
            JsonNode body = operation.path("requestBody");
            if ("patch".equals(op.getKey())) {
                body.path("content").fields().forEachRemaining(mediaType -> {
                    JsonNode schema = resolve(document, mediaType.getValue().path("schema"));
                    if (schema.has("required")) {
                        gaps.add(where + " request body " + mediaType.getKey() + ": a merge patch schema requires " + schema.get("required"));
                    }
                });
            }
            if (!body.isMissingNode()) {
                require(gaps, body, "description", where + " request body");
                if (!hasExample(body.path("content"))) {
                    gaps.add(where + " request body: no example");
                }
            }
            boolean documentsAnError = false;
            for (Iterator<Map.Entry<String, JsonNode>> responses = operation.path("responses").fields(); responses.hasNext();) {
                Map.Entry<String, JsonNode> response = responses.next();
                require(gaps, response.getValue(), "description", where + " response " + response.getKey());
                JsonNode content = response.getValue().path("content");
                if (response.getKey().startsWith("2") && !content.isMissingNode()) {
                    if (!hasExample(content)) {
                        gaps.add(where + " response " + response.getKey() + ": no example");
                    }
                    content.forEach(mediaType -> {
                        if (!mediaType.has("schema")) {
                            gaps.add(where + " response " + response.getKey() + ": no schema");
                        }
                    });
                }
                documentsAnError |= response.getKey().startsWith("4") || response.getKey().startsWith("5");
            }
            if (!documentsAnError) {
                gaps.add(where + ": no error response documented");
            }
        }));
        document.path("components").path("schemas").fields().forEachRemaining(schema -> {
            schema.getValue().path("properties").fields().forEachRemaining(property -> {
                JsonNode value = property.getValue();
                if (!value.has("description") && !value.has("$ref")) {
                    gaps.add("schema " + schema.getKey() + "." + property.getKey() + ": no description");
                }
            });
        });
        return gaps;
    }

    /**
     * A query parameter's schema says what it takes: a number with bounds, a boolean, an enum, a
     * string with a format, pattern or length limit, or an array of such.
     */
    private static Optional<String> untypedQueryParameter(JsonNode document, JsonNode parameter) {
        JsonNode schema = resolve(document, parameter.path("schema"));
        if (schema.path("type").asText().equals("array")) {
            schema = resolve(document, schema.path("items"));
        }
        String type = schema.path("type").asText();
        String name = parameter.path("name").asText();
        if ((name.equals("page") || name.equals("size")) && !(type.equals("integer") && schema.has("minimum") && schema.has("maximum"))) {
            return Optional.of("a page parameter is an integer with minimum and maximum");
        }
        boolean typed = switch (type) {
            case "integer", "number" -> schema.has("minimum") || schema.has("maximum");
            case "boolean" -> true;
            case "string" -> schema.has("enum") || schema.has("format") || schema.has("pattern") || schema.has("maxLength");
            default -> false;
        };
        return typed ? Optional.empty()
                : Optional.of("schema " + parameter.path("schema") + " does not say what it takes (bounds, enum, format, pattern or length)");
    }

    private static JsonNode resolve(JsonNode document, JsonNode schema) {
        String ref = schema.path("$ref").asText();
        return ref.startsWith("#/components/schemas/")
                ? document.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()))
                : schema;
    }

    private static boolean hasExample(JsonNode content) {
        for (JsonNode mediaType : content) {
            if (mediaType.has("example") || mediaType.has("examples")) {
                return true;
            }
        }
        return false;
    }

    /** {@code asOf} and {@code knownAt} mean one thing everywhere: each description starts with the kit's one text for it. */
    private static Optional<String> timeAxisUnlikeTheOthers(JsonNode parameter) {
        String meaning = switch (parameter.path("name").asText()) {
            case "asOf" -> QueryParams.AS_OF_DESCRIPTION;
            case "knownAt" -> HistoryResponses.KNOWN_AT_DESCRIPTION;
            default -> null;
        };
        if (meaning == null || parameter.path("description").asText().startsWith(meaning)) {
            return Optional.empty();
        }
        return Optional.of("its description does not start with what it means in every service (the kit's description of it)");
    }

    private static void require(List<String> gaps, JsonNode node, String field, String where) {
        if (!node.hasNonNull(field) || node.get(field).asText().isBlank()) {
            gaps.add(where + ": no " + field);
        }
    }
}
