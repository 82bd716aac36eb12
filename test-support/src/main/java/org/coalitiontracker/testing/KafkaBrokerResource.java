package org.coalitiontracker.testing;

import java.util.Map;

import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts a real single-node Kafka broker (KRaft, combined broker and controller) inside the test
 * JVM, with Apache Kafka's own test kit, and hands its address to the application as
 * {@code kafka.bootstrap.servers}.
 */
public class KafkaBrokerResource implements QuarkusTestResourceLifecycleManager {

    private KafkaClusterTestKit cluster;

    @Override
    public Map<String, String> start() {
        cluster = startBroker();
        return Map.of("kafka.bootstrap.servers", cluster.bootstrapServers());
    }

    /** Starts a broker outside Quarkus; the caller closes it exactly once. */
    public static KafkaClusterTestKit startBroker() {
        try {
            TestKitNodes nodes = new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .build();
            KafkaClusterTestKit kit = new KafkaClusterTestKit.Builder(nodes)
                    // A single broker cannot hold the default three replicas: without these,
                    // consumer groups and transactions never become available.
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("offsets.topic.num.partitions", "1")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .build();
            kit.format();
            kit.startup();
            kit.waitForReadyBrokers();
            return kit;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting Kafka", e);
        } catch (Exception e) {
            throw new IllegalStateException("Kafka broker did not start", e);
        }
    }

    @Override
    public void stop() {
        if (cluster != null) {
            KafkaClusterTestKit closing = cluster;
            cluster = null; // the test kit must not be closed twice
            try {
                closing.close();
            } catch (Exception e) {
                throw new IllegalStateException("Kafka broker did not stop cleanly", e);
            }
        }
    }
}
