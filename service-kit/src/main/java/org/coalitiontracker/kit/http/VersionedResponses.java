package org.coalitiontracker.kit.http;

import java.net.URI;

import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestResponse;

/** Responses for a single versioned resource, always carrying its {@code ETag}. */
public final class VersionedResponses {

    private static final MediaType JSON_UTF_8 = MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");

    private VersionedResponses() {
    }

    public static <T> RestResponse<T> ok(T body, long version) {
        return RestResponse.ResponseBuilder.ok(body).tag(EntityVersions.etag(version)).build();
    }

    /**
     * A representation already written as JSON text (a stored one, kit.stored), with its
     * {@code ETag} and the content type Jackson's answers carry.
     */
    public static RestResponse<String> json(String json, long version) {
        return RestResponse.ResponseBuilder.ok(json, JSON_UTF_8).tag(EntityVersions.etag(version)).build();
    }

    public static <T> RestResponse<T> created(URI location, T body, long version) {
        return RestResponse.ResponseBuilder.<T>created(location).entity(body).tag(EntityVersions.etag(version)).build();
    }

    public static <T> RestResponse<T> noContent() {
        return RestResponse.noContent();
    }
}
