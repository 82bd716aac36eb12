package org.coalitiontracker.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.LongStream;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.coalitiontracker.kit.events.CloudEventHeaders;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/** Reads what is on a topic, as any consumer of it would. */
public final class TopicReader {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private TopicReader() {
    }

    /** Waits until {@code count} records matching {@code wanted} are on the topic; fails if there are not. */
    public static List<ConsumerRecord<String, byte[]>> await(String topic, Predicate<ConsumerRecord<String, byte[]>> wanted, int count) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        List<ConsumerRecord<String, byte[]>> found = readAll(topic, wanted);
        while (found.size() < count && System.nanoTime() < deadline) {
            pause();
            found = readAll(topic, wanted);
        }
        assertEquals(count, found.size(), "records found on " + topic);
        return found;
    }

    /**
     * Waits until every version, 0 to {@code lastVersion}, of the aggregate {@code key} is on the
     * topic, and checks that they came in order: each version first appears after the one before
     * it, and the key's last record is {@code lastVersion}, the one compaction keeps. A version
     * sent once more after a retry is allowed (consumers ignore it); a missing one is not.
     * Returns the first record of each version, in version order.
     */
    public static List<ConsumerRecord<String, byte[]>> awaitEveryVersion(String topic, String key, long lastVersion) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        List<ConsumerRecord<String, byte[]>> records = readAll(topic, r -> key.equals(r.key()));
        while (firstOfEachVersion(records).size() <= lastVersion && System.nanoTime() < deadline) {
            pause();
            records = readAll(topic, r -> key.equals(r.key()));
        }
        List<ConsumerRecord<String, byte[]>> firsts = firstOfEachVersion(records);
        assertEquals(LongStream.rangeClosed(0, lastVersion).boxed().toList(), firsts.stream().map(TopicReader::version).toList(),
                "versions of " + key + " on " + topic + ", in the order they first appear");
        assertEquals(lastVersion, version(records.get(records.size() - 1)), "the last record of " + key + " on " + topic);
        return firsts;
    }

    private static List<ConsumerRecord<String, byte[]>> firstOfEachVersion(List<ConsumerRecord<String, byte[]>> records) {
        Map<Long, ConsumerRecord<String, byte[]>> firsts = new LinkedHashMap<>();
        records.forEach(r -> firsts.putIfAbsent(version(r), r));
        return List.copyOf(firsts.values());
    }

    /** The aggregate version the record carries in its CloudEvents extension header. */
    public static long version(ConsumerRecord<String, byte[]> record) {
        return Long.parseLong(header(record, CloudEventHeaders.AGGREGATE_VERSION));
    }

    /**
     * Everything on the topic now, read from its beginning to its end, in offset order per
     * partition. What the service under test publishes is checked against its AsyncAPI document
     * ({@link PublishedEvents}) on the way.
     */
    public static List<ConsumerRecord<String, byte[]>> readAll(String topic, Predicate<ConsumerRecord<String, byte[]>> wanted) {
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (r.offset() < end.get(new TopicPartition(r.topic(), r.partition())) && wanted.test(r)) {
                        found.add(r);
                    }
                });
            }
        }
        if (PublishedEvents.publishedHere(topic)) {
            found.forEach(PublishedEvents::assertMatchesContract);
        }
        return found;
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    public static String value(ConsumerRecord<String, byte[]> record) {
        return record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8);
    }

    private static KafkaConsumer<String, byte[]> consumer() {
        Config config = ConfigProvider.getConfig();
        Map<String, Object> settings = new HashMap<>();
        // Connects as the service under test does: to a secured broker with its security.protocol, sasl.* and ssl.*.
        for (String name : config.getPropertyNames()) {
            String setting = name.startsWith("kafka.") ? name.substring("kafka.".length()) : "";
            if (setting.equals("security.protocol") || setting.startsWith("sasl.") || setting.startsWith("ssl.")) {
                config.getOptionalValue(name, String.class).ifPresent(value -> settings.put(setting, value));
            }
        }
        settings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, config.getValue("kafka.bootstrap.servers", String.class));
        settings.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        settings.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return new KafkaConsumer<>(settings);
    }
}
