package org.coalitiontracker.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.coalitiontracker.kit.asyncapi.AsyncApiDocument;
import org.coalitiontracker.kit.events.ChangeEventContract;
import org.coalitiontracker.kit.events.StateField;
import org.coalitiontracker.kit.events.Topic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * The services' AsyncAPI documents side by side: every field a consumer declares it reads
 * ({@value AsyncApiDocument#READS} of a channel it receives from) must be in the payload schema
 * of the service that publishes that channel's address. A field renamed or removed in a
 * producer's view fails here, in the build, instead of leaving a read copy silently empty.
 */
public final class EventContracts {

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final String ELEMENT = "[].";

    private EventContracts() {
    }

    public static JsonNode parse(String yaml) {
        try {
            return YAML.readTree(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException("Not a YAML document", e);
        }
    }

    /**
     * The service under test publishes and consumes these topics, and serves at
     * {@code /asyncapi.yaml} a YAML document that describes them all ({@link #gaps}).
     */
    public static void assertServesItsContract(ChangeEventContract contract, List<Topic> publishes, List<Topic> consumes) {
        assertEquals(publishes, contract.publishes().stream().map(ChangeEventContract.PublishedTopic::topic).toList(), "topics published");
        assertEquals(consumes, contract.consumedTopics(), "topics consumed");
        String yaml = given().get("/asyncapi.yaml").then().statusCode(200).contentType("application/yaml").extract().asString();
        assertEquals(List.of(), gaps(parse(yaml), contract));
    }

    /**
     * What a service's own document lacks of its contract, one line each: a channel per topic it
     * publishes, at the topic's address, whose message payload is a schema the document defines;
     * a channel per topic it consumes, listing exactly the fields it declares it reads.
     */
    public static List<String> gaps(JsonNode document, ChangeEventContract contract) {
        List<String> gaps = new ArrayList<>();
        List<String> sent = channels(document, "send").stream().map(c -> c.path("address").asText()).toList();
        for (ChangeEventContract.PublishedTopic published : contract.publishes()) {
            String address = published.topic().topicName();
            if (!sent.contains(address)) {
                gaps.add("no send operation on " + address);
                continue;
            }
            JsonNode channel = document.path("channels").path(published.topic().copyName());
            boolean payloadDefined = false;
            for (JsonNode messageRef : channel.path("messages")) {
                JsonNode payload = resolve(document, messageRef).path("payload");
                payloadDefined |= payload.has("$ref") && !resolve(document, payload).isMissingNode()
                        && resolve(document, payload).has("properties");
            }
            if (!payloadDefined) {
                gaps.add(address + ": no message whose payload is a schema with properties");
            }
        }
        for (ChangeEventContract.ConsumedTopic consumed : contract.consumes()) {
            String address = consumed.topic().topicName();
            Optional<JsonNode> channel = channels(document, "receive").stream().filter(c -> address.equals(c.path("address").asText())).findFirst();
            if (channel.isEmpty()) {
                gaps.add("no receive operation on " + address);
                continue;
            }
            List<String> reads = new ArrayList<>();
            channel.get().path(AsyncApiDocument.READS).forEach(r -> reads.add(r.asText()));
            List<String> declared = consumed.reads().stream().map(StateField::path).toList();
            if (!reads.equals(declared)) {
                gaps.add(address + ": " + AsyncApiDocument.READS + " " + reads + " instead of " + declared);
            }
        }
        return gaps;
    }

    /** What does not hold, one line each: a consumed topic no one publishes, a field read that its producer does not publish. */
    public static List<String> unmetReads(Map<String, JsonNode> documentsByService) {
        List<String> unmet = new ArrayList<>();
        documentsByService.forEach((consumer, document) -> channels(document, "receive").forEach(channel -> {
            String address = channel.path("address").asText();
            Optional<Published> producer = publisher(documentsByService, address);
            if (producer.isEmpty()) {
                unmet.add(consumer + " consumes " + address + ", which no service publishes");
                return;
            }
            for (JsonNode read : channel.path(AsyncApiDocument.READS)) {
                if (!has(producer.get().document(), producer.get().payload(), read.asText())) {
                    unmet.add(consumer + " reads '" + read.asText() + "' of " + address + ", which is not in the payload schema "
                            + producer.get().service() + " publishes (" + producer.get().payload().path("$ref").asText() + ")");
                }
            }
        }));
        return unmet;
    }

    private record Published(String service, JsonNode document, JsonNode payload) {
    }

    private static Optional<Published> publisher(Map<String, JsonNode> documents, String address) {
        for (Map.Entry<String, JsonNode> entry : documents.entrySet()) {
            for (JsonNode channel : channels(entry.getValue(), "send")) {
                if (address.equals(channel.path("address").asText())) {
                    for (JsonNode messageRef : channel.path("messages")) {
                        JsonNode payload = resolve(entry.getValue(), messageRef).path("payload");
                        if (!"null".equals(payload.path("type").asText())) {
                            return Optional.of(new Published(entry.getKey(), entry.getValue(), payload));
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The channels of the operations with this action. */
    private static List<JsonNode> channels(JsonNode document, String action) {
        List<JsonNode> channels = new ArrayList<>();
        document.path("operations").forEach(operation -> {
            if (action.equals(operation.path("action").asText())) {
                channels.add(resolve(document, operation.path("channel")));
            }
        });
        return channels;
    }

    /** Whether {@code path} ({@code a} or {@code a[].b}) names a property the schema defines. */
    static boolean has(JsonNode document, JsonNode schema, String path) {
        JsonNode current = schema;
        String[] segments = path.split(java.util.regex.Pattern.quote(ELEMENT));
        for (int i = 0; i < segments.length; i++) {
            Optional<JsonNode> property = property(document, current, segments[i]);
            if (property.isEmpty()) {
                return false;
            }
            current = property.get();
            if (i < segments.length - 1) {
                Optional<JsonNode> items = items(document, current);
                if (items.isEmpty()) {
                    return false;
                }
                current = items.get();
            }
        }
        return true;
    }

    private static Optional<JsonNode> property(JsonNode document, JsonNode schema, String name) {
        JsonNode resolved = resolve(document, schema);
        if (resolved.path("properties").has(name)) {
            return Optional.of(resolved.path("properties").get(name));
        }
        for (String composition : List.of("allOf", "anyOf", "oneOf")) {
            for (JsonNode part : resolved.path(composition)) {
                Optional<JsonNode> found = property(document, part, name);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<JsonNode> items(JsonNode document, JsonNode schema) {
        JsonNode resolved = resolve(document, schema);
        if (resolved.has("items")) {
            return Optional.of(resolved.get("items"));
        }
        for (String composition : List.of("allOf", "anyOf", "oneOf")) {
            for (JsonNode part : resolved.path(composition)) {
                Optional<JsonNode> found = items(document, part);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** Follows {@code $ref}s within the document ({@code #/a/b/c}). */
    private static JsonNode resolve(JsonNode document, JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; current.has("$ref") && hops < 20; hops++) {
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                throw new IllegalStateException("Only references within the document are followed: " + ref);
            }
            current = document.at(ref.substring(1));
        }
        return current;
    }
}
