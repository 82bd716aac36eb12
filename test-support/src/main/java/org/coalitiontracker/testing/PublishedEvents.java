package org.coalitiontracker.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.coalitiontracker.kit.asyncapi.AsyncApiDocument;
import org.coalitiontracker.kit.events.ChangeEventContract;
import org.coalitiontracker.kit.events.Topic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;

/**
 * Checks a change event this service published against its own AsyncAPI document: the headers
 * against the message's header schema, the value against its payload schema (the view's OpenAPI
 * schema); one of the channel's messages must accept both. Stricter than the document in one
 * way: an object may carry no property its schema does not name, so a field the view publishes
 * but does not document fails too. {@link TopicReader} applies it to every record it returns
 * from a topic the service under test publishes, so every test that reads a topic checks the
 * contract of what it reads.
 */
public final class PublishedEvents {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final List<String> COMPOSITIONS = List.of("allOf", "anyOf", "oneOf");
    private static final String REFS = "#/components/schemas/";
    /** Compiled message schemas of the document they came from; a restarted application builds a new document. */
    private static final Map<JsonNode, Map<String, Schema>> COMPILED = new ConcurrentHashMap<>();

    private PublishedEvents() {
    }

    /** Whether the running application publishes {@code topicName}; false outside a Quarkus test. */
    public static boolean publishedHere(String topicName) {
        return contract().map(c -> c.publishes().stream().anyMatch(p -> p.topic().topicName().equals(topicName))).orElse(false);
    }

    /** Fails, naming every violation, unless one of the messages of the record's channel accepts it. */
    public static void assertMatchesContract(ConsumerRecord<String, byte[]> record) {
        List<String> violations = violations(record);
        if (!violations.isEmpty()) {
            throw new AssertionError("The record " + record.topic() + "-" + record.partition() + "@" + record.offset() + " (key " + record.key()
                    + ") does not match this service's AsyncAPI document:\n  " + String.join("\n  ", violations)
                    + "\nvalue: " + TopicReader.value(record));
        }
    }

    /** The violations, per message tried; empty when one message accepts the record. */
    public static List<String> violations(ConsumerRecord<String, byte[]> record) {
        ObjectNode document = Arc.container().instance(AsyncApiDocument.class).get().json();
        ChangeEventContract contract = contract().orElseThrow();
        Topic topic = contract.publishes().stream().map(ChangeEventContract.PublishedTopic::topic)
                .filter(t -> t.topicName().equals(record.topic())).findFirst()
                .orElseThrow(() -> new AssertionError(record.topic() + " is not published by this service"));
        JsonNode channel = document.path("channels").path(topic.copyName());
        if (!record.topic().equals(channel.path("address").asText())) {
            return List.of("no channel with address " + record.topic());
        }
        JsonNode headers = headers(record);
        JsonNode payload = payload(record);
        List<String> violations = new ArrayList<>();
        for (var messages = channel.path("messages").fields(); messages.hasNext();) {
            String name = messages.next().getKey();
            Map<String, Schema> compiled = COMPILED.computeIfAbsent(document, d -> new ConcurrentHashMap<>());
            JsonNode message = document.path("components").path("messages").path(name);
            List<String> found = new ArrayList<>();
            compiled.computeIfAbsent(name + "#headers", k -> compile(document, message.path("headers"))).validate(headers)
                    .forEach(e -> found.add("headers: " + e));
            compiled.computeIfAbsent(name + "#payload", k -> compile(document, message.path("payload"))).validate(payload)
                    .forEach(e -> found.add("payload: " + e));
            if (found.isEmpty()) {
                return List.of();
            }
            found.forEach(f -> violations.add(name + ": " + f));
        }
        return violations.isEmpty() ? List.of("the channel " + topic.copyName() + " has no message") : violations;
    }

    private static Schema compile(ObjectNode document, JsonNode schema) {
        ObjectNode root = schema.isObject() ? ((ObjectNode) schema).deepCopy() : JSON.createObjectNode();
        ObjectNode schemas = document.path("components").path("schemas").deepCopy();
        Set<String> composed = new HashSet<>();
        schemas.forEach(s -> referencedInCompositions(s, false, composed));
        referencedInCompositions(root, false, composed);
        schemas.fields().forEachRemaining(s -> {
            if (!composed.contains(s.getKey())) {
                close(s.getValue());
            }
        });
        close(root);
        root.putObject("components").set("schemas", schemas);
        return SCHEMAS.getSchema(root);
    }

    /**
     * An object schema that names its properties also refuses any other ({@code additionalProperties:
     * false}); so do the object schemas of its properties and items. A schema that a composition
     * refers to is left open, as a composition's parts must be.
     */
    private static void close(JsonNode schema) {
        if (!(schema instanceof ObjectNode object) || COMPOSITIONS.stream().anyMatch(object::has)) {
            return;
        }
        if (object.has("properties") && !object.has("additionalProperties") && !object.has("unevaluatedProperties")) {
            object.put("additionalProperties", false);
        }
        object.path("properties").forEach(PublishedEvents::close);
        close(object.path("items"));
    }

    private static void referencedInCompositions(JsonNode node, boolean inside, Set<String> into) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (inside && ref != null && ref.asText().startsWith(REFS)) {
                into.add(ref.asText().substring(REFS.length()));
            }
            node.fields().forEachRemaining(f -> referencedInCompositions(f.getValue(), inside || COMPOSITIONS.contains(f.getKey()), into));
        } else if (node.isArray()) {
            node.forEach(element -> referencedInCompositions(element, inside, into));
        }
    }

    private static JsonNode headers(ConsumerRecord<String, byte[]> record) {
        ObjectNode headers = JSON.createObjectNode();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }

    private static JsonNode payload(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            return NullNode.getInstance();
        }
        try {
            return JSON.readTree(record.value());
        } catch (java.io.IOException e) {
            throw new AssertionError("The value of " + record.topic() + "@" + record.offset() + " is not JSON", e);
        }
    }

    private static Optional<ChangeEventContract> contract() {
        if (Arc.container() == null) {
            return Optional.empty();
        }
        InstanceHandle<ChangeEventContract> contract = Arc.container().instance(ChangeEventContract.class);
        return contract.isAvailable() ? Optional.of(contract.get()) : Optional.empty();
    }
}
