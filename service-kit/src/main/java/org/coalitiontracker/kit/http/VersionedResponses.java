package org.coalitiontracker.kit.http;

import java.net.URI;

import org.jboss.resteasy.reactive.RestResponse;

/** Responses for a single versioned resource, always carrying its {@code ETag}. */
public final class VersionedResponses {

    private VersionedResponses() {
    }

    public static <T> RestResponse<T> ok(T body, long version) {
        return RestResponse.ResponseBuilder.ok(body).tag(EntityVersions.etag(version)).build();
    }

    public static <T> RestResponse<T> created(URI location, T body, long version) {
        return RestResponse.ResponseBuilder.<T>created(location).entity(body).tag(EntityVersions.etag(version)).build();
    }

    public static <T> RestResponse<T> noContent() {
        return RestResponse.noContent();
    }
}
