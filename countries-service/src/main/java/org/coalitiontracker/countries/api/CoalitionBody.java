package org.coalitiontracker.countries.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.coalitiontracker.countries.domain.Coalition;
import org.coalitiontracker.countries.domain.CoalitionDetails;
import org.coalitiontracker.kit.claims.Claim;
import org.coalitiontracker.kit.source.Source;
import org.coalitiontracker.kit.time.PartialDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The full new state of a coalition (PUT); its id does not change.")
public record CoalitionBody(
        @NotBlank @Size(max = 200)
        @Schema(description = "Name of the coalition.", required = true, examples = "Coalition of the Willing")
        String name,
        @Size(max = 4000)
        @Schema(description = "What the coalition is for.")
        String description,
        @Schema(description = "When it was launched, as precisely as the sources say (`2025`, `2025-02`, `2025-02-17`); where they disagree, "
                + "the claims decide it.", examples = "2025-02")
        PartialDate launchedOn,
        @Size(max = 50)
        @Schema(description = "Published sources for the coalition's facts.")
        List<@NotNull @Valid Source> sources,
        @Size(max = 100)
        @Schema(description = "What the sources say about the coalition's fields where they disagree or need citing, each claim with its "
                + "sources and rank; besides its fields, `reportedSize` (the number of countries reported taking part) may be claimed. "
                + "See docs/api-decisions.md, \"Claims\".")
        List<@NotNull @Valid Claim> claims) {

    static CoalitionBody of(Coalition coalition) {
        return new CoalitionBody(coalition.name, coalition.description, coalition.launchedOn, coalition.sources, coalition.claims);
    }

    CoalitionDetails details() {
        return new CoalitionDetails(name, description, launchedOn, sources, claims);
    }
}
