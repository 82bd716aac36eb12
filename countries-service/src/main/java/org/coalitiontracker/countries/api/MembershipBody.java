package org.coalitiontracker.countries.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.coalitiontracker.countries.domain.MembershipDetails;
import org.coalitiontracker.countries.domain.MembershipRole;
import org.coalitiontracker.countries.domain.MembershipStatus;
import org.coalitiontracker.countries.domain.RoleChange;
import org.coalitiontracker.countries.domain.Stance;
import org.coalitiontracker.kit.claims.Claim;
import org.coalitiontracker.kit.source.Source;
import org.coalitiontracker.kit.time.PartialDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The full state of a country's membership of a coalition (PUT); the path names the coalition and the country.")
public record MembershipBody(
        @Schema(description = "The member's role now. Required unless `roleHistory` is given. A role other than the last of the timeline "
                + "is added to it as a new step: dated by `joinedOn` when it is the first, undated otherwise (send `roleHistory` to "
                + "date it), so that a role changed today leaves every earlier `asOf` day as it was.")
        MembershipRole role,
        @Size(max = 50)
        @Schema(description = "The roles the member held in the world, oldest first, each from the date the sources give. Replaces the "
                + "stored timeline when given; left out, the stored one stays. Dates never go backwards (422 naming "
                + "`roleHistory[i].from`). See docs/api-decisions.md, \"Two kinds of time\".")
        List<@Valid @NotNull RoleChange> roleHistory,
        @NotNull
        @Schema(description = "Where the membership stands.", required = true)
        MembershipStatus status,
        @Schema(description = "When the country joined, as precisely as the sources say (`2025`, `2025-03`, `2025-03-02`). Without it "
                + "the country is a member as of no date (see `asOf`).", examples = "2025-03-02")
        PartialDate joinedOn,
        @Schema(description = "When the country left, if it did, as precisely as the sources say; not before `joinedOn`. It is no "
                + "longer a member from the day it counts from.", examples = "2025-10-01")
        PartialDate leftOn,
        @Size(max = 50)
        @Schema(description = "Every position the member stated, one per topic and date: a later stance on a topic supersedes the "
                + "earlier one, and both are kept (responses show which are in force in `stancesInForce`).")
        List<@NotNull @Valid Stance> stances,
        @Size(max = 4000)
        @Schema(description = "Anything else worth knowing, such as where sources disagree.", examples = "Named as a member by one source only.")
        String notes,
        @Size(max = 50)
        @Schema(description = "Published sources for the membership.")
        List<@NotNull @Valid Source> sources,
        @Size(max = 100)
        @Schema(description = "What the sources say about the membership's fields where they disagree or need citing, each claim with "
                + "its sources and rank. See docs/api-decisions.md, \"Claims\".")
        List<@NotNull @Valid Claim> claims) {

    MembershipDetails details() {
        return new MembershipDetails(role, roleHistory, status, joinedOn, leftOn, stances, notes, sources, claims);
    }
}
