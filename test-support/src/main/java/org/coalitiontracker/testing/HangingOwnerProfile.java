package org.coalitiontracker.testing;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * A service whose owners hang ({@link HangingOwnerResource}) instead of the answering
 * stub, with a pool small enough that writes holding connections while they wait would exhaust
 * it, and a breaker that stays open for the rest of the test once it opened. The global
 * resources are left out, since the stub would otherwise claim the owners' URLs.
 */
public class HangingOwnerProfile implements QuarkusTestProfile {

    public static final int POOL_SIZE = 6;

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(EmbeddedPostgresResource.class), new TestResourceEntry(KafkaBrokerResource.class),
                new TestResourceEntry(HangingOwnerResource.class));
    }

    @Override
    public boolean disableGlobalTestResources() {
        return true;
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.datasource.jdbc.max-size", Integer.toString(POOL_SIZE),
                "quarkus.datasource.jdbc.acquisition-timeout", "3s",
                "coalition.owners.breaker.delay", "120s");
    }
}
