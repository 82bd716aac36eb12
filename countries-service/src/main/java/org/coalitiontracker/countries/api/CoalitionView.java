package org.coalitiontracker.countries.api;

import java.time.Instant;
import java.util.List;

import org.coalitiontracker.countries.domain.Coalition;
import org.coalitiontracker.kit.claims.Claim;
import org.coalitiontracker.kit.claims.Claims;
import org.coalitiontracker.kit.source.Source;
import org.coalitiontracker.kit.time.PartialDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A coalition.")
public record CoalitionView(
        @Schema(description = "Identifier (slug) chosen when the coalition was created.", examples = "coalition-of-the-willing")
        String id,
        @Schema(description = "Name of the coalition.", examples = "Coalition of the Willing")
        String name,
        @Schema(description = "What the coalition is for.")
        String description,
        @Schema(description = "When it was launched, as precisely as the sources say (`2025`, `2025-02`, `2025-02-17`).", examples = "2025-02")
        PartialDate launchedOn,
        @Schema(description = "Published sources for the coalition's facts.")
        List<Source> sources,
        @Schema(description = Claims.CLAIMS_DESCRIPTION + " Besides its fields, `reportedSize` (the number of countries reported taking part) may be claimed.")
        List<Claim> claims,
        @Schema(description = Claims.DISPUTED_FIELDS_DESCRIPTION, examples = "[\"launchedOn\"]")
        List<String> disputedFields,
        @Schema(description = "Version, incremented on every change; the `ETag` carries it.", examples = "0")
        long version,
        @Schema(description = "When the record was created.", examples = "2025-09-01T08:00:00Z")
        Instant createdAt,
        @Schema(description = "When the record last changed.", examples = "2025-09-01T08:00:00Z")
        Instant updatedAt,
        @Schema(description = "Who made the last change: the subject of their token. Left out for records written before writes were "
                + "authenticated.", examples = "newsroom-importer")
        String updatedBy) {

    static CoalitionView of(Coalition coalition) {
        return new CoalitionView(coalition.id, coalition.name, coalition.description, coalition.launchedOn,
                coalition.sources, coalition.claims, Claims.disputedFields(coalition.claims), coalition.version, coalition.createdAt, coalition.updatedAt, coalition.updatedBy);
    }
}
