package org.coalitiontracker.testing;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Hands the application a {@link SaslSslKafkaBroker} through Quarkus' Kafka configuration
 * ({@code kafka.bootstrap.servers}, {@code kafka.security.protocol}, {@code kafka.sasl.*},
 * {@code kafka.ssl.truststore.*}), and the test the same broker in any field of that type. With
 * the init argument {@link #WRONG_PASSWORD} {@code "true"} the application is given a password
 * the broker does not know.
 */
public class SaslSslKafkaResource implements QuarkusTestResourceLifecycleManager {

    public static final String WRONG_PASSWORD = "wrong-password";

    private boolean wrongPassword;
    private SaslSslKafkaBroker broker;

    @Override
    public void init(Map<String, String> initArgs) {
        wrongPassword = Boolean.parseBoolean(initArgs.getOrDefault(WRONG_PASSWORD, "false"));
    }

    @Override
    public Map<String, String> start() {
        broker = SaslSslKafkaBroker.startNew();
        String password = wrongPassword ? "not-" + broker.clientPassword() : broker.clientPassword();
        Map<String, String> config = new HashMap<>();
        broker.clientSettings(password).forEach((name, value) -> config.put("kafka." + name, value));
        return config;
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(broker, new TestInjector.MatchesType(SaslSslKafkaBroker.class));
    }

    @Override
    public void stop() {
        if (broker != null) {
            SaslSslKafkaBroker closing = broker;
            broker = null;
            closing.close();
        }
    }
}
