package org.coalitiontracker.commitments.domain;

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

/**
 * One step of a commitment's status in the world: the status it took, on the date the sources
 * give (of the precision they give; none when they give none), and who says so.
 */
@Schema(description = "A status the commitment took in the world, and when the sources say it did.")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({ "status", "on", "sources", "note" })
public record StatusChange(
        @NotNull
        @Schema(description = "The status it took.", required = true, examples = "PLEDGED")
        CommitmentStatus status,
        @Schema(description = "When, as precisely as the sources say (`2025`, `2025-08`, `2025-08-18`). Left out when they give no date: such a "
                + "step counts for the present record but for no `asOf` day.", examples = "2025-08-18")
        PartialDate on,
        @Size(max = 20)
        @Schema(description = "The sources for this step.")
        List<@Valid @NotNull Source> sources,
        @Size(max = 2000)
        @Schema(description = "What the sources say about this step, in their terms.", examples = "Pledged at the Washington meeting.")
        String note) implements Timeline.Step<CommitmentStatus> {

    static final Timeline.Fields FIELDS = new Timeline.Fields("status", "statusHistory", "on");

    public StatusChange {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** A step a write adds by sending {@code status} alone. */
    static StatusChange of(CommitmentStatus status, PartialDate on) {
        return new StatusChange(status, on, List.of(), null);
    }

    @Override
    public CommitmentStatus value() {
        return status;
    }

    @Override
    public PartialDate date() {
        return on;
    }
}
