package org.coalitiontracker.kit.claims;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/** A record, or one claim of it, that rests on a source. */
@Schema(description = "A record that cites the source for itself (no `field`), or one of its claims that does (with `field`, `value` and `rank`).")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Citation(
        @Schema(description = "The type of record.", examples = "agreement") String recordType,
        @Schema(description = "The record's id.", examples = "paris-declaration") String id,
        @Schema(description = "Where to read the record in this service.", examples = "/agreements/paris-declaration") String link,
        @Schema(description = "The coalition the record belongs to.", examples = "coalition-of-the-willing") String coalition,
        @Schema(description = "For a claim: the field claimed.", examples = "signedOn") String field,
        @Schema(description = "For a claim: the value claimed.", examples = "2024-01-06") JsonNode value,
        @Schema(description = "For a claim: its rank.") Rank rank) {
}
