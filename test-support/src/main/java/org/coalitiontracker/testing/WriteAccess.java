package org.coalitiontracker.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The shared checks behind each service's SecurityTests: every write operation the service's
 * OpenAPI document lists, with the role it names, refuses a request without a token (401) and one
 * with a token lacking that role (403) without writing anything, and succeeds with the role; a
 * hostile token is refused with 401 and writes nothing, while a read with it still works.
 */
public final class WriteAccess {

    /** Name of the bearer-token scheme in the services' OpenAPI documents (kit.openapi.ProblemResponsesFilter). */
    public static final String SECURITY_SCHEME = "bearerToken";
    private static final Set<String> WRITE_METHODS = Set.of("post", "put", "patch", "delete");
    private static final String PROBLEM = "urn:coalition-tracker:problem:";

    private WriteAccess() {
    }

    /** A write operation as the OpenAPI document lists it: method, path template, the role it requires (null: none). */
    public record Operation(String method, String path, String role) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /**
     * A request that succeeds with the right role: {@code path} is the operation's template and
     * {@code pathParams} fill it. Calls run in the order given, so that each finds what the ones
     * before it created.
     */
    public record WriteCall(String method, String path, List<Object> pathParams, String contentType, String body, int expectedStatus) {

        public static WriteCall of(String method, String path, Object... pathParams) {
            return new WriteCall(method, path, List.of(pathParams), null, null, 0);
        }

        public WriteCall json(String body) {
            return new WriteCall(method, path, pathParams, "application/json", body, expectedStatus);
        }

        public WriteCall body(String contentType, String body) {
            return new WriteCall(method, path, pathParams, contentType, body, expectedStatus);
        }

        public WriteCall expect(int status) {
            return new WriteCall(method, path, pathParams, contentType, body, status);
        }

        String operation() {
            return method + " " + path;
        }

        /** Sends this call, with {@code authorization} (null: no Authorization header at all). */
        public Response send(String authorization) {
            RequestSpecification request = given();
            request = authorization == null ? request.header(EditorTokenByDefault.WITHOUT_TOKEN, "true") : request.header("Authorization", authorization);
            if (body != null) {
                request = request.contentType(contentType).body(body);
            }
            return request.request(method, path, pathParams.toArray());
        }

        @Override
        public String toString() {
            return operation();
        }
    }

    /** Every write operation in the document (POST, PUT, PATCH, DELETE), sorted. */
    public static List<Operation> operations(String openApiJson) {
        JsonNode document;
        try {
            document = new ObjectMapper().readTree(openApiJson);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fields().forEachRemaining(op -> {
                if (WRITE_METHODS.contains(op.getKey())) {
                    JsonNode roles = op.getValue().path("security").path(0).path(SECURITY_SCHEME);
                    operations.add(new Operation(op.getKey().toUpperCase(), path.getKey(), roles.isArray() && roles.size() > 0 ? roles.get(0).asText() : null));
                }
            });
        }
        operations.sort(java.util.Comparator.comparing(Operation::toString));
        return operations;
    }

    /**
     * Checks every write operation of {@code openApiJson} through {@code calls}, which must cover
     * exactly those operations: for each, in order, no token gives 401 and a token without the
     * role 403, both without changing {@code database}; then the right role gives the call's
     * expected status.
     */
    public static void check(String openApiJson, List<WriteCall> calls, Supplier<DatabaseFingerprint> database) {
        List<Operation> operations = operations(openApiJson);
        Set<String> listed = new TreeSet<>(operations.stream().map(Operation::toString).toList());
        Set<String> exercised = new TreeSet<>(calls.stream().map(WriteCall::operation).toList());
        assertEquals(listed, exercised, "the calls must exercise exactly the write operations of the OpenAPI document");
        for (Operation operation : operations) {
            assertEquals(false, operation.role() == null, operation + " names no role in its security requirement");
        }
        for (WriteCall call : calls) {
            String role = operations.stream().filter(op -> op.toString().equals(call.operation())).findFirst().orElseThrow().role();
            DatabaseFingerprint before = database.get();

            Response anonymous = call.send(null);
            assertEquals(401, anonymous.statusCode(), call + " without a token: " + anonymous.asString());
            assertEquals("Bearer", anonymous.header("WWW-Authenticate"), call + " without a token");
            assertProblem(anonymous, "unauthorized", call + " without a token");

            Response wrongRole = call.send(TestTokens.bearer(wrongRoleFor(role)));
            assertEquals(403, wrongRole.statusCode(), call + " without the role " + role + ": " + wrongRole.asString());
            assertNull(wrongRole.header("WWW-Authenticate"), call + " without the role " + role);
            assertProblem(wrongRole, "forbidden", call + " without the role " + role);

            assertEquals(before, database.get(), call + ": a refused request wrote something");

            Response allowed = call.send(TestTokens.bearer(TestTokens.withGroups("test-" + role, role)));
            assertEquals(call.expectedStatus(), allowed.statusCode(), call + " with the role " + role + ": " + allowed.asString());
        }
    }

    /**
     * {@code write} (a call that would succeed for an editor) sent with {@code token} is refused
     * with 401 and writes nothing; a GET of {@code readPath} with the same token is answered 200.
     */
    public static void assertRefused(HostileTokens.HostileToken token, WriteCall write, String readPath, Supplier<DatabaseFingerprint> database) {
        DatabaseFingerprint before = database.get();
        Response refused = write.send(token.authorization().get());
        assertEquals(401, refused.statusCode(), token + ": " + refused.asString());
        assertEquals(token.invalidToken() ? "Bearer error=\"invalid_token\"" : "Bearer", refused.header("WWW-Authenticate"), token.name());
        assertProblem(refused, "unauthorized", token.name());
        assertEquals(before, database.get(), token + ": a refused request wrote something");

        Response read = token.applyTo(given()).get(readPath);
        assertEquals(200, read.statusCode(), token + " on a read: " + read.asString());
    }

    private static String wrongRoleFor(String role) {
        // An admin operation refuses an editor; an editor's operation refuses a token with some other role.
        return "admin".equals(role) ? TestTokens.editor() : TestTokens.withGroups("test-viewer", "viewer");
    }

    private static void assertProblem(Response response, String type, String what) {
        assertEquals("application/problem+json", response.contentType().split(";")[0], what + ": content type");
        assertEquals(PROBLEM + type, response.jsonPath().getString("type"), what + ": problem type");
        assertEquals(response.statusCode(), response.jsonPath().getInt("status"), what + ": problem status");
    }
}
