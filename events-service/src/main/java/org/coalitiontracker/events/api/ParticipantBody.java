package org.coalitiontracker.events.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.coalitiontracker.events.domain.Attendance;
import org.coalitiontracker.events.domain.ParticipantDetails;
import org.coalitiontracker.events.domain.ParticipantRole;
import org.coalitiontracker.kit.claims.Claim;
import org.coalitiontracker.kit.source.Source;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A country's participation in an event, in full (PUT); the country is named by the path.")
public record ParticipantBody(
        @NotNull
        @Schema(description = "The part the country plays.", required = true, examples = "CO_CHAIR")
        ParticipantRole role,
        @Schema(description = "How the country attends; `UNKNOWN` when left out.", examples = "IN_PERSON")
        Attendance attendance,
        @Size(max = 200)
        @Schema(description = "Who represents the country, as the sources name them.", examples = "Emmanuel Macron")
        String representedBy,
        @Size(max = 4000)
        @Schema(description = "Anything else worth knowing, such as where sources disagree.")
        String notes,
        @Size(max = 50)
        @Schema(description = "Published sources for the participation.")
        List<@NotNull @Valid Source> sources,
        @Size(max = 100)
        @Schema(description = "What the sources say about the participation's fields where they disagree or need citing, each claim "
                + "with its sources and rank. See docs/api-decisions.md, \"Claims\".")
        List<@NotNull @Valid Claim> claims) {

    ParticipantDetails details() {
        return new ParticipantDetails(role, attendance == null ? Attendance.UNKNOWN : attendance, representedBy, notes, sources, claims);
    }
}
