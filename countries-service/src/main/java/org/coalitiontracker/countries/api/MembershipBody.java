package org.coalitiontracker.countries.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.coalitiontracker.countries.domain.MembershipDetails;
import org.coalitiontracker.countries.domain.MembershipRole;
import org.coalitiontracker.countries.domain.MembershipStatus;
import org.coalitiontracker.countries.domain.Stance;
import org.coalitiontracker.kit.source.Source;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The full state of a country's membership of a coalition (PUT); the path names the coalition and the country.")
public record MembershipBody(
        @NotNull
        @Schema(description = "The member's role in the coalition.", required = true)
        MembershipRole role,
        @NotNull
        @Schema(description = "Where the membership stands.", required = true)
        MembershipStatus status,
        @Schema(description = "When the country joined, if known. Without it the country is a member as of no date (see `asOf`).", examples = "2025-03-02")
        LocalDate joinedOn,
        @Schema(description = "When the country left, if it did; not before `joinedOn`. It is no longer a member on that day.", examples = "2025-10-01")
        LocalDate leftOn,
        @Size(max = 50)
        @Schema(description = "The member's stated positions, one per topic and date.")
        List<@NotNull @Valid Stance> stances,
        @Size(max = 4000)
        @Schema(description = "Anything else worth knowing, such as where sources disagree.", examples = "Named as a member by one source only.")
        String notes,
        @Size(max = 50)
        @Schema(description = "Published sources for the membership.")
        List<@NotNull @Valid Source> sources) {

    MembershipDetails details() {
        return new MembershipDetails(role, status, joinedOn, leftOn, stances, notes, sources);
    }
}
