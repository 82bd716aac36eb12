package org.coalitiontracker.kit.asyncapi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.coalitiontracker.kit.events.ChangeEventContract;
import org.coalitiontracker.kit.events.ChangeEventContract.ConsumedTopic;
import org.coalitiontracker.kit.events.ChangeEventContract.PublishedTopic;
import org.coalitiontracker.kit.events.ChangeEventsConfig;
import org.coalitiontracker.kit.events.CloudEventHeaders;
import org.coalitiontracker.kit.events.StateField;
import org.coalitiontracker.kit.events.Topic;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.smallrye.openapi.runtime.OpenApiConstants;
import io.quarkus.smallrye.openapi.runtime.OpenApiDocumentService;
import io.smallrye.openapi.runtime.io.Format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * This service's AsyncAPI 3.0 document, made from its {@link ChangeEventContract} and its own
 * OpenAPI model: each published topic's payload schema is the OpenAPI component schema of the
 * view record the contract names (with every schema it refers to), so the contract is written
 * once, in the view and its {@code @Schema} annotations. The CloudEvents headers are described
 * here, once for every service. Each consumed topic is listed with the fields this service reads
 * from it ({@value #READS}), which the suite checks against the schema its owner publishes.
 */
@ApplicationScoped
public class AsyncApiDocument {

    /** Extension of a consumed channel: the paths of the payload fields this service reads ({@link StateField}). */
    public static final String READS = "x-reads";
    static final String HEADERS = "CloudEventHeaders";
    static final String DEAD_LETTER_HEADERS = "DeadLetterHeaders";
    private static final String SCHEMAS = "#/components/schemas/";
    private static final String MESSAGES = "#/components/messages/";

    private final ChangeEventContract contract;
    private final OpenApiDocumentService openApi;
    private final ObjectMapper mapper;
    private final String applicationName;
    private final String source;
    private volatile ObjectNode document;

    public AsyncApiDocument(ChangeEventContract contract, OpenApiDocumentService openApi, ObjectMapper mapper, ChangeEventsConfig config,
            @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.contract = contract;
        this.openApi = openApi;
        this.mapper = mapper;
        this.applicationName = applicationName;
        this.source = config.source().orElse("/" + applicationName);
    }

    /** The document; built on first use (the OpenAPI model is ready by then) and kept. */
    public ObjectNode json() {
        ObjectNode built = document;
        if (built == null) {
            built = build();
            document = built;
        }
        return built;
    }

    private ObjectNode build() {
        JsonNode openApiSchemas = readOpenApi().path("components").path("schemas");
        ObjectNode root = mapper.createObjectNode();
        root.put("asyncapi", "3.0.0");
        root.putObject("info").put("title", applicationName + " change events").put("version", "1.0.0")
                .put("description", Descriptions.DOCUMENT);
        root.put("defaultContentType", "application/json");
        ObjectNode channels = root.putObject("channels");
        ObjectNode operations = root.putObject("operations");
        ObjectNode components = root.putObject("components");
        ObjectNode messages = components.putObject("messages");
        ObjectNode schemas = components.putObject("schemas");
        schemas.set(HEADERS, Descriptions.cloudEventHeaders(mapper));
        schemas.set(DEAD_LETTER_HEADERS, Descriptions.deadLetterHeaders(mapper));

        Deque<String> referenced = new ArrayDeque<>();
        for (PublishedTopic published : contract.publishes()) {
            Topic topic = published.topic();
            String payloadSchema = schemaName(published.payload());
            if (!openApiSchemas.has(payloadSchema)) {
                throw new IllegalStateException("The OpenAPI document has no schema " + payloadSchema + " for the payload of " + topic);
            }
            referenced.add(payloadSchema);
            String changed = topic.aggregateType() + "Changed";
            String deleted = topic.aggregateType() + "Deleted";
            messages.set(changed, message(changed, "The " + topic.aggregateType() + "'s current state",
                    headers(topic.upsertedType(), false), ref(SCHEMAS + payloadSchema)));
            messages.set(deleted, message(deleted, "The " + topic.aggregateType() + " was deleted (a tombstone: null value)",
                    headers(topic.deletedType(), true), mapper.createObjectNode().put("type", "null")));
            ObjectNode channel = channels.putObject(topic.copyName());
            channel.put("address", topic.topicName()).put("description", published.description());
            channel.putObject("messages").<ObjectNode>set(changed, ref(MESSAGES + changed)).set(deleted, ref(MESSAGES + deleted));
            operations.putObject("publish" + capitalised(topic.copyName())).put("action", "send")
                    .put("summary", applicationName + " publishes every change of its " + topic.copyName() + ", in version order per key.")
                    .set("channel", ref("#/channels/" + topic.copyName()));
        }
        for (ConsumedTopic consumed : contract.consumes()) {
            Topic topic = consumed.topic();
            String name = topic.copyName();
            String message = topic.aggregateType() + "ChangeRead";
            ObjectNode payload = mapper.createObjectNode();
            payload.put("description", "The owner's payload (see the owner's own AsyncAPI document); " + applicationName
                    + " reads the fields listed in " + READS + ".");
            messages.set(message, message(message, "A " + topic.aggregateType() + " change, as " + applicationName + " reads it",
                    ref(SCHEMAS + HEADERS), payload));
            ObjectNode channel = channels.putObject(name);
            channel.put("address", topic.topicName())
                    .put("description", "Owned by the service at " + consumed.ownerUrl() + "; " + applicationName + " keeps a read copy of it.");
            channel.putObject("messages").set(message, ref(MESSAGES + message));
            ArrayNode reads = channel.putArray(READS);
            consumed.reads().forEach(field -> reads.add(field.path()));
            operations.putObject("consume" + capitalised(name)).put("action", "receive")
                    .put("summary", applicationName + " keeps a read copy of " + name + ".")
                    .set("channel", ref("#/channels/" + name));

            String deadLetters = name + "DeadLetters";
            channels.putObject(deadLetters).put("address", topic.deadLetterTopicName())
                    .put("description", "The records of " + topic.topicName() + " that " + applicationName + " could not apply, with where they came from and why.")
                    .putObject("messages").set("deadLetter", ref(MESSAGES + "deadLetter"));
            operations.putObject("deadLetter" + capitalised(name)).put("action", "send")
                    .put("summary", applicationName + " sends what it cannot read of " + name + " here; consumption goes on.")
                    .set("channel", ref("#/channels/" + deadLetters));
        }
        if (!contract.consumes().isEmpty()) {
            messages.set("deadLetter", message("deadLetter", "A record that could not be applied", ref(SCHEMAS + DEAD_LETTER_HEADERS),
                    mapper.createObjectNode().put("description", "The original value, unchanged.")));
        }
        copySchemas(openApiSchemas, referenced, schemas);
        return root;
    }

    private JsonNode readOpenApi() {
        try {
            return mapper.readTree(openApi.getDocument(OpenApiConstants.DEFAULT_DOCUMENT_NAME, Format.JSON));
        } catch (IOException e) {
            throw new UncheckedIOException("This service's OpenAPI document is not JSON", e);
        }
    }

    /** The payload schemas and every schema they refer to, under the same names, so their {@code $ref}s hold. */
    private static void copySchemas(JsonNode from, Deque<String> referenced, ObjectNode to) {
        Set<String> copied = new LinkedHashSet<>();
        while (!referenced.isEmpty()) {
            String name = referenced.pop();
            if (copied.add(name) && from.has(name)) {
                to.set(name, from.get(name).deepCopy());
                collectRefs(from.get(name), referenced);
            }
        }
    }

    private static void collectRefs(JsonNode node, Deque<String> into) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith(SCHEMAS)) {
                into.add(ref.asText().substring(SCHEMAS.length()));
            }
        }
        node.forEach(child -> collectRefs(child, into));
    }

    /** As SmallRye OpenAPI names a class's component schema: its {@code @Schema(name)}, else its simple name. */
    static String schemaName(Class<?> type) {
        Schema schema = type.getAnnotation(Schema.class);
        return schema != null && !schema.name().isEmpty() ? schema.name() : type.getSimpleName();
    }

    /** The CloudEvents headers of one message: its {@code ce_type} and this service's {@code ce_source}; a value has a content type, a tombstone none. */
    private ObjectNode headers(String type, boolean tombstone) {
        ObjectNode headers = mapper.createObjectNode();
        ArrayNode allOf = headers.putArray("allOf");
        allOf.add(ref(SCHEMAS + HEADERS));
        ObjectNode specific = allOf.addObject();
        if (tombstone) {
            specific.putObject("not").putArray("required").add(CloudEventHeaders.CONTENT_TYPE);
        } else {
            specific.putArray("required").add(CloudEventHeaders.CONTENT_TYPE);
        }
        ObjectNode properties = specific.putObject("properties");
        properties.putObject(CloudEventHeaders.TYPE).put("const", type);
        properties.putObject(CloudEventHeaders.SOURCE).put("const", source);
        return headers;
    }

    private ObjectNode message(String name, String title, JsonNode headers, JsonNode payload) {
        ObjectNode message = mapper.createObjectNode();
        message.put("name", name).put("title", title);
        message.set("headers", headers);
        message.set("payload", payload);
        return message;
    }

    private ObjectNode ref(String to) {
        return mapper.createObjectNode().put("$ref", to);
    }

    private static String capitalised(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
