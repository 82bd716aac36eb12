package org.coalitiontracker.kit.events;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Keeps this service's read copies: one consumer group per service, a poll loop on its own
 * thread, each polled batch applied in one database transaction and its offsets committed only
 * after that transaction. A record that can never be applied goes to its topic's dead-letter
 * topic with where it came from and why, and consumption goes on. If the database fails, the
 * batch is read again after a pause; nothing is skipped. Each record's apply is a consumer span
 * continuing the trace its publish put on the record ({@link ChangeEventTracing}).
 */
@ApplicationScoped
public class ReadCopyConsumer {

    private static final Logger LOG = Logger.getLogger(ReadCopyConsumer.class);

    private final ChangeEventsConfig config;
    private final ChangeEventContract contract;
    private final KafkaClients clients;
    private final ReadCopyStore store;
    private final ObjectMapper mapper;
    private final MeterRegistry metrics;
    private final ChangeEventTracing tracing;
    private final String groupId;
    private final Map<TopicPartition, Long> lag = new ConcurrentHashMap<>();

    private volatile boolean running;
    private volatile boolean caughtUp;
    private volatile String kafkaError;
    private volatile boolean connected;
    private Thread thread;
    private KafkaConsumer<String, byte[]> consumer;
    private KafkaProducer<String, byte[]> deadLetters;
    private Counter deadLettered;

    public ReadCopyConsumer(ChangeEventsConfig config, ChangeEventContract contract, KafkaClients clients, ReadCopyStore store, ObjectMapper mapper,
            MeterRegistry metrics, ChangeEventTracing tracing, @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.config = config;
        this.contract = contract;
        this.clients = clients;
        this.store = store;
        this.mapper = mapper;
        this.metrics = metrics;
        this.tracing = tracing;
        this.groupId = config.consumer().groupId().orElse(applicationName);
    }

    void start(@Observes StartupEvent startup) {
        if (!config.enabled() || subscribedTopics().isEmpty()) {
            return;
        }
        deadLettered = Counter.builder("readcopy.dead.letters").description("Records sent to a dead-letter topic").register(metrics);
        Gauge.builder("readcopy.lag", lag, l -> l.values().stream().mapToLong(Long::longValue).sum())
                .description("Records on the subscribed topics not yet applied to the read copies").register(metrics);
        consumer = new KafkaConsumer<>(clients.consumer(groupId, "read-copies"));
        deadLetters = new KafkaProducer<>(clients.producer("dead-letters"));
        running = true;
        thread = new Thread(this::run, "read-copy-consumer");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        if (thread == null) {
            return;
        }
        running = false;
        consumer.wakeup();
        try {
            thread.join(Duration.ofSeconds(10).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        deadLetters.close(Duration.ofSeconds(5));
    }

    public List<Topic> subscribedTopics() {
        return contract.consumedTopics();
    }

    /** True once the copies have caught up with every assigned partition since start. */
    public boolean caughtUp() {
        return caughtUp;
    }

    /**
     * Why the last poll failed, when Kafka's was the failure (a wrong password, a denied group);
     * empty once a poll succeeds. The relay reports its own: the two clients may be refused apart.
     */
    public Optional<String> kafkaError() {
        return Optional.ofNullable(kafkaError);
    }

    public boolean connected() {
        return connected;
    }

    public long lag(Topic topic) {
        return lag.entrySet().stream().filter(e -> e.getKey().topic().equals(topic.topicName()))
                .mapToLong(Map.Entry::getValue).sum();
    }

    private void run() {
        try {
            consumer.subscribe(subscribedTopics().stream().map(Topic::topicName).toList());
            while (running) {
                try {
                    ConsumerRecords<String, byte[]> records = consumer.poll(config.consumer().pollTimeout());
                    connected = true;
                    kafkaError = null;
                    if (!records.isEmpty()) {
                        applyOrRewind(records);
                    }
                    measureLag();
                } catch (WakeupException e) {
                    throw e;
                } catch (RuntimeException e) {
                    // Whatever goes wrong (the broker, a rebalance), the copies must keep following:
                    // uncommitted records are read again, and versions make that harmless.
                    LOG.warnf("Read-copy consumer failed (%s); going on shortly", e.toString());
                    kafkaError = OutboxRelay.kafkaError(e).orElse(null);
                    pause(Duration.ofSeconds(1));
                }
            }
        } catch (WakeupException e) {
            // shutting down
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private void applyOrRewind(ConsumerRecords<String, byte[]> records) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                for (ConsumerRecord<String, byte[]> record : records) {
                    tracing.applying(record, groupId, () -> applyOne(record));
                }
            });
            consumer.commitSync(nextOffsets(records));
        } catch (WakeupException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.warnf("Could not apply %d change events (%s); reading them again shortly", records.count(), e.toString());
            rewind(records);
            pause(Duration.ofSeconds(1));
        }
    }

