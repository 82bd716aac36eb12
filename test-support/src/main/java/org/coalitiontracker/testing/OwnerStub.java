package org.coalitiontracker.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.eclipse.microprofile.config.ConfigProvider;

/** What the stand-in owners ({@link OwnerStubResource}) answer when this service asks them. */
public final class OwnerStub {

    private OwnerStub() {
    }

    /** countries-service answers {@code GET /coalitions/{coalition}/members/{country}} with this membership. */
    public static void membership(String coalitionId, String countryCode, String status) {
        answer("/coalitions/" + coalitionId + "/members/" + countryCode, 200,
                ReadCopySeeds.membershipJson(coalitionId, countryCode, status));
    }

    /** countries-service answers {@code GET /countries/{code}} with this country. */
    public static void country(String code, String name) {
        answer("/countries/" + code, 200, ReadCopySeeds.countryJson(code, name));
    }

    /** events-service answers {@code GET /events/{id}} with this event. */
    public static void event(String id, String title) {
        answer("/events/" + id, 200, "{\"id\": \"%s\", \"title\": \"%s\", \"participants\": []}".formatted(id, title));
    }

    /** The owner of {@code path} fails with {@code status}, as one that is down behind a proxy. */
    public static void failing(String path, int status) {
        answer(path, status, "");
    }

    private static void answer(String path, int status, String json) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(ownerUrl() + path))
                .header(OwnerStubResource.STATUS_HEADER, Integer.toString(status))
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build();
        try {
            int answered = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (answered != 204) {
                throw new IllegalStateException("The owner stub answered " + answered);
            }
        } catch (IOException e) {
            throw new IllegalStateException("The owner stub could not be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String ownerUrl() {
        return ConfigProvider.getConfig().getValue("coalition.owners.countries-url", String.class);
    }
}
