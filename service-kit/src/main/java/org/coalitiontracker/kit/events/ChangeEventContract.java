package org.coalitiontracker.kit.events;

import java.util.List;
import java.util.Optional;

/**
 * What a service publishes and what it consumes, declared once, in one bean of the service. The
 * kit's outbox, relay, topic set-up, consumer, rebuild, readiness, owner fallback and AsyncAPI
 * document all take it from here, so that a new service needs no change to the kit.
 */
public interface ChangeEventContract {

    /** The topics this service owns and publishes, each with the record whose JSON is the payload. */
    List<PublishedTopic> publishes();

    /** The topics whose read copies this service keeps. */
    List<ConsumedTopic> consumes();

    default Optional<ConsumedTopic> consumed(Topic topic) {
        return consumes().stream().filter(c -> c.topic().equals(topic)).findFirst();
    }

    default List<Topic> consumedTopics() {
        return consumes().stream().map(ConsumedTopic::topic).toList();
    }

    /**
     * A topic this service publishes.
     *
     * @param payload     the view record whose JSON is each value; its OpenAPI component schema is
     *                    the payload schema of the AsyncAPI document
     * @param description what the topic holds and what its key is, for the AsyncAPI document
     */
    record PublishedTopic(Topic topic, Class<?> payload, String description) {
    }

    /**
     * A topic whose read copy this service keeps.
     *
     * @param ownerUrl the base URL of the service that publishes it, asked by {@link ReadCopies#confirm}
     *                 when the copy cannot confirm a record
     * @param reads    the fields of the payload this service reads from the copy
     */
    record ConsumedTopic(Topic topic, String ownerUrl, List<StateField> reads) {

        public ConsumedTopic {
            reads = List.copyOf(reads);
        }
    }
}
