package org.coalitiontracker.kit.tests;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.coalitiontracker.kit.events.CloudEventHeaders;
import org.coalitiontracker.testing.ReadCopySeeds;
import org.coalitiontracker.testing.TopicReader;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** A read copy and its topic, key by key, in the same shape: the version and the state (null for a deletion). */
final class CopyAndTopic {

    private CopyAndTopic() {
    }

    record Entry(long version, JsonNode state) {
    }

    /** Per key, what the version rules keep of the topic: the newest readable record; of equal versions the first. */
    static Map<String, Entry> latestOnTopic(String topic) {
        Map<String, Entry> latest = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : TopicReader.readAll(topic, r -> true)) {
            Optional<String> version = CloudEventHeaders.get(record.headers(), CloudEventHeaders.AGGREGATE_VERSION);
            String value = TopicReader.value(record);
            Optional<JsonNode> state = value == null ? Optional.empty() : ReadCopySeeds.tryParseObject(value);
            if (version.isEmpty() || !version.get().matches("-?\\d+") || record.key() == null || record.key().isBlank()
                    || (value != null && state.isEmpty())) {
                continue; // unreadable: dead-lettered, never applied
            }
            latest.merge(record.key(), new Entry(Long.parseLong(version.get()), state.orElse(null)),
                    (kept, later) -> later.version() > kept.version() ? later : kept);
        }
        return latest;
    }

    /** Every row of the copy of {@code topic}, deletions included. */
    static Map<String, Entry> copy(String topic) {
        return QuarkusTransaction.requiringNew().call(() -> {
            EntityManager entityManager = Arc.container().instance(EntityManager.class).get();
            Map<String, Entry> rows = new HashMap<>();
            for (Object row : entityManager.createNativeQuery(
                    "select aggregate_key, version, cast(state as text) from read_copy where topic = :topic", Object[].class)
                    .setParameter("topic", topic).getResultList()) {
                Object[] columns = (Object[]) row;
                rows.put((String) columns[0], new Entry(((Number) columns[1]).longValue(),
                        columns[2] == null ? null : ReadCopySeeds.parse((String) columns[2])));
            }
            return rows;
        });
    }
}
