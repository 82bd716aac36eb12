package org.coalitiontracker.kit.events;

import java.util.Objects;

/**
 * A change-event topic: one compacted Kafka topic per aggregate type, keyed by the aggregate's
 * id, each value the aggregate's full current state (a delete is a tombstone). A service declares
 * the topics it publishes and consumes in its {@link ChangeEventContract}; the kit knows none.
 *
 * @param topicName     the Kafka topic, such as {@code shop.orders}
 * @param aggregateType the aggregate's name in the CloudEvents {@code type}, such as {@code order}
 */
public record Topic(String topicName, String aggregateType) {

    private static final String TYPE_PREFIX = "org.coalitiontracker.";

    public Topic {
        Objects.requireNonNull(topicName, "topicName");
        Objects.requireNonNull(aggregateType, "aggregateType");
        if (topicName.isBlank() || aggregateType.isBlank()) {
            throw new IllegalArgumentException("A topic needs a name and an aggregate type");
        }
    }

    public String deadLetterTopicName() {
        return topicName + ".dead-letter";
    }

    /** CloudEvents {@code type} of an upsert, such as {@code org.coalitiontracker.order.upserted}. */
    public String upsertedType() {
        return TYPE_PREFIX + aggregateType + ".upserted";
    }

    public String deletedType() {
        return TYPE_PREFIX + aggregateType + ".deleted";
    }

    /**
     * The name of the read copy kept of this topic, in {@code /admin/read-copies} and readiness:
     * the topic name after its last dot ({@code orders} for {@code shop.orders}).
     */
    public String copyName() {
        return topicName.substring(topicName.lastIndexOf('.') + 1);
    }

    /** Whether {@code name} names this topic: its Kafka name or its copy's name in any case. */
    public boolean isNamed(String name) {
        return topicName.equals(name) || copyName().equalsIgnoreCase(name);
    }

    @Override
    public String toString() {
        return topicName;
    }
}
