package org.coalitiontracker.testing;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Checks an OpenAPI document against the suite's documentation standard: every operation has a
 * summary and a description, every parameter and every schema property a description, every
 * request body and every successful response with a body an example, every operation at least
 * one documented error response. Returns what is missing, one line each.
 */
public final class OpenApiAudit {

    private static final ObjectMapper JSON = new ObjectMapper();

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
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (!List.of("get", "put", "post", "patch", "delete").contains(op.getKey())) {
                return;
            }
            String where = op.getKey().toUpperCase() + " " + path.getKey();
            JsonNode operation = op.getValue();
            require(gaps, operation, "summary", where);
            require(gaps, operation, "description", where);
            for (JsonNode parameter : operation.path("parameters")) {
                require(gaps, parameter, "description", where + " parameter " + parameter.path("name").asText());
            }
            JsonNode body = operation.path("requestBody");
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

    private static boolean hasExample(JsonNode content) {
        for (JsonNode mediaType : content) {
            if (mediaType.has("example") || mediaType.has("examples")) {
                return true;
            }
        }
        return false;
    }

    private static void require(List<String> gaps, JsonNode node, String field, String where) {
        if (!node.hasNonNull(field) || node.get(field).asText().isBlank()) {
            gaps.add(where + ": no " + field);
        }
    }
}
