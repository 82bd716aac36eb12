package org.coalitiontracker.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SaslSslKafkaBrokerTests {

    private static final String TOPIC = "sasl-ssl-proof";

    private static SaslSslKafkaBroker broker;

    @BeforeAll
    static void startBroker() {
        broker = SaslSslKafkaBroker.startNew();
    }

    @AfterAll
    static void closeBroker() {
        broker.close();
    }

    @Test
    void aClientWithTheCredentialsOverTlsCreatesATopicProducesAndConsumes() throws Exception {
        Map<String, Object> settings = new HashMap<>(broker.clientSettings(broker.clientPassword()));
        try (Admin admin = Admin.create(settings)) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        Map<String, Object> producer = new HashMap<>(settings);
        producer.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        producer.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> sending = new KafkaProducer<>(producer)) {
            sending.send(new ProducerRecord<>(TOPIC, "FR", "secured")).get(30, TimeUnit.SECONDS);
        }
        Map<String, Object> consumer = new HashMap<>(settings);
        consumer.put(ConsumerConfig.GROUP_ID_CONFIG, "sasl-ssl-proof");
        consumer.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumer.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        consumer.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        try (KafkaConsumer<String, String> reading = new KafkaConsumer<>(consumer)) {
            reading.subscribe(List.of(TOPIC));
            List<String> values = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.isEmpty() && System.nanoTime() < deadline) {
                reading.poll(Duration.ofMillis(200)).forEach(r -> values.add(r.value()));
            }
            assertEquals(List.of("secured"), values);
        }
    }

    @Test
    void aWrongPasswordIsRefusedAsAnAuthenticationFailure() {
        ExecutionException refused = assertThrows(ExecutionException.class, () -> listTopics(broker.clientSettings("not-the-password")));
        assertInstanceOf(SaslAuthenticationException.class, refused.getCause());
    }

    @Test
    void aClientWithoutSaslOrWithoutTlsIsNotServed() {
        for (String protocol : List.of("PLAINTEXT", "SSL", "SASL_PLAINTEXT")) {
            Map<String, Object> settings = new HashMap<>(broker.clientSettings(broker.clientPassword()));
            settings.put("security.protocol", protocol);
            assertThrows(Exception.class, () -> listTopics(settings), protocol);
        }
    }

    private static void listTopics(Map<String, ?> settings) throws Exception {
        Map<String, Object> config = new HashMap<>(settings);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000);
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3_000);
        try (Admin admin = Admin.create(config)) {
            admin.listTopics().names().get(20, TimeUnit.SECONDS);
        }
    }
}
