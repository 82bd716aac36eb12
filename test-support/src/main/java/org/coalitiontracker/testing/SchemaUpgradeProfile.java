package org.coalitiontracker.testing;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * A service started on its pre-kit database ({@link SchemaUpgradeResource}) instead of a new one.
 * The relay and the consumer stay off, so that the outbox and the read copies hold exactly the
 * dump's rows when they are compared; the global test resources are left out, since their
 * database would otherwise claim the datasource.
 */
public class SchemaUpgradeProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(SchemaUpgradeResource.class));
    }

    @Override
    public boolean disableGlobalTestResources() {
        return true;
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("coalition.change-events.enabled", "false");
    }
}
