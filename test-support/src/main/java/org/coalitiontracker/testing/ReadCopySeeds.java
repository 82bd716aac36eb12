package org.coalitiontracker.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.coalitiontracker.kit.events.CloudEventHeaders;
import org.coalitiontracker.kit.events.ReadCopyStore;
import org.coalitiontracker.kit.events.Topic;
import org.coalitiontracker.kit.events.TopicProvisioner;
import org.eclipse.microprofile.config.ConfigProvider;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Fills this service's read copies the way production does: by publishing to the change-event
 * topics exactly what the owning service would (key, JSON state, CloudEvents headers), then
 * waiting until the consumer applied it. Seeding a state the copy already holds publishes nothing.
 */
public final class ReadCopySeeds {

    /** The countries the tests name, as countries-service would have published them. */
    private static final Map<String, String> REFERENCE_COUNTRIES = Map.of("CA", "Canada", "DE", "Germany", "FR", "France",
            "GB", "United Kingdom", "IT", "Italy", "NO", "Norway", "PL", "Poland", "TR", "Türkiye", "UA", "Ukraine",
            "US", "United States of America");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    /** Later than any version an earlier run of the application stored: each publish supersedes the last. */
    private static final AtomicLong VERSIONS = new AtomicLong(System.currentTimeMillis() * 1000);
    private static final Map<String, KafkaProducer<String, byte[]>> PRODUCERS = new ConcurrentHashMap<>();

    private ReadCopySeeds() {
    }

    /** Makes sure the countries copy holds every country the tests use; cheap once it does. */
    public static void referenceCountries() {
        List<Runnable> awaits = new ArrayList<>();
        REFERENCE_COUNTRIES.forEach((code, name) -> publishUnlessHeld(Topics.COUNTRIES, code, countryJson(code, name)).ifPresent(awaits::add));
        awaits.forEach(Runnable::run);
    }

    public static void country(String code, String name) {
        seed(Topics.COUNTRIES, code, countryJson(code, name));
    }

    public static void activeMembers(String coalitionId, String... countryCodes) {
        for (String countryCode : countryCodes) {
            membership(coalitionId, countryCode, "ACTIVE");
        }
    }

    public static void membership(String coalitionId, String countryCode, String status) {
        seed(Topics.MEMBERSHIPS, coalitionId + "/" + countryCode, membershipJson(coalitionId, countryCode, status));
    }

    /** A membership in the shape of countries-service's {@code MembershipView}, without its version. */
    public static String membershipJson(String coalitionId, String countryCode, String status) {
        return """
                {"coalitionId": "%s", "countryCode": "%s", "role": "MEMBER", "status": "%s", "stances": [], "sources": []}"""
                .formatted(coalitionId, countryCode, status);
    }

    public static void event(String id, String title) {
        seed(Topics.EVENTS, id, "{\"id\": \"%s\", \"title\": \"%s\", \"participants\": []}".formatted(id, title));
    }

    /** A commitment in the shape of commitments-service's {@code CommitmentView}, without its version. */
    public static void commitment(String id, String countryCode, String coalitionId, String announcedAtEventId) {
        seed(Topics.COMMITMENTS, id, """
                {"id": "%s", "countryCode": "%s", "coalitionId": "%s", "category": "GROUND_FORCES", "status": "PLEDGED",
                 "description": "Troops for a reassurance force", "personnel": 500, "conditions": ["CEASEFIRE"], "stationedIn": "UA",
                 "announcedAtEventId": "%s", "announcedOn": "2025-09-04", "sources": []}"""
                .formatted(id, countryCode, coalitionId, announcedAtEventId));
    }

    /** The owner deleted the record: a tombstone. */
    public static void deleted(Topic topic, String key) {
        send(record(topic, key, VERSIONS.incrementAndGet(), null));
        awaitCopy(topic, key, Optional.empty());
    }

    /** A country in the shape of countries-service's {@code CountryView}, without its version. */
    public static String countryJson(String code, String name) {
        return "{\"code\": \"%s\", \"name\": \"%s\", \"aliases\": [], \"blocs\": []}".formatted(code, name);
    }

    private static void seed(Topic topic, String key, String stateWithoutVersion) {
        publishUnlessHeld(topic, key, stateWithoutVersion).ifPresent(Runnable::run);
    }

