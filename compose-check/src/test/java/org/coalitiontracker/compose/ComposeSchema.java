package org.coalitiontracker.compose;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/**
 * The Compose Specification's own JSON schema (fetched by the build, see pom.xml), applied with
 * networknt's JSON Schema validator.
 */
public final class ComposeSchema {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Schema schema;

    private ComposeSchema(Schema schema) {
        this.schema = schema;
    }

    public static ComposeSchema load() {
        return load(Project.composeSchema());
    }

    public static ComposeSchema load(Path file) {
        JsonNode document;
        try {
            document = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the Compose schema " + file, e);
        }
        if (!"Compose Specification".equals(document.path("title").asText())) {
            throw new IllegalStateException(file + " is not the Compose Specification schema");
        }
        // The schema declares draft-07 as "https://json-schema.org/draft-07/schema"; the validator
        // knows draft-07 by its canonical id. Same dialect, so the schema itself is used unchanged
        // and nothing is fetched from the network.
        ((ObjectNode) document).put("$schema", "http://json-schema.org/draft-07/schema#");
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);
        // The schema's relative "$id" (compose_spec.json) resolves against the file's own location.
        return new ComposeSchema(registry.getSchema(SchemaLocation.of(file.toUri().toString()), document));
    }

    /** The schema violations, one line each ({@code $.services.kafka: ...}); empty when valid. */
    public List<String> violations(JsonNode composeDocument) {
        return schema.validate(composeDocument).stream().map(Object::toString).toList();
    }
}
