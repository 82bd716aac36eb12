package org.coalitiontracker.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Set;

import org.coalitiontracker.testing.SchemaUpgradeContract;
import org.coalitiontracker.testing.SchemaUpgradeProfile;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** events-service started on its database from before the kit owned the change-event tables (schema-upgrade/pre-kit.sql). */
@QuarkusTest
@TestProfile(SchemaUpgradeProfile.class)
class SchemaUpgradeTests extends SchemaUpgradeContract {

    @Override
    protected Set<String> migrationsGivenToTheKit() {
        return Set.of("2", "4");
    }

    /** V5: the events stored before startsOn was a partial date keep their instants and their day. */
    @Test
    void eventsStoredBeforeStartsOnKeepTheirInstantAndTheirDay() {
        given().get("/events/9d1e8f3c-3b2f-4c73-9e90-7f0c5b4a3d22").then().statusCode(200)
                .body("startsOn", equalTo("2025-03-27"))
                .body("startsAt", equalTo("2025-03-27T10:00:00+01:00"));
        given().queryParam("from", "2025-04-10").queryParam("to", "2025-04-10").get("/events").then().statusCode(200)
                .body("items.id", equalTo(List.of("4e2f9a4d-4c3a-4d84-8fa1-8a1d6c5b4e33")))
                .body("items.startsOn", equalTo(List.of("2025-04-10")))
                .body("items.startsAt", equalTo(List.of("2025-04-10T14:00:00Z")));
    }
}
