package org.coalitiontracker.events;

import java.util.Set;

import org.coalitiontracker.testing.SchemaUpgradeContract;
import org.coalitiontracker.testing.SchemaUpgradeProfile;

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
}
