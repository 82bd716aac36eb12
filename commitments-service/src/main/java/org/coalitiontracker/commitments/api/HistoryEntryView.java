package org.coalitiontracker.commitments.api;

import java.time.Instant;
import java.util.List;

import org.coalitiontracker.commitments.domain.CommitmentStatus;
import org.coalitiontracker.commitments.domain.CommitmentVersion;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One version of a commitment: what changed, when, and the whole commitment as it stood then.")
public record HistoryEntryView(
        @Schema(description = "The version number: 0 for the creation, then one more per change. It is the `ETag` the commitment had.", examples = "1")
        long version,
        @Schema(description = "The status at this version.", examples = "PLEDGED")
        CommitmentStatus status,
        @Schema(description = "The fields this version changed, by their JSON names; for version 0, every field given a value.",
                examples = "[\"status\", \"personnel\"]")
        List<String> changedFields,
        @Schema(description = "When this version was written.", examples = "2025-09-04T10:15:00Z")
        Instant changedAt,
        @Schema(description = "Who wrote this version: the subject (`sub`) of the token the write was made with. Left out for versions "
                + "written before writes were authenticated.", examples = "newsroom-importer")
        String changedBy,
        @Schema(description = "The commitment as it stood at this version.")
        CommitmentView snapshot) {

    static HistoryEntryView of(CommitmentVersion version) {
        return new HistoryEntryView(version.version, version.state.status, List.copyOf(version.changedFields), version.changedAt,
                version.changedBy, CommitmentView.of(version.snapshot()));
    }
}
