package org.coalitiontracker.kit.claims;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.coalitiontracker.kit.source.Source;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A value that sources give for one field of a record, with those sources and how far the record
 * stands by it. A record's claims are part of it: versioned, in its history and change events.
 */
@Schema(description = "A value the sources give for one field of the record (or for an attribute the record has no field for), with "
        + "those sources and a rank. See docs/api-decisions.md, \"Claims\".")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Claim(
        @NotBlank @Size(max = 100)
        @Schema(description = "The field claimed, by its name in the record (`signedOn`), or a claim-only attribute the record "
                + "documents (`reportedSignatories`).", required = true, examples = "signedOn")
        String field,
        @NotNull
        @Schema(description = "The value claimed, valid exactly as the field's own value is.", required = true,
                examples = "2025-02")
        JsonNode value,
        @NotNull @Size(min = 1, max = 20) @Valid
        @Schema(description = "The sources that give this value; at least one.", required = true)
        List<@NotNull @Valid Source> sources,
        @Schema(description = "How far the record stands by it; `NORMAL` when left out.", defaultValue = "NORMAL")
        Rank rank,
        @Size(max = 1000)
        @Schema(description = "Why the claim is ranked so; required for a `DEPRECATED` one.",
                examples = "A year too early; the same report calls the meeting recent.")
        String note) {

    public Claim {
        rank = rank == null ? Rank.NORMAL : rank;
        // JSON null reaches a JsonNode as a node; it is a value left out, which @NotNull refuses.
        value = value == null || value.isNull() || value.isMissingNode() ? null : value;
    }

    /** Whether it counts towards the field's value: every rank but {@code DEPRECATED}. */
    public boolean counts() {
        return rank != Rank.DEPRECATED;
    }
}
