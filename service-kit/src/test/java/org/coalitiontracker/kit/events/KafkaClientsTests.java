package org.coalitiontracker.kit.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** What reaches each client from Quarkus' Kafka configuration, and what the kit keeps for itself. */
class KafkaClientsTests {

    /** As Quarkus builds {@code default-kafka-broker} from kafka.* properties and KAFKA_* variables. */
    private static final Map<String, Object> QUARKUS_KAFKA = Map.of(
            "bootstrap.servers", "ignored:9092",
            "security.protocol", "SASL_SSL",
            "sasl.mechanism", "SCRAM-SHA-512",
            "sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"u\" password=\"p\";",
            "ssl.truststore.location", "/etc/kafka/truststore.p12",
            "session.timeout.ms", "6000",
            "linger.ms", "20",
            "group.id", "countries-service",
            "acks", "0",
            "enable.auto.commit", "true");

    private final KafkaClients clients = new KafkaClients(QUARKUS_KAFKA, "broker-1:9093", "countries-service", Duration.ofSeconds(15));

    @Test
    void securitySettingsReachEveryClient() {
        for (Map<String, Object> config : new Map[] { clients.admin(), clients.producer("relay"), clients.consumer("group", "copy") }) {
            assertEquals("SASL_SSL", config.get("security.protocol"));
            assertEquals("SCRAM-SHA-512", config.get("sasl.mechanism"));
            assertEquals(QUARKUS_KAFKA.get("sasl.jaas.config"), config.get("sasl.jaas.config"));
            assertEquals("/etc/kafka/truststore.p12", config.get("ssl.truststore.location"));
            assertEquals("broker-1:9093", config.get("bootstrap.servers"));
        }
    }

    @Test
    void eachClientGetsOnlyTheSettingsItKnows() {
        assertEquals("6000", clients.consumer("group", "copy").get("session.timeout.ms"));
        assertFalse(clients.producer("relay").containsKey("session.timeout.ms"));
        assertFalse(clients.admin().containsKey("session.timeout.ms"));
        assertFalse(clients.consumer("group", "copy").containsKey("linger.ms"));
    }

    @Test
    void aTunableSettingOverridesTheKitsDefault() {
        assertEquals("20", clients.producer("relay").get("linger.ms"));
        assertEquals(500, new KafkaClients(Map.of(), "b:9092", "app", Duration.ofSeconds(15)).consumer("g", "copy").get("max.poll.records"));
    }

    @Test
    void theSettingsTheGuaranteesRestOnAreTheKits() {
        Map<String, Object> producer = clients.producer("relay");
        assertEquals("all", producer.get("acks"));
        assertEquals(true, producer.get("enable.idempotence"));
        assertEquals(15_000, producer.get("delivery.timeout.ms"));
        Map<String, Object> consumer = clients.consumer("coalition-tracker.commitments", "copy");
        assertEquals("coalition-tracker.commitments", consumer.get("group.id"));
        assertEquals(false, consumer.get("enable.auto.commit"));
        assertEquals("read_committed", consumer.get("isolation.level"));
        assertFalse(clients.consumer(null, "rebuild").containsKey("group.id"), "a rebuild reads without a group");
        assertEquals("countries-service-relay", producer.get("client.id"));
    }
}
