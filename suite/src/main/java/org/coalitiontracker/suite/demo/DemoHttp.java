package org.coalitiontracker.suite.demo;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The few HTTP exchanges the loader needs, against the services' public APIs only. Anything but
 * the expected answer stops the load with the service's own answer in the message, so that a
 * refused record is never skipped silently.
 */
final class DemoHttp {

    /** The answer to a write: its status tells a new record (201) from a replaced one (200). */
    record Written(int status, JsonNode body) {
    }

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    // Generous: a write may wait for a service to ask another one (a read-copy miss).
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
    private final ObjectMapper json;
    private final Optional<String> bearerToken;

    DemoHttp(ObjectMapper json, Optional<String> bearerToken) {
        this.json = json;
        this.bearerToken = bearerToken;
    }

    /** The resource, or empty when the service answers 404. */
    Optional<JsonNode> find(URI uri, String what) {
        HttpResponse<String> response = exchange(request(uri).GET(), "GET", uri, what);
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        return Optional.of(expectSuccess(response, "GET", uri, what));
    }

    JsonNode get(URI uri, String what) {
        return expectSuccess(exchange(request(uri).GET(), "GET", uri, what), "GET", uri, what);
    }

    Written post(URI uri, JsonNode body, String what) {
        return write("POST", uri, body, what);
    }

    Written put(URI uri, JsonNode body, String what) {
        return write("PUT", uri, body, what);
    }

    /** {@code base} followed by {@code path} and the query, each parameter value percent-encoded. */
    static URI uri(URI base, String path, Map<String, String> query) {
        StringJoiner parameters = new StringJoiner("&", "?", "").setEmptyValue("");
        // URLEncoder writes a space as '+', which a path-style decoder would keep as a plus sign.
        query.forEach((name, value) -> parameters.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20")));
        String root = base.toString().endsWith("/") ? base.toString().substring(0, base.toString().length() - 1) : base.toString();
        return URI.create(root + path + parameters);
    }

    static URI uri(URI base, String path) {
        return uri(base, path, Map.of());
    }

    private Written write(String method, URI uri, JsonNode body, String what) {
        String text;
        try {
            text = json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new DemoLoadException("Could not write " + what + " as JSON", e);
        }
        HttpRequest.Builder request = request(uri).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8));
        HttpResponse<String> response = exchange(request, method, uri, what);
        return new Written(response.statusCode(), expectSuccess(response, method, uri, what));
    }

    private HttpRequest.Builder request(URI uri) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT).header("Accept", "application/json");
        // Sent with reads too: harmless while reads are open, and needed if they ever are not.
        bearerToken.ifPresent(token -> request.header("Authorization", "Bearer " + token));
        return request;
    }

    private HttpResponse<String> exchange(HttpRequest.Builder request, String method, URI uri, String what) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new DemoLoadException(method + " " + uri + " (" + what + ") failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoLoadException(method + " " + uri + " (" + what + ") was interrupted", e);
        }
    }

    private JsonNode expectSuccess(HttpResponse<String> response, String method, URI uri, String what) {
        if (response.statusCode() / 100 != 2) {
            throw new DemoLoadException(method + " " + uri + " (" + what + ") answered " + response.statusCode() + ": " + response.body());
        }
        try {
            return json.readTree(response.body());
        } catch (JsonProcessingException e) {
            throw new DemoLoadException(method + " " + uri + " (" + what + ") answered " + response.statusCode()
                    + " with a body that is not JSON: " + response.body(), e);
        }
    }
}
