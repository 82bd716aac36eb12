package org.coalitiontracker.compose;

import java.util.List;
import java.util.Map;

/** The three services as docker-compose.yml runs them. */
final class Services {

    static final List<String> NAMES = List.of("countries-service", "events-service", "commitments-service");

    /** Each service's port (DESIGN.md), also its QUARKUS_HTTP_PORT in the compose file. */
    static final Map<String, Integer> PORTS = Map.of(
            "countries-service", 8082,
            "events-service", 8081,
            "commitments-service", 8083);

    /** Each service's database, on the one PostgreSQL server; its login role has the same name. */
    static final Map<String, String> DATABASES = Map.of(
            "countries-service", "countries",
            "events-service", "events",
            "commitments-service", "commitments");

    /** The variable whose property each owner's URL is ({@code coalition.owners.*-url}). */
    static final Map<String, String> OWNER_URL_VARIABLES = Map.of(
            "countries-service", "COALITION_OWNERS_COUNTRIES_URL",
            "events-service", "COALITION_OWNERS_EVENTS_URL",
            "commitments-service", "COALITION_OWNERS_COMMITMENTS_URL");

    private Services() {
    }
}
