package org.coalitiontracker.suite.demo;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the demo data set goes: the base URI of each service and, once the APIs require one, the
 * bearer token to send with the requests.
 *
 * @param countries   countries-service, such as {@code http://localhost:8082}
 * @param events      events-service, such as {@code http://localhost:8081}
 * @param commitments commitments-service, such as {@code http://localhost:8083}
 * @param bearerToken sent as {@code Authorization: Bearer <token>} when present
 */
public record DemoTargets(URI countries, URI events, URI commitments, Optional<String> bearerToken) {

    public DemoTargets {
        Objects.requireNonNull(countries, "countries");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(commitments, "commitments");
        bearerToken = bearerToken == null ? Optional.empty() : bearerToken.filter(token -> !token.isBlank());
    }

    /** The three services, without a token. */
    public static DemoTargets of(String countries, String events, String commitments) {
        return new DemoTargets(URI.create(countries), URI.create(events), URI.create(commitments), Optional.empty());
    }

    public DemoTargets withBearerToken(String token) {
        return new DemoTargets(countries, events, commitments, Optional.ofNullable(token));
    }
}
