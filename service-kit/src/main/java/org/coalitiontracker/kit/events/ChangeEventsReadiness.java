package org.coalitiontracker.kit.events;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of the change-event side. Kafka being unreachable is reported but keeps the service
 * ready: reads are served from the database and writes wait in the outbox; {@code kafkaError}
 * then says why (e.g. an authentication failure), and {@code readCopyKafkaError} why the read
 * copies' consumer cannot read. Read copies that have
 * not yet caught up after start, while Kafka is reachable, make the instance not ready, so that
 * it does not answer from a half-filled copy.
 */
@Readiness
@ApplicationScoped
public class ChangeEventsReadiness implements HealthCheck {

    private final ChangeEventsConfig config;
    private final OutboxRelay relay;
    private final ReadCopyConsumer consumer;

    public ChangeEventsReadiness(ChangeEventsConfig config, OutboxRelay relay, ReadCopyConsumer consumer) {
        this.config = config;
        this.relay = relay;
        this.consumer = consumer;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("change-events");
        if (!config.enabled()) {
            return response.up().withData("enabled", false).build();
        }
        boolean copiesPending = !consumer.subscribedTopics().isEmpty() && !consumer.caughtUp();
        response.withData("kafkaReachable", relay.kafkaReachable())
                .withData("outboxBacklog", relay.backlog())
                .withData("readCopiesCaughtUp", !copiesPending);
        // Says why Kafka is unreachable: a wrong password or certificate is fixed by the operator, not by waiting.
        relay.kafkaError().ifPresent(error -> response.withData("kafkaError", error));
        consumer.kafkaError().ifPresent(error -> response.withData("readCopyKafkaError", error));
        for (Topic topic : consumer.subscribedTopics()) {
            response.withData("lag." + topic.copyName(), consumer.lag(topic));
        }
        return response.status(!(relay.kafkaReachable() && copiesPending)).build();
    }
}
