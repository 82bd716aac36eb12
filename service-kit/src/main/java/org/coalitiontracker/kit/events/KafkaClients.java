package org.coalitiontracker.kit.events;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.smallrye.common.annotation.Identifier;

/**
 * The client settings the relay, the consumers and the topic set-up share. Each client starts
 * from Quarkus' own Kafka configuration (every {@code kafka.*} property and {@code KAFKA_*}
 * environment variable, as the {@code default-kafka-broker} map carries them), so a secured
 * broker's {@code security.protocol}, {@code sasl.*} and {@code ssl.*} reach all of them. Each
 * client gets only the settings it knows, so none logs the others' as unused. On top come the
 * kit's defaults, which a setting may override, and the few settings the change-event guarantees
 * rest on, which it may not.
 */
@ApplicationScoped
public class KafkaClients {

    private static final int LINGER_MS = 1;
    private static final int REQUEST_TIMEOUT_MS = 5_000;
    /** Quarkus' key naming a TLS registry configuration; its SSL engine factory reads it. */
    private static final String QUARKUS_TLS_CONFIGURATION = "tls-configuration-name";

    private final Map<String, Object> kafka;
    private final String clientIdPrefix;
    private final int deliveryTimeoutMs;

    @Inject
    public KafkaClients(@Identifier("default-kafka-broker") Map<String, Object> kafka,
            @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "localhost:9092") String bootstrapServers,
            @ConfigProperty(name = "quarkus.application.name") String applicationName, ChangeEventsConfig config) {
        this(kafka, bootstrapServers, applicationName, config.relay().deliveryTimeout());
    }

    KafkaClients(Map<String, Object> kafka, String bootstrapServers, String applicationName, Duration deliveryTimeout) {
        this.kafka = new HashMap<>(kafka);
        this.kafka.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        this.clientIdPrefix = applicationName;
        this.deliveryTimeoutMs = (int) Math.min(Integer.MAX_VALUE, deliveryTimeout.toMillis());
    }

    public Map<String, Object> admin() {
        Map<String, Object> config = configured(AdminClientConfig.configNames());
        config.putIfAbsent(CommonClientConfigs.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        config.putIfAbsent(CommonClientConfigs.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000);
        config.put(CommonClientConfigs.CLIENT_ID_CONFIG, clientIdPrefix + "-admin");
        return config;
    }

    /** Idempotent producer with acks=all: an acknowledged record is on every in-sync replica, once. */
    public Map<String, Object> producer(String purpose) {
        Map<String, Object> config = configured(ProducerConfig.configNames());
        config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, LINGER_MS);
        // While the broker is unreachable, fail fast and let the relay back off and retry:
        // the outbox keeps the rows, so nothing waits on the producer's own buffers.
        config.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        // What is not acknowledged within the relay's delivery timeout stays in the outbox; the
        // producer refuses a delivery timeout shorter than linger plus one request.
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.max(1, Math.min(REQUEST_TIMEOUT_MS, deliveryTimeoutMs - LINGER_MS)));
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Math.max(LINGER_MS + 1, deliveryTimeoutMs));
        config.put(ProducerConfig.CLIENT_ID_CONFIG, clientIdPrefix + "-" + purpose);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return config;
    }

    /** A consumer that commits its offsets itself, in the copy's transaction; {@code groupId} null for none. */
    public Map<String, Object> consumer(String groupId, String purpose) {
        Map<String, Object> config = configured(ConsumerConfig.configNames());
        config.putIfAbsent(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, clientIdPrefix + "-" + purpose);
        // Quarkus names a group after the application; the kit's consumers choose their own.
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        if (groupId != null) {
            config.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        }
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return config;
    }

    private Map<String, Object> configured(Set<String> known) {
        Map<String, Object> config = new HashMap<>();
        kafka.forEach((name, value) -> {
            if (known.contains(name) || name.equals(QUARKUS_TLS_CONFIGURATION)) {
                config.put(name, value);
            }
        });
        return config;
    }
}
