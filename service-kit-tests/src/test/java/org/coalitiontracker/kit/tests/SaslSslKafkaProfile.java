package org.coalitiontracker.kit.tests;

import java.util.List;
import java.util.Map;

import org.coalitiontracker.testing.EmbeddedPostgresResource;
import org.coalitiontracker.testing.SaslSslKafkaResource;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The test application against a broker that accepts only SASL_SSL (SCRAM-SHA-512 over TLS),
 * configured only through Quarkus' Kafka settings ({@code kafka.security.protocol},
 * {@code kafka.sasl.*}, {@code kafka.ssl.truststore.*}). The global resources are left out: the
 * shared plaintext broker would otherwise also claim {@code kafka.bootstrap.servers}.
 */
public class SaslSslKafkaProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(EmbeddedPostgresResource.class),
                new TestResourceEntry(SaslSslKafkaResource.class, Map.of(SaslSslKafkaResource.WRONG_PASSWORD, Boolean.toString(wrongPassword()))),
                new TestResourceEntry(HttpPortResource.class));
    }

    @Override
    public boolean disableGlobalTestResources() {
        return true;
    }

    boolean wrongPassword() {
        return false;
    }

    /** The same broker, with a password for the service's user that the broker does not know. */
    public static class WrongPassword extends SaslSslKafkaProfile {

        @Override
        boolean wrongPassword() {
            return true;
        }
    }
}
