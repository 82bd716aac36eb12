package org.coalitiontracker.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.coalitiontracker.suite.BadRequests.BadRequest;
import org.coalitiontracker.suite.BadRequests.Kind;
import org.coalitiontracker.suite.BadRequests.Operation;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The generator on a document with typed query parameters, a filter that takes several values
 * and a PATCH schema of its own: what {@link GeneratedBadInputTests} meets once the documents
 * declare them. No services needed.
 */
class BadRequestsTests {

    private static final String DOCUMENT = """
            {"paths": {
              "/things": {"get": {"operationId": "listThings", "security": [], "parameters": [
                {"name": "page", "in": "query", "schema": {"type": "integer", "minimum": 0, "maximum": 100}},
                {"name": "asOf", "in": "query", "schema": {"type": "string", "format": "date"}},
                {"name": "kind", "in": "query", "schema": {"type": "string", "enum": ["BIG", "SMALL"]}},
                {"name": "status", "in": "query", "explode": true, "schema": {"type": "array", "items": {"type": "string", "enum": ["OPEN", "SHUT"]}}}]}},
              "/things/{id}": {
                "put": {"operationId": "replaceThing", "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}},
                    {"name": "If-Match", "in": "header", "schema": {"type": "string"}}],
                  "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/ThingUpdate"}}}}},
                "patch": {"operationId": "patchThing", "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}},
                    {"name": "If-Match", "in": "header", "schema": {"type": "string"}}],
                  "requestBody": {"content": {"application/merge-patch+json": {"schema": {"$ref": "#/components/schemas/ThingPatch"}}}}}}},
             "components": {"schemas": {
               "ThingUpdate": {"type": "object", "required": ["name"], "properties": {"name": {"type": "string", "maxLength": 10}}},
               "ThingPatch": {"type": "object", "properties": {"name": {"type": ["string", "null"], "maxLength": 10}}}}}}
            """;

    private final List<Operation> operations = BadRequests.operations(SuiteService.EVENTS, json(DOCUMENT));
    private final BadRequests generator = new BadRequests(7L, operations, Map.of(SuiteService.EVENTS, Map.of("id", "thing-1")));
    private final List<BadRequest> requests = IntStream.range(0, 3000).mapToObj(generator::request).toList();

    @Test
    void typedQueryParametersGetValuesTheirTypeRefusesAndA400NamingThem() {
        List<BadRequest> bad = of(Kind.BAD_QUERY_VALUE);
        Set<String> named = new java.util.TreeSet<>();
        for (BadRequest request : bad) {
            assertEquals(Set.of(400), request.expected().statuses(), request.toString());
            assertTrue(request.expected().strictField(), request.toString());
            named.add(request.expected().field().orElseThrow());
        }
        assertEquals(Set.of("asOf", "kind", "page", "status"), named);
        assertTrue(bad.stream().anyMatch(r -> r.rawPathAndQuery().contains("page=101")), "above the maximum");
        assertTrue(bad.stream().anyMatch(r -> r.rawPathAndQuery().contains("page=-1")), "below the minimum");
        assertTrue(bad.stream().noneMatch(r -> r.rawPathAndQuery().matches(".*kind=(BIG|SMALL)(&.*)?$")), "an allowed enum value");
    }

    @Test
    void aRepeatedValueIsAnyOfWhereTheDocumentSaysSoAndA400Elsewhere() {
        List<BadRequest> repeated = of(Kind.REPEATED_QUERY_VALUE);
        assertTrue(repeated.stream().anyMatch(r -> r.expected().field().isEmpty() && r.expected().statuses().equals(Set.of(200))
                && r.rawPathAndQuery().contains("status=")), "an array filter takes several values");
        assertTrue(repeated.stream().anyMatch(r -> r.expected().statuses().equals(Set.of(400)) && r.rawPathAndQuery().contains("kind=BIG&kind=")),
                "a single-valued filter refuses a repeat");
    }

    @Test
    void aPatchMayNotClearWhatItsPutRequiresThoughItsOwnSchemaRequiresNothing() {
        List<BadRequest> cleared = of(Kind.REQUIRED_NULL).stream().filter(r -> r.method().equals("PATCH")).toList();
        assertTrue(!cleared.isEmpty(), "no PATCH clearing a required field");
        cleared.forEach(r -> assertEquals("name", r.expected().field().orElseThrow()));
        assertTrue(of(Kind.REQUIRED_MISSING).stream().noneMatch(r -> r.method().equals("PATCH")), "a PATCH may leave out anything");
        assertTrue(of(Kind.TOO_LONG).stream().anyMatch(r -> r.method().equals("PATCH")), "a type list such as [string, null] is read");
    }

    @Test
    void requestNOfASeedIsAlwaysTheSame() {
        BadRequests again = new BadRequests(7L, operations, Map.of(SuiteService.EVENTS, Map.of("id", "thing-1")));
        for (int index : List.of(0, 1, 17, 2999)) {
            assertEquals(requests.get(index).toString(), again.request(index).toString());
        }
    }

    private List<BadRequest> of(Kind kind) {
        List<BadRequest> found = new ArrayList<>(requests.stream().filter(r -> r.kind() == kind).toList());
        assertTrue(!found.isEmpty(), "no request of the kind " + kind.label());
        return found;
    }

    private static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
