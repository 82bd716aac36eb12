package org.coalitiontracker.testing;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * A service with a Kafka broker of its own that the test may stop and start again
 * ({@link RestartableKafkaResource}; declare a {@link RestartableKafkaBroker} field to get it).
 * The global test resources are left out: the shared in-JVM broker would otherwise also claim
 * {@code kafka.bootstrap.servers}. The database and the owners' stand-in are this profile's own.
 */
public class KafkaOutageProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(
                new TestResourceEntry(EmbeddedPostgresResource.class),
                new TestResourceEntry(RestartableKafkaResource.class),
                // Never the owners' production addresses, even if a copy misses.
                new TestResourceEntry(OwnerStubResource.class));
    }

    @Override
    public boolean disableGlobalTestResources() {
        return true;
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        // Shorter than the defaults so that an outage of a few seconds already takes the relay
        // through a failed batch and its retry from the outbox, and so that it notices the
        // broker's return within a second or two rather than ten. Nothing else changes.
        return Map.of("coalition.change-events.relay.delivery-timeout", "3s",
                "coalition.change-events.relay.max-backoff", "1s");
    }
}
