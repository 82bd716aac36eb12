package org.coalitiontracker.testing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes change events as another service would, so a service's tests can fill its read
 * copies through the real path (topic, consumer, copy) without running the other service.
 */
public final class OwnerEvents implements AutoCloseable {

    private final KafkaProducer<String, String> producer;

    public OwnerEvents(String bootstrapServers) {
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()));
    }

    /** Publishes {@code json} (null: a tombstone) at {@code version}, with the CloudEvents headers an owner sets. */
    public void publish(String topic, String aggregateType, String key, long version, String json) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, json);
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", UUID.randomUUID().toString());
        header(record, "ce_source", "/test-owner");
        header(record, "ce_type", "org.coalitiontracker." + aggregateType + (json == null ? ".deleted" : ".upserted"));
        header(record, "ce_time", Instant.now().toString());
        header(record, "ce_subject", key);
        header(record, "ce_aggregateversion", Long.toString(version));
        send(record);
    }

    /** Publishes a record as is, for poison-record tests. */
    public void publishRaw(String topic, String key, String value, Map<String, String> headers) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
        headers.forEach((name, text) -> header(record, name, text));
        send(record);
    }

    private void send(ProducerRecord<String, String> record) {
        try {
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not publish to " + record.topic(), e.getCause());
        }
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        producer.close();
    }
}