    /** Publishes the state unless the copy holds it already; returns the wait for the copy to hold it. */
    private static Optional<Runnable> publishUnlessHeld(Topic topic, String key, String stateWithoutVersion) {
        ObjectNode state = (ObjectNode) parse(stateWithoutVersion);
        if (copy(topic, key).map(stored -> withoutVersion(stored).equals(state)).orElse(false)) {
            return Optional.empty();
        }
        long version = VERSIONS.incrementAndGet();
        state.put("version", version);
        send(record(topic, key, version, state.toString().getBytes(StandardCharsets.UTF_8)));
        return Optional.of(() -> awaitCopy(topic, key, Optional.of(state)));
    }

    /** A record as the owner's outbox relay writes it. */
    public static ProducerRecord<String, byte[]> record(Topic topic, String key, long version, byte[] value) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic.topicName(), key, value);
        CloudEventHeaders.put(record.headers(), CloudEventHeaders.SPEC_VERSION, "1.0");
        CloudEventHeaders.put(record.headers(), CloudEventHeaders.ID, UUID.randomUUID().toString());
        CloudEventHeaders.put(record.headers(), CloudEventHeaders.SOURCE, Topics.source(topic));
        CloudEventHeaders.put(record.headers(), CloudEventHeaders.TYPE, value == null ? topic.deletedType() : topic.upsertedType());
        CloudEventHeaders.put(record.headers(), CloudEventHeaders.TIME, Instant.now().toString());
        CloudEventHeaders.put(record.headers(), CloudEventHeaders.SUBJECT, key);
        CloudEventHeaders.put(record.headers(), CloudEventHeaders.AGGREGATE_VERSION, Long.toString(version));
        if (value != null) {
            CloudEventHeaders.put(record.headers(), CloudEventHeaders.CONTENT_TYPE, "application/json");
        }
        return record;
    }

    public static long nextVersion() {
        return VERSIONS.incrementAndGet();
    }

    /** Sends and waits for the broker's acknowledgement; returns where the record was stored. */
    public static RecordMetadata send(ProducerRecord<String, byte[]> record) {
        try {
            return producer().send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka refused a seed record", e.getCause());
        }
    }

    /**
     * Sends, then waits until this service's consumer has committed its offset past the record,
     * which it does only after the record was applied, found not newer, or dead-lettered. Lets a
     * test check that a record changed nothing without guessing how long to wait.
     */
    public static void sendAndAwaitConsumed(ProducerRecord<String, byte[]> record) {
        RecordMetadata stored = send(record);
        TopicPartition partition = new TopicPartition(stored.topic(), stored.partition());
        var config = ConfigProvider.getConfig();
        String group = config.getOptionalValue("coalition.change-events.consumer.group-id", String.class)
                .orElseGet(() -> config.getValue("quarkus.application.name", String.class));
        try (Admin admin = Admin.create(Map.<String, Object>of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.getValue("kafka.bootstrap.servers", String.class)))) {
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (committed(admin, group, partition) <= stored.offset()) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("Consumer group " + group + " did not get past " + partition + "@" + stored.offset());
                }
                sleep(50);
            }
        }
    }

    private static long committed(Admin admin, String group, TopicPartition partition) {
        try {
            OffsetAndMetadata offset = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get().get(partition);
            return offset == null ? -1 : offset.offset();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot read the offsets of consumer group " + group, e.getCause());
        }
    }

    public static Optional<JsonNode> copy(Topic topic, String key) {
        ReadCopyStore store = Arc.container().instance(ReadCopyStore.class).get();
        return QuarkusTransaction.requiringNew().call(() -> store.find(topic, key));
    }

    public static void awaitCopy(Topic topic, String key, Optional<JsonNode> expected) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!copy(topic, key).equals(expected)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The " + topic + " copy of " + key + " is " + copy(topic, key) + ", not " + expected);
            }
            sleep(50);
        }
    }

    public static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    public static Optional<JsonNode> tryParseObject(String json) {
        try {
            return Optional.ofNullable(JSON.readTree(json)).filter(JsonNode::isObject);
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    private static JsonNode withoutVersion(JsonNode stored) {
        ObjectNode copy = stored.deepCopy();
        copy.remove("version");
        return copy;
    }

    private static KafkaProducer<String, byte[]> producer() {
        String servers = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        return PRODUCERS.computeIfAbsent(servers, s -> {
            // The topics as the application creates them (compacted, its partitions), not as the broker would on first use.
            try {
                Arc.container().instance(TopicProvisioner.class).get().ensureTopicsExist();
            } catch (Exception e) {
                throw new IllegalStateException("The change-event topics could not be created", e);
            }
            return new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, s,
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName()));
        });
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
