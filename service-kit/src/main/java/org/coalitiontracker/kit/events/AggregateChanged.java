package org.coalitiontracker.kit.events;

/**
 * What a domain service announces (as a synchronous CDI event, inside its transaction) after it
 * changed an aggregate: the aggregate as it is now, or its deletion. The service's API layer
 * observes it and records the change event in the outbox with the aggregate's public
 * representation, so that the domain does not depend on how the aggregate is shown.
 */
public record AggregateChanged<E>(Topic topic, String key, long version, E aggregate) {

    public static <E> AggregateChanged<E> upserted(Topic topic, String key, long version, E aggregate) {
        return new AggregateChanged<>(topic, key, version, aggregate);
    }

    /** {@code lastVersion} is the deleted aggregate's version; the deletion is published as the next one. */
    public static <E> AggregateChanged<E> deleted(Topic topic, String key, long lastVersion) {
        return new AggregateChanged<>(topic, key, lastVersion + 1, null);
    }

    public boolean isDeletion() {
        return aggregate == null;
    }
}
