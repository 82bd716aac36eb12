package org.coalitiontracker.kit.events;

import java.util.Arrays;
import java.util.Optional;

/**
 * The change-event topics of the suite: one compacted topic per aggregate type, keyed by the
 * aggregate's id, each value the aggregate's full current state (a delete is a tombstone).
 */
public enum Topic {

    COUNTRIES("coalition-tracker.countries", "country"),
    COALITIONS("coalition-tracker.coalitions", "coalition"),
    MEMBERSHIPS("coalition-tracker.memberships", "membership"),
    EVENTS("coalition-tracker.events", "event"),
    COMMITMENTS("coalition-tracker.commitments", "commitment");

    private static final String TYPE_PREFIX = "org.coalitiontracker.";

    private final String topicName;
    private final String aggregateType;

    Topic(String topicName, String aggregateType) {
        this.topicName = topicName;
        this.aggregateType = aggregateType;
    }

    public String topicName() {
        return topicName;
    }

    public String deadLetterTopicName() {
        return topicName + ".dead-letter";
    }

    /** CloudEvents {@code type} of an upsert, such as {@code org.coalitiontracker.membership.upserted}. */
    public String upsertedType() {
        return TYPE_PREFIX + aggregateType + ".upserted";
    }

    public String deletedType() {
        return TYPE_PREFIX + aggregateType + ".deleted";
    }

    public static Optional<Topic> byTopicName(String name) {
        return Arrays.stream(values()).filter(t -> t.topicName.equals(name)).findFirst();
    }

    /** Accepts the enum name in any case or the Kafka topic name. */
    public static Optional<Topic> parse(String name) {
        return Arrays.stream(values())
                .filter(t -> t.name().equalsIgnoreCase(name) || t.topicName.equals(name))
                .findFirst();
    }
}
