package org.coalitiontracker.kit.events;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How a service publishes and consumes change events. The broker's address and every other
 * client setting are the standard {@code kafka.*} properties ({@code KAFKA_*} variables), see
 * {@link KafkaClients}.
 */
@ConfigMapping(prefix = "coalition.change-events")
public interface ChangeEventsConfig {

    /** Whether the relay and the consumer run; off only in tests that need neither. */
    @WithDefault("true")
    boolean enabled();

    /** CloudEvents {@code source} of what this service publishes; default {@code /<quarkus.application.name>}. */
    Optional<String> source();

    Relay relay();

    Topics topics();

    Consumer consumer();

    interface Relay {
        /** Fallback poll: the relay is woken after every commit, this catches anything missed. */
        @WithDefault("1s")
        Duration pollInterval();

        @WithDefault("500")
        int batchSize();

        /** First wait after a failed publish; doubles up to {@link #maxBackoff()}. */
        @WithDefault("200ms")
        Duration minBackoff();

        @WithDefault("10s")
        Duration maxBackoff();

        /**
         * How long a batch waits for the broker's acknowledgements (the producer's
         * {@code delivery.timeout.ms}); what is not acknowledged by then stays in the outbox and
         * is sent again after the backoff.
         */
        @WithDefault("15s")
        Duration deliveryTimeout();
    }

    interface Topics {
        @WithDefault("3")
        int partitions();

        @WithDefault("1")
        short replicationFactor();
    }

    interface Consumer {
        /** The consumer group; one per service, shared by its instances. */
        Optional<String> groupId();

        @WithDefault("500ms")
        Duration pollTimeout();
    }
}