    private void applyOne(ConsumerRecord<String, byte[]> record) {
        ChangeEventRecord event;
        try {
            event = ChangeEventRecord.parse(subscribed(record.topic()), record, mapper);
        } catch (ChangeEventRecord.PoisonRecordException poison) {
            sendToDeadLetterTopic(record, poison.getMessage());
            return;
        }
        store.apply(event.topic(), event.key(), event.version(), event.state());
    }

    private void sendToDeadLetterTopic(ConsumerRecord<String, byte[]> record, String error) {
        String deadLetterTopic = subscribed(record.topic()).deadLetterTopicName();
        ProducerRecord<String, byte[]> letter = new ProducerRecord<>(deadLetterTopic, record.key(), record.value());
        record.headers().forEach(h -> letter.headers().add(h));
        CloudEventHeaders.put(letter.headers(), CloudEventHeaders.ORIGIN_TOPIC, record.topic());
        CloudEventHeaders.put(letter.headers(), CloudEventHeaders.ORIGIN_PARTITION, Integer.toString(record.partition()));
        CloudEventHeaders.put(letter.headers(), CloudEventHeaders.ORIGIN_OFFSET, Long.toString(record.offset()));
        CloudEventHeaders.put(letter.headers(), CloudEventHeaders.ERROR, error);
        try {
            // Synchronous: the offset is committed only once the letter is safely stored.
            deadLetters.send(letter).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while dead-lettering", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("Could not dead-letter a record", e.getCause());
        }
        deadLettered.increment();
        LOG.warnf("Dead-lettered %s-%d@%d: %s", record.topic(), record.partition(), record.offset(), error);
    }

    private Topic subscribed(String topicName) {
        return subscribedTopics().stream().filter(t -> t.topicName().equals(topicName)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Polled a record of " + topicName + ", which this service does not consume"));
    }

    private static Map<TopicPartition, OffsetAndMetadata> nextOffsets(ConsumerRecords<String, byte[]> records) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (TopicPartition partition : records.partitions()) {
            List<ConsumerRecord<String, byte[]>> inPartition = records.records(partition);
            offsets.put(partition, new OffsetAndMetadata(inPartition.get(inPartition.size() - 1).offset() + 1));
        }
        return offsets;
    }

    private void rewind(ConsumerRecords<String, byte[]> records) {
        Set<TopicPartition> assigned = consumer.assignment();
        for (TopicPartition partition : records.partitions()) {
            // A partition lost in a rebalance is read again by its new owner from the committed offset.
            if (assigned.contains(partition)) {
                consumer.seek(partition, records.records(partition).get(0).offset());
            }
        }
    }

    private void measureLag() {
        Set<TopicPartition> assigned = consumer.assignment();
        lag.keySet().retainAll(assigned);
        boolean allKnownAndZero = !assigned.isEmpty();
        for (TopicPartition partition : assigned) {
            var current = consumer.currentLag(partition);
            if (current.isPresent()) {
                lag.put(partition, current.getAsLong());
                allKnownAndZero &= current.getAsLong() == 0;
            } else {
                allKnownAndZero = false;
            }
        }
        if (allKnownAndZero) {
            caughtUp = true;
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
