package org.coalitiontracker.testing;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Hands the application a {@link RestartableKafkaBroker} as {@code kafka.bootstrap.servers}, and
 * the test the same broker, in any field of that type, so that it can stop and start it.
 * Used through {@link KafkaOutageProfile}, never globally: stopping a broker that other test
 * classes share would break them.
 */
public class RestartableKafkaResource implements QuarkusTestResourceLifecycleManager {

    private RestartableKafkaBroker broker;

    @Override
    public Map<String, String> start() {
        broker = RestartableKafkaBroker.startNew();
        return Map.of("kafka.bootstrap.servers", broker.bootstrapServers());
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(broker, new TestInjector.MatchesType(RestartableKafkaBroker.class));
    }

    @Override
    public void stop() {
        if (broker != null) {
            RestartableKafkaBroker closing = broker;
            broker = null;
            closing.close();
        }
    }
}
