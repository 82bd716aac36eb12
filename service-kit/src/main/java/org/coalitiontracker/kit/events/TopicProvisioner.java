package org.coalitiontracker.kit.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates this service's topics when they are missing: those it publishes and those it consumes,
 * each compacted (the latest state per key is kept for ever, so a read copy can be rebuilt from
 * scratch), and the dead-letter topic of each it consumes (the consumer writes there), with plain
 * retention. A consumed topic is created too, with the same settings its owner would give it, so
 * that services can start in any order: a consumer subscribes, and a rebuild reads, a topic that
 * exists before its owner first publishes.
 */
@ApplicationScoped
public class TopicProvisioner {

    private final KafkaClients clients;
    private final ChangeEventsConfig config;
    private final ChangeEventContract contract;

    public TopicProvisioner(KafkaClients clients, ChangeEventsConfig config, ChangeEventContract contract) {
        this.clients = clients;
        this.config = config;
        this.contract = contract;
    }

    public void ensureTopicsExist() throws InterruptedException, ExecutionException, java.util.concurrent.TimeoutException {
        try (Admin admin = Admin.create(clients.admin())) {
            Set<String> existing = admin.listTopics().names().get(10, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            Set<String> changeTopics = new LinkedHashSet<>();
            contract.publishes().forEach(p -> changeTopics.add(p.topic().topicName()));
            contract.consumedTopics().forEach(t -> changeTopics.add(t.topicName()));
            for (String topic : changeTopics) {
                if (!existing.contains(topic)) {
                    missing.add(new NewTopic(topic, config.topics().partitions(), config.topics().replicationFactor())
                            .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)));
                }
            }
            for (Topic topic : contract.consumedTopics()) {
                if (!existing.contains(topic.deadLetterTopicName())) {
                    missing.add(new NewTopic(topic.deadLetterTopicName(), 1, config.topics().replicationFactor()));
                }
            }
            if (missing.isEmpty()) {
                return;
            }
            try {
                admin.createTopics(missing).all().get(10, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                // Another instance or service created them at the same moment: that is the goal.
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        }
    }
}
