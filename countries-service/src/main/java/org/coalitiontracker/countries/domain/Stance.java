package org.coalitiontracker.countries.domain;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.coalitiontracker.kit.source.Source;
import org.coalitiontracker.kit.time.PartialDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a member has said on one topic, with its conditions; kept with the membership it belongs to. */
@Schema(description = "A member's stated position on one topic.")
public record Stance(
        @NotNull
        @Schema(description = "What the stance is about.", required = true)
        StanceTopic topic,
        @NotNull
        @Schema(description = "The member's position on it.", required = true)
        StancePosition position,
        @Size(max = 2000)
        @Schema(description = "What the position depends on, in plain words.", examples = "Only once a ceasefire holds and with a US backstop.")
        String conditions,
        @Schema(description = "When the position was stated, as precisely as the sources say (`2025-09`, `2025-09-04`). A later "
                + "stance on the same topic supersedes it; both are kept.", examples = "2025-09-04")
        PartialDate statedOn,
        @Size(max = 50)
        @Schema(description = "Published sources reporting the stance.")
        List<@NotNull @Valid Source> sources) {
}
