package org.coalitiontracker.kit.asyncapi;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

import org.eclipse.microprofile.openapi.annotations.Operation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/** Serves this service's AsyncAPI document ({@link AsyncApiDocument}) beside its OpenAPI one. */
@Path("/asyncapi.yaml")
public class AsyncApiResource {

    static final String YAML = "application/yaml";
    private static final YAMLMapper YAML_MAPPER = new YAMLMapper();

    private final AsyncApiDocument document;

    public AsyncApiResource(AsyncApiDocument document) {
        this.document = document;
    }

    @GET
    @Produces(YAML)
    @Operation(hidden = true)
    public String get() throws JsonProcessingException {
        return YAML_MAPPER.writeValueAsString(document.json());
    }
}
