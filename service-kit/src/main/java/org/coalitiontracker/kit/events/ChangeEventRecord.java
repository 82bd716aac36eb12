package org.coalitiontracker.kit.events;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A change event read from a topic and checked: a key, a version and a JSON state (or a deletion). */
record ChangeEventRecord(Topic topic, String key, long version, String state) {

    /** Reads a record, or fails with a message saying why it cannot be applied. */
    static ChangeEventRecord parse(Topic topic, ConsumerRecord<String, byte[]> record, ObjectMapper mapper) {
        if (record.key() == null || record.key().isBlank()) {
            throw new PoisonRecordException("record has no key");
        }
        long version;
        try {
            version = Long.parseLong(CloudEventHeaders.get(record.headers(), CloudEventHeaders.AGGREGATE_VERSION)
                    .orElseThrow(() -> new PoisonRecordException("no " + CloudEventHeaders.AGGREGATE_VERSION + " header")));
        } catch (NumberFormatException e) {
            throw new PoisonRecordException(CloudEventHeaders.AGGREGATE_VERSION + " is not a number");
        }
        if (record.value() == null) {
            return new ChangeEventRecord(topic, record.key(), version, null);
        }
        String json = new String(record.value(), StandardCharsets.UTF_8);
        try {
            JsonNode state = mapper.readTree(json);
            if (state == null || !state.isObject()) {
                throw new PoisonRecordException("value is not a JSON object");
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new PoisonRecordException("value is not JSON: " + e.getOriginalMessage());
        }
        return new ChangeEventRecord(topic, record.key(), version, json);
    }

    /** A record that can never be applied; it goes to the dead-letter topic. */
    static final class PoisonRecordException extends RuntimeException {
        PoisonRecordException(String message) {
            super(message, null, false, false);
        }
    }
}
