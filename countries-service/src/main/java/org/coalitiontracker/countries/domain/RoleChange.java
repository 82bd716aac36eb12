package org.coalitiontracker.countries.domain;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.coalitiontracker.kit.source.Source;
import org.coalitiontracker.kit.time.PartialDate;
import org.coalitiontracker.kit.time.Timeline;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A role a member took in the coalition, from when the sources say (as precisely as they say), and who says so. */
@Schema(description = "A role the member took in the world, and from when the sources say it held it.")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({ "role", "from", "sources", "note" })
public record RoleChange(
        @NotNull
        @Schema(description = "The role it took.", required = true, examples = "LEAD")
        MembershipRole role,
        @Schema(description = "From when, as precisely as the sources say (`2025`, `2025-02`, `2025-02-17`). Left out when they give no "
                + "date: such a step counts for the present record but for no `asOf` day.", examples = "2025-02")
        PartialDate from,
        @Size(max = 20)
        @Schema(description = "The sources for this step.")
        List<@Valid @NotNull Source> sources,
        @Size(max = 2000)
        @Schema(description = "What the sources say about this step, in their terms.", examples = "Co-leads the coalition with the UK.")
        String note) implements Timeline.Step<MembershipRole> {

    static final Timeline.Fields FIELDS = new Timeline.Fields("role", "roleHistory", "from");

    public RoleChange {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** A step a write adds by sending {@code role} alone. */
    static RoleChange of(MembershipRole role, PartialDate from) {
        return new RoleChange(role, from, List.of(), null);
    }

    @Override
    public MembershipRole value() {
        return role;
    }

    @Override
    public PartialDate date() {
        return from;
    }
}
