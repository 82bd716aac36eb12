package org.coalitiontracker.kit.http;

import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.RestResponse;

/**
 * The response for a list: the page as body, and RFC 8288 {@code Link} headers to the next and
 * previous pages that keep every filter the client sent.
 */
public final class PagedResponses {

    private PagedResponses() {
    }

    public static <T> RestResponse<Page<T>> ok(Page<T> page, UriInfo uriInfo) {
        RestResponse.ResponseBuilder<Page<T>> response = RestResponse.ResponseBuilder.ok(page);
        if (page.hasNext()) {
            response.link(uriInfo.getRequestUriBuilder()
                    .replaceQueryParam("page", page.page() + 1)
                    .replaceQueryParam("size", page.size()).build(), "next");
        }
        if (page.hasPrevious()) {
            response.link(uriInfo.getRequestUriBuilder()
                    .replaceQueryParam("page", page.page() - 1)
                    .replaceQueryParam("size", page.size()).build(), "prev");
        }
        return response.build();
    }
}
