package org.coalitiontracker.kit.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One invalid field or parameter of a request.")
public record FieldError(
        @Schema(description = "JSON path of the field in the request body (for example `sources[0].url`), or the name of the query parameter or header.", examples = "leftOn")
        String field,
        @Schema(description = "What is wrong with it, in plain words.", examples = "must not be before joinedOn (2025-03-01)")
        String message) {
}
