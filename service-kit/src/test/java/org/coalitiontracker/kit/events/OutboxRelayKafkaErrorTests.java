package org.coalitiontracker.kit.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.junit.jupiter.api.Test;

/** What readiness's {@code kafkaError} says of a relay failure: Kafka's error, never a password. */
class OutboxRelayKafkaErrorTests {

    @Test
    void theKafkaErrorInsideAnExecutionExceptionIsNamedWithItsMessage() {
        assertEquals(Optional.of("org.apache.kafka.common.errors.SaslAuthenticationException: Authentication failed"),
                OutboxRelay.kafkaError(new ExecutionException(new SaslAuthenticationException("Authentication failed"))));
    }

    @Test
    void aPasswordQuotedInTheMessageIsHidden() {
        KafkaException quoting = new KafkaException(
                "Bad JAAS: ScramLoginModule required username=\"u\" password=\"s3cret\"; or password=plain,next");
        assertEquals(Optional.of(KafkaException.class.getName()
                + ": Bad JAAS: ScramLoginModule required username=\"u\" password=[hidden]; or password=[hidden],next"),
                OutboxRelay.kafkaError(quoting));
    }

    @Test
    void aDatabaseFailureIsNotAKafkaError() {
        assertEquals(Optional.empty(), OutboxRelay.kafkaError(new SQLException("connection refused")));
    }
}
