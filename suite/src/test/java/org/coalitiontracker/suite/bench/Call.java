package org.coalitiontracker.suite.bench;

import java.util.Map;

/** One HTTP request of a load: method, path with query, optional JSON body and headers. */
public record Call(String method, String uri, String body, Map<String, String> headers) {

    public static Call get(String uri) {
        return new Call("GET", uri, null, Map.of());
    }

    public static Call post(String uri, String json, String bearerToken) {
        return new Call("POST", uri, json, Map.of("Content-Type", "application/json", "Authorization", "Bearer " + bearerToken));
    }

    public static Call put(String uri, String json, String bearerToken) {
        return new Call("PUT", uri, json, Map.of("Content-Type", "application/json", "Authorization", "Bearer " + bearerToken));
    }

    public static Call patch(String uri, String json, String bearerToken) {
        return new Call("PATCH", uri, json, Map.of("Content-Type", "application/merge-patch+json", "Authorization", "Bearer " + bearerToken));
    }

    /** The calls of a load, made on demand: {@code sequence} counts from 0 over the whole load. */
    @FunctionalInterface
    public interface Source {
        Call next(long sequence);
    }
}
