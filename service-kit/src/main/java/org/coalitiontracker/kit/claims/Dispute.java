package org.coalitiontracker.kit.claims;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/** One field whose sources disagree (or one of whose claims is deprecated), on one record. */
@Schema(description = "A field of a record whose claims hold two or more values, or one of whose claims is deprecated.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Dispute(
        @Schema(description = "The type of record.", examples = "agreement") String recordType,
        @Schema(description = "The record's id.", examples = "paris-declaration") String id,
        @Schema(description = "Where to read the record in this service.", examples = "/agreements/paris-declaration") String link,
        @Schema(description = "The coalition the record belongs to.", examples = "coalition-of-the-willing") String coalition,
        @Schema(description = "The field disputed.", examples = "signedOn") String field,
        @Schema(description = "Whether it is settled: a claim preferred, or every value but one deprecated.", examples = "false") boolean settled,
        @Schema(description = "The value the record gives the field on these claims (docs/api-decisions.md, \"Claims\"); absent when no "
                + "claim counts.", examples = "2025-02") JsonNode value,
        @Schema(description = "The field's claims, in the record's order.") List<Claim> claims) {
}
