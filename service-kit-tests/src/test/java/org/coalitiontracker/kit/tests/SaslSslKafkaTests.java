package org.coalitiontracker.kit.tests;

import static io.restassured.RestAssured.given;
import static org.coalitiontracker.kit.tests.WidgetCalls.TOPIC;
import static org.coalitiontracker.kit.tests.WidgetCalls.records;
import static org.coalitiontracker.kit.tests.WidgetCalls.state;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.coalitiontracker.kit.events.ChangeEventsConfig;
import org.coalitiontracker.kit.tests.app.WidgetContract;
import org.coalitiontracker.testing.OutboxRows;
import org.coalitiontracker.testing.ReadCopySeeds;
import org.coalitiontracker.testing.SaslSslKafkaBroker;
import org.coalitiontracker.testing.TopicReader;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Against a broker that accepts only SASL_SSL, configured through Quarkus' Kafka settings alone:
 * the admin client provisions the topics, the relay publishes and the consumer fills the copy.
 */
@QuarkusTest
@TestProfile(SaslSslKafkaProfile.class)
class SaslSslKafkaTests {

    static final String CHANGE_EVENTS = "checks.find { it.name == 'change-events' }";

    /** Set by the profile's {@code SaslSslKafkaResource}. */
    SaslSslKafkaBroker kafka;

    @Inject
    ChangeEventsConfig config;

    @Test
    void aWriteIsPublishedOverSaslSslAndConsumedIntoTheReadCopy() {
        String key = "secured";
        assertEquals(0, WidgetCalls.put(key, "over SASL_SSL"));
        assertEquals(1, WidgetCalls.put(key, "over SASL_SSL, renamed"));
        // Read back by a consumer that, like the service, can only connect with SASL_SSL.
        TopicReader.awaitEveryVersion(TOPIC, key, 1);
        OutboxRows.awaitEmpty();
        assertEquals("over SASL_SSL, renamed", state(records(key).get(1)).get("name").asText());
        ReadCopySeeds.awaitCopy(WidgetContract.TOPIC, key, Optional.of(state(records(key).get(1))));
        Await.until(() -> given().get("/q/health/ready").then().statusCode(200)
                .body(CHANGE_EVENTS + ".data.kafkaReachable", equalTo(true))
                .body(CHANGE_EVENTS + ".data.kafkaError", nullValue()));
    }

    @Test
    void theTopicsWereCreatedByTheServicesAdminClientOverSaslSsl() throws Exception {
        OutboxRows.awaitEmpty();
        // The broker creates no topic by itself: each one here is the service's topic provisioning.
        try (Admin admin = Admin.create(new HashMap<String, Object>(kafka.clientSettings(kafka.clientPassword())))) {
            Set<String> names = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            String deadLetters = WidgetContract.TOPIC.deadLetterTopicName();
            assertTrue(names.containsAll(List.of(TOPIC, deadLetters)), names.toString());
            TopicDescription topic = admin.describeTopics(List.of(TOPIC)).allTopicNames().get(30, TimeUnit.SECONDS).get(TOPIC);
            assertEquals(config.topics().partitions(), topic.partitions().size());
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, TOPIC);
            Map<ConfigResource, Config> configs = admin.describeConfigs(List.of(resource)).all().get(30, TimeUnit.SECONDS);
            assertEquals(TopicConfig.CLEANUP_POLICY_COMPACT, configs.get(resource).get(TopicConfig.CLEANUP_POLICY_CONFIG).value());
        }
    }
}
