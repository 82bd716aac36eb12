package org.coalitiontracker.kit.problem;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An RFC 9457 problem detail, the body of every error response. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "An RFC 9457 problem detail (`application/problem+json`), the body of every error response.")
public record Problem(
        @Schema(description = "URI identifying the kind of problem; stable, clients may switch on it.", examples = "urn:coalition-tracker:problem:validation-failed")
        String type,
        @Schema(description = "Short summary of the kind of problem; the same for every occurrence of a type.", examples = "Validation failed")
        String title,
        @Schema(description = "The HTTP status code.", examples = "422")
        int status,
        @Schema(description = "What went wrong in this occurrence, in plain words.", examples = "The request has 1 invalid field.")
        String detail,
        @Schema(description = "The path of the request that failed.", examples = "/records/42")
        String instance,
        @Schema(description = "For validation problems: every invalid field with its message.")
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(ProblemType type, String detail, String instance, List<FieldError> errors) {
        return new Problem(type.typeUri(), type.title(), type.status(), detail, instance, errors == null ? List.of() : List.copyOf(errors));
    }
}
