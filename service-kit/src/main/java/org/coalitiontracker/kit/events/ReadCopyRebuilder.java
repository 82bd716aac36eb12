package org.coalitiontracker.kit.events;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

import io.quarkus.narayana.jta.QuarkusTransaction;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Rebuilds a read copy from scratch: drops it and replays its compacted topic from the
 * beginning up to the end it had when the rebuild started, all in one transaction, so readers
 * see the old copy until the new one is complete. It reads with its own group-less consumer,
 * so the service's consumer group goes on applying new changes meanwhile; versions make the two
 * commute.
 */
@ApplicationScoped
public class ReadCopyRebuilder {

    private static final Duration MAX_DURATION = Duration.ofMinutes(10);

    private final KafkaClients clients;
    private final ReadCopyStore store;
    private final ObjectMapper mapper;

    public ReadCopyRebuilder(KafkaClients clients, ReadCopyStore store, ObjectMapper mapper) {
        this.clients = clients;
        this.store = store;
        this.mapper = mapper;
    }

    public RebuildResult rebuild(Topic topic) {
        long started = System.nanoTime();
        AtomicLong applied = new AtomicLong();
        AtomicLong skipped = new AtomicLong();
        try (KafkaConsumer<String, byte[]> reader = new KafkaConsumer<>(clients.consumer(null, "rebuild-" + topic.copyName()))) {
            List<TopicPartition> partitions = reader.partitionsFor(topic.topicName(), Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            reader.assign(partitions);
            reader.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = reader.endOffsets(partitions, Duration.ofSeconds(10));
            QuarkusTransaction.requiringNew().timeout((int) MAX_DURATION.toSeconds()).run(() -> {
                store.clear(topic);
                while (!reachedEnd(reader, end)) {
                    ConsumerRecords<String, byte[]> records = reader.poll(Duration.ofMillis(500));
                    for (ConsumerRecord<String, byte[]> record : records) {
                        if (record.offset() >= end.get(new TopicPartition(record.topic(), record.partition()))) {
                            continue;
                        }
                        try {
                            ChangeEventRecord event = ChangeEventRecord.parse(topic, record, mapper);
                            store.apply(topic, event.key(), event.version(), event.state());
                            applied.incrementAndGet();
                        } catch (ChangeEventRecord.PoisonRecordException poison) {
                            // already dead-lettered by the service's consumer when it first met it
                            skipped.incrementAndGet();
                        }
                    }
                }
            });
        }
        return new RebuildResult(topic.copyName(), applied.get(), skipped.get(), store.count(topic),
                Duration.ofNanos(System.nanoTime() - started).toMillis());
    }

    private static boolean reachedEnd(KafkaConsumer<String, byte[]> reader, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> reader.position(e.getKey()) >= e.getValue());
    }
}
