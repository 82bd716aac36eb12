package org.coalitiontracker.kit.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Gives a PATCH operation a schema of its own, derived from the full-update schema it names: an
 * RFC 7396 merge patch may leave out any field, may set to {@code null} a field the full update
 * does not require, and merges objects field by field (so nested objects are patches too; arrays
 * are replaced whole and keep their schema). Generated clients can then send a partial update,
 * and the examples validate against what the operation takes.
 */
final class MergePatchSchemas {

    private static final String COMPONENTS = "#/components/schemas/";
    private static final List<String> FULL_UPDATE_SUFFIXES = List.of("Update", "Input", "Body", "Create");

    private MergePatchSchemas() {
    }

    static void declare(OpenAPI openAPI, Operation operation) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null
                || operation.getRequestBody().getContent().getMediaTypes() == null) {
            return;
        }
        for (MediaType mediaType : operation.getRequestBody().getContent().getMediaTypes().values()) {
            Schema schema = mediaType.getSchema();
            if (schema != null && schema.getRef() != null && schema.getRef().startsWith(COMPONENTS)) {
                mediaType.setSchema(OASFactory.createSchema().ref(patchOf(openAPI, schema.getRef().substring(COMPONENTS.length()))));
            }
        }
    }

    /** The name of the patch schema for a component, creating it (and those of its nested objects) once. */
    private static String patchOf(OpenAPI openAPI, String name) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        String patchName = patchName(name);
        if (schemas.containsKey(patchName)) {
            return patchName;
        }
        Schema full = schemas.get(name);
        Schema patch = OASFactory.createSchema();
        patch.setAll(full.getAll());
        patch.setRequired(null);
        patch.setDescription("A JSON merge patch (RFC 7396) of " + name + ": every field is optional; a field given replaces the "
                + "stored one, `null` clears an optional field, an object merges field by field.");
        // Registered before its properties so that a schema nested in itself refers to the patch being built.
        openAPI.getComponents().addSchema(patchName, patch);
        List<String> required = full.getRequired() == null ? List.of() : full.getRequired();
        Map<String, Schema> properties = new LinkedHashMap<>();
        if (full.getProperties() != null) {
            full.getProperties().forEach((property, value) -> {
                Schema patched = patchedProperty(openAPI, value);
                properties.put(property, required.contains(property) ? patched : nullable(patched));
            });
        }
        patch.setProperties(properties);
        return patchName;
    }

    private static Schema patchedProperty(OpenAPI openAPI, Schema property) {
        if (property.getRef() == null || !property.getRef().startsWith(COMPONENTS)) {
            return property;
        }
        String target = property.getRef().substring(COMPONENTS.length());
        Schema referenced = openAPI.getComponents().getSchemas().get(target);
        if (referenced == null || referenced.getProperties() == null || referenced.getProperties().isEmpty()) {
            return property;
        }
        Schema patched = OASFactory.createSchema();
        patched.setAll(property.getAll());
        patched.setRef(COMPONENTS + patchOf(openAPI, target));
        return patched;
    }

    /** OpenAPI 3.1 says nullable as a type: {@code null} added to the types, or as an alternative to a reference. */
    private static Schema nullable(Schema property) {
        if (property.getRef() == null && property.getType() != null && !property.getType().isEmpty()) {
            Schema copy = OASFactory.createSchema();
            copy.setAll(property.getAll());
            copy.setType(null);
            property.getType().forEach(copy::addType);
            copy.addType(Schema.SchemaType.NULL);
            return copy;
        }
        Schema reference = OASFactory.createSchema();
        reference.setAll(property.getAll());
        reference.setDescription(null);
        return OASFactory.createSchema().description(property.getDescription())
                .anyOf(List.of(reference, OASFactory.createSchema().addType(Schema.SchemaType.NULL)));
    }

    private static String patchName(String name) {
        for (String suffix : FULL_UPDATE_SUFFIXES) {
            if (name.endsWith(suffix) && name.length() > suffix.length()) {
                return name.substring(0, name.length() - suffix.length()) + "Patch";
            }
        }
        return name + "Patch";
    }
}
